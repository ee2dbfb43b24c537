import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { paperSchema } from './schemas/paper.ts';
import { resultFileSchema } from './schemas/result.ts';

// Relationships between papers (buildsOn, evaluatedAgainst) are plain ids checked by
// src/lib/validation/catalog.ts before the build: Astro's reference() only logs a dangling id.
const papers = defineCollection({
	loader: glob({ base: './content/papers', pattern: '*.yaml' }),
	schema: paperSchema,
});

const chapters = defineCollection({
	loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
	schema: chapterSchema,
});

// Reported results: one file per source document, checked against the catalog by
// src/lib/validation/results.ts before the build.
const results = defineCollection({
	loader: glob({ base: './content/results', pattern: '*.yaml' }),
	schema: resultFileSchema,
});

export const collections = { papers, chapters, results };
