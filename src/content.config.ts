import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { paperSchema } from './schemas/paper.ts';

// Relationships between papers (buildsOn, evaluatedAgainst) are plain ids checked by
// src/lib/validate.ts before the build: Astro's reference() only logs a dangling id.
const papers = defineCollection({
	loader: glob({ base: './content/papers', pattern: '*.yaml' }),
	schema: paperSchema,
});

const chapters = defineCollection({
	loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
	schema: chapterSchema,
});

export const collections = { papers, chapters };
