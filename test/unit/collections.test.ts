import { afterEach, describe, expect, it } from 'vitest';
import { collectionOffers, listedCollections } from '../../content/core/model/collection-offers.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { FIXTURE_CONTENT, makeContentFixture, problemsIn } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
});

const day = new Date(Date.UTC(2026, 5, 1));

describe('collections', () => {
	it('are read with their offers in the order staff wrote them', () => {
		const { model } = readContent(FIXTURE_CONTENT);
		expect(model.collections.map((item) => item.id)).toEqual(['fk-0001', 'fk-0002']);
		const collection = model.collections.find((item) => item.id === 'fk-0001')!;
		expect(collectionOffers(model, collection, day).map((offer) => offer.id)).toEqual(['fx-0006', 'fx-0001', 'fx-0002', 'fx-0003']);
		expect(Object.keys(collection.texts).sort()).toEqual(['en', 'ru', 'zh']);
	});

	it('fail the content check when they name an offer that does not exist, with the file, the field and the id', () => {
		fixture = makeContentFixture();
		fixture.setField('collections/fk-0001/index.md', 'offers', 'offers: [fx-0006, fx-0404, fx-0001]');
		expect(problemsIn(fixture.root)).toMatch(/collections\/fk-0001\/index\.md: field "offers\.1": "fx-0404" is not in achievements: there is no folder content\/achievements\/fx-0404\//);
	});

	it('refuse an offer listed twice, an empty list and an unknown field', () => {
		fixture = makeContentFixture();
		fixture.setField('collections/fk-0001/index.md', 'offers', 'offers: [fx-0006, fx-0006]');
		fixture.setField('collections/fk-0002/index.md', 'offers', 'offers: []');
		fixture.addField('collections/fk-0002/index.md', 'sector: clean-energy');
		const problems = problemsIn(fixture.root);
		expect(problems).toMatch(/fk-0001\/index\.md(:\d+)?: field "offers": names an offer twice/);
		expect(problems).toMatch(/fk-0002\/index\.md(:\d+)?: field "offers": needs the id of at least one offer/);
		expect(problems).toMatch(/fk-0002\/index\.md(:\d+)?: field "sector": "sector" is not a field of a collection index\.md/);
	});

	it('leave out offers that are drafts, archived or expired, keeping the order of the rest', () => {
		fixture = makeContentFixture();
		fixture.addField('achievements/fx-0006/index.md', 'status: archived');
		fixture.addField('achievements/fx-0002/index.md', 'status: draft');
		const { model } = readContent(fixture.root);
		const collection = model.collections.find((item) => item.id === 'fk-0001')!;
		expect(collectionOffers(model, collection, day).map((offer) => offer.id)).toEqual(['fx-0001', 'fx-0003']);
		// fx-0001 expires on 2028-04-14: shown that day, gone the next.
		expect(collectionOffers(model, collection, new Date(Date.UTC(2028, 3, 14))).map((offer) => offer.id)).toContain('fx-0001');
		expect(collectionOffers(model, collection, new Date(Date.UTC(2028, 3, 15))).map((offer) => offer.id)).toEqual(['fx-0003']);
	});

	it('are listed newest first, without drafts and archived ones', () => {
		fixture = makeContentFixture();
		const { model } = readContent(fixture.root);
		expect(listedCollections(model, day).map((item) => item.id)).toEqual(['fk-0001', 'fk-0002']);
		fixture.addField('collections/fk-0001/index.md', 'status: archived');
		expect(listedCollections(readContent(fixture.root).model, day).map((item) => item.id)).toEqual(['fk-0002']);
	});

	it('in the sample content: two, each in all four languages, naming only offers that are shown', () => {
		const { model } = readContent();
		expect(model.collections).toHaveLength(2);
		for (const collection of model.collections) {
			expect(Object.keys(collection.texts).sort(), collection.id).toEqual(['en', 'nb', 'ru', 'zh']);
			expect(collectionOffers(model, collection, day).map((offer) => offer.id), collection.id).toEqual(collection.facts.offers);
		}
	});

	it('are not search results (their offers are)', () => {
		const { model, market } = readContent(FIXTURE_CONTENT);
		const documents = buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales });
		expect(documents.some((document) => document.itemId.startsWith('fk-'))).toBe(false);
		expect(new Set(documents.map((document) => document.kind))).toEqual(new Set(['achievement', 'case']));
	});
});
