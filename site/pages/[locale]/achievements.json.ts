import type { APIRoute } from 'astro';
import { buildCatalogue } from '../../../content/core/catalogue/build-catalogue.ts';
import { catalogueSchema } from '../../../content/core/catalogue/catalogue-schema.ts';
import { publicationDay } from '../../../content/core/model/publication.ts';
import { isLocale } from '../../../content/core/schema/locale.ts';
import { getContentModel } from '../../lib/content/model.ts';
import { localeStaticPaths } from '../../lib/routing/static-paths.ts';

export const getStaticPaths = localeStaticPaths;

/** The open catalogue of one language: every published, listed offer with its facts (README: "Open catalogue"). */
export const GET: APIRoute = async ({ params, locals }) => {
	if (!isLocale(params.locale)) return new Response(null, { status: 404 });
	const catalogue = buildCatalogue(await getContentModel(), locals.market, params.locale, publicationDay());
	// A catalogue that breaks its own published schema fails the build instead of partners' code.
	const checked = catalogueSchema.parse(catalogue);
	return new Response(JSON.stringify(checked), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
