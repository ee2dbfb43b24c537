/**
 * A count with its noun in the right number ("1 paper", "3 papers"), so markup never spells out
 * `count === 1 ? ... : ...` itself.
 *
 * `plural` is for nouns whose plural is not the singular plus "s" ("analyses"); `one` replaces the
 * digit for a count of one where prose reads better with a word ("in one setting").
 */
export function countOf(
	count: number,
	singular: string,
	{ plural = `${singular}s`, one = '1' }: { plural?: string; one?: string } = {},
): string {
	return count === 1 ? `${one} ${singular}` : `${count} ${plural}`;
}
