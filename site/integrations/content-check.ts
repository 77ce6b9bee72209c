import type { AstroIntegration } from 'astro';
import { ContentError, formatIssue } from '../../content/core/model/content-error.ts';
import { contentDir } from '../../content/core/read/display-path.ts';
import { sharedContent } from '../lib/content/shared-content.ts';

/**
 * Validates the whole content folder as a build or dev server starts, with the same reader the
 * collections use. A build with a wrong field stops with one line per problem (file, line,
 * field, problem, allowed values) and no stack trace; `astro dev` starts anyway and shows the
 * problems in the terminal and, on the pages, in Astro's error overlay until they are fixed.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'silk-road/content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				try {
					const { model, warnings } = sharedContent(contentDir());
					for (const warning of warnings) logger.warn(formatIssue(warning));
					logger.info(`content is valid: ${model.achievements.length} achievements, ${model.cases.length} cases`);
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					logger.error(error.message);
					if (command === 'build') {
						// Astro would print its own stack trace around a thrown error; authors need only the list above.
						process.exit(1);
					}
				}
			},
		},
	};
}
