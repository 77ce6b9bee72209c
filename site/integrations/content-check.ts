import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../../content/model/build-model.ts';
import { readContentModel } from '../../content/model/read-content.ts';
import { readMarket } from '../../content/model/read-market.ts';

export type ContentCheck = AstroIntegration & {
	/** The model validated at the start of this build, for later build steps (search indexes). */
	readonly model: () => ContentModel;
};

/**
 * Validates the whole content folder before a build starts, so a wrong field stops the
 * build with one message per problem (file, field, problem, allowed values), not a stack trace.
 */
export function contentCheck(): ContentCheck {
	let model: ContentModel | undefined;
	return {
		name: 'silk-road/content-check',
		model: () => (model ??= readContentModel()),
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				readMarket();
				model = readContentModel();
				logger.info(`content is valid: ${model.achievements.length} achievements, ${model.cases.length} cases`);
			},
		},
	};
}
