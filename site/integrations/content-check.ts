import type { AstroIntegration } from 'astro';
import { readContentModel } from '../../content/model/read-content.ts';
import { readMarket } from '../../content/model/read-market.ts';

/**
 * Validates the whole content folder before a build starts, so a wrong field stops the
 * build with one message per problem (file, field, problem, allowed values), not a stack trace.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'silk-road/content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				readMarket();
				const model = readContentModel();
				logger.info(`content is valid: ${model.achievements.length} achievements, ${model.cases.length} cases`);
			},
		},
	};
}
