/** One evaluation query and the item ids the search page listed, in order. */
export interface QueryResult {
	q: string;
	locale: string;
	kind: string;
	expect: string[];
	found: string[];
}

export interface Score {
	queries: number;
	/** Mean share of the expected items among the first five results. */
	recall: number;
	/** Mean reciprocal rank of the first expected item (0 when none is listed). */
	mrr: number;
}

/** recall@5 and MRR overall, per kind and per locale, and the queries that missed an expected item in the top five. */
export function scoreQueries(results: readonly QueryResult[]) {
	const recallOf = (result: QueryResult) => result.expect.filter((id) => result.found.slice(0, 5).includes(id)).length / result.expect.length;
	const rankOf = (result: QueryResult) => {
		const rank = result.found.findIndex((id) => result.expect.includes(id));
		return rank < 0 ? 0 : 1 / (rank + 1);
	};
	const score = (subset: readonly QueryResult[]): Score => ({
		queries: subset.length,
		recall: subset.reduce((sum, result) => sum + recallOf(result), 0) / (subset.length || 1),
		mrr: subset.reduce((sum, result) => sum + rankOf(result), 0) / (subset.length || 1),
	});
	const groups = (key: (result: QueryResult) => string) => Object.fromEntries([...new Set(results.map(key))].sort().map((value) => [value, score(results.filter((result) => key(result) === value))]));
	return { all: score(results), byKind: groups((result) => result.kind), byLocale: groups((result) => result.locale), misses: results.filter((result) => recallOf(result) < 1) };
}
