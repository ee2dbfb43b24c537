/** A heading as Astro's render() reports it. */
export interface HeadingLike {
	depth: number;
	slug: string;
	text: string;
}

export interface TocEntry {
	slug: string;
	text: string;
	children: TocEntry[];
}

/** Nests h3 headings under the preceding h2 for the "On this page" list; other depths are left out. */
export function buildToc(headings: readonly HeadingLike[]): TocEntry[] {
	const toc: TocEntry[] = [];
	for (const heading of headings) {
		const entry = { slug: heading.slug, text: heading.text, children: [] };
		if (heading.depth === 2) toc.push(entry);
		else if (heading.depth === 3) (toc[toc.length - 1]?.children ?? toc).push(entry);
	}
	return toc;
}
