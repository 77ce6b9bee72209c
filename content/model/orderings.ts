import type { Achievement, Case, ContentModel } from './build-model.ts';

/**
 * The orders and groupings pages list items in, computed once per content model: with 2,000
 * offers, sorting and filtering the whole library again on each of 8,000 pages cost seconds.
 * Everything returned is shared; callers must not mutate it.
 */
interface Orderings<Ref> {
	newest: readonly Achievement<Ref>[];
	bySector: ReadonlyMap<string, readonly Achievement<Ref>[]>;
	cases: readonly Case<Ref>[];
	casesByAchievement: ReadonlyMap<string, readonly Case<Ref>[]>;
}

const computed = new WeakMap<ContentModel<never>, Orderings<never>>();

function orderingsOf<Ref>(model: ContentModel<Ref>): Orderings<Ref> {
	const known = computed.get(model as ContentModel<never>);
	if (known) return known as Orderings<Ref>;
	// Newest first; equal dates by id, so every page lists them in the same order.
	const newest = [...model.achievements].sort((a, b) => b.facts.published.getTime() - a.facts.published.getTime() || (a.id < b.id ? -1 : 1));
	const bySector = groupBy(newest, (item) => [item.facts.sector]);
	// Most recent year first; within a year by id.
	const cases = [...model.cases].sort((a, b) => b.facts.year - a.facts.year || (a.id < b.id ? -1 : 1));
	const casesByAchievement = groupBy(cases, (entry) => entry.facts.achievements);
	const orderings: Orderings<Ref> = { newest, bySector, cases, casesByAchievement };
	computed.set(model as ContentModel<never>, orderings as Orderings<never>);
	return orderings;
}

/** Groups items under each of their keys, keeping the items' order within each group. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keys(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** Every achievement, newest first. */
export const achievementsNewestFirst = <Ref>(model: ContentModel<Ref>) => orderingsOf(model).newest;

/** The achievements of one sector, newest first. */
export const achievementsInSector = <Ref>(model: ContentModel<Ref>, sector: string) => orderingsOf(model).bySector.get(sector) ?? [];

/** Up to `limit` other achievements of the same sector, newest first. */
export function moreInSector<Ref>(model: ContentModel<Ref>, item: Achievement<Ref>, limit: number): readonly Achievement<Ref>[] {
	const more: Achievement<Ref>[] = [];
	for (const other of achievementsInSector(model, item.facts.sector)) {
		if (more.length === limit) break;
		if (other.id !== item.id) more.push(other);
	}
	return more;
}

/** Every case, most recent year first. */
export const casesNewestFirst = <Ref>(model: ContentModel<Ref>) => orderingsOf(model).cases;

/** The cases built on one achievement, most recent year first. */
export const casesOfAchievement = <Ref>(model: ContentModel<Ref>, achievementId: string) => orderingsOf(model).casesByAchievement.get(achievementId) ?? [];
