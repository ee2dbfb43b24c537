import { z } from 'astro/zod';

/** Frontmatter of a chapter in `content/chapters/`. */
export const chapterSchema = z.strictObject({
	/** Title shown on the page and in the chapter list. */
	title: z.string().min(3),
	/** One sentence for the chapter list, search results and meta description. */
	description: z.string().min(10),
	/** Position in the survey (1 = first). Must be unique. */
	order: z.int().positive(),
	/** Date the chapter was first published (YYYY-MM-DD). */
	published: z.coerce.date(),
	/** Date of the last substantive change, when there was one. */
	updated: z.coerce.date().optional(),
	/** One line on what changed on `updated`, for the "What's new" page and the feed. */
	changes: z.string().min(10).optional(),
	/** Drafts are built in development but not published. */
	draft: z.boolean().default(false),
});

export type ChapterData = z.infer<typeof chapterSchema>;
