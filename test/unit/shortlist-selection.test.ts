import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../content/core/schema/fields.ts';
import { moveId, openSelection } from '../../site/components/shortlist/shortlist-selection.ts';
import { SHORTLIST_ID, SHORTLIST_MAX, parseIds } from '../../site/components/shortlist/shortlist-store.ts';

const known = (id: string) => ['a-1', 'b-2', 'c-3', 'd-4'].includes(id);

describe('shortlist ids', () => {
	it('uses the content’s id pattern', () => {
		expect(SHORTLIST_ID.source).toBe(ID_PATTERN.source);
	});

	it('keeps valid ids once, in order, from an array or a comma-separated parameter', () => {
		expect(parseIds(['b-2', 'a-1', 'b-2'])).toEqual(['b-2', 'a-1']);
		expect(parseIds('c-3,a-1')).toEqual(['c-3', 'a-1']);
		expect(parseIds(['A-1', '../x', '<script>', 7, null, 'ok-1'])).toEqual(['ok-1']);
		expect(parseIds({ ids: ['a-1'] })).toEqual([]);
		expect(parseIds(Array.from({ length: 300 }, (_, index) => `x-${index}`))).toHaveLength(SHORTLIST_MAX);
	});
});

describe('opening the shortlist page', () => {
	it('shows the stored shortlist, leaving out ids the catalogue no longer has', () => {
		expect(openSelection('', ['c-3', 'gone-1', 'a-1'], known)).toEqual({ ids: ['c-3', 'a-1'], shared: false, dropped: 1, added: 0, store: null, cleanUrl: false });
	});

	it('?ids= shows a shared selection in its order without storing it, and counts what it dropped', () => {
		expect(openSelection('?ids=d-4,b-2,zz-9,INVALID,b-2', ['a-1'], known)).toEqual({ ids: ['d-4', 'b-2'], shared: true, dropped: 2, added: 0, store: null, cleanUrl: false });
	});

	it('?add= appends the new ids to the stored shortlist and cleans the address', () => {
		expect(openSelection('?add=b-2,a-1,c-3,nope-0', ['a-1'], known)).toEqual({ ids: ['a-1', 'b-2', 'c-3'], shared: false, dropped: 1, added: 2, store: ['a-1', 'b-2', 'c-3'], cleanUrl: true });
	});

	it('moves an id up or down, stopping at the ends', () => {
		expect(moveId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
		expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
		expect(moveId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
		expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
	});
});
