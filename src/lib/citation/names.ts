/**
 * Printed personal names, read one way everywhere: the family name BibTeX writes is the one
 * citation labels print and reference lists sort by ("Ludwig van Beethoven" -> "van Beethoven").
 */

/** Lowercase words that start a family name rather than end the given names, as BibTeX's "von" part. */
const particles = new Set([
	'van',
	'von',
	'der',
	'den',
	'de',
	'del',
	'della',
	'di',
	'da',
	'du',
	'le',
]);

/** A name in CSL-JSON form. */
export interface CslName {
	given?: string;
	family: string;
}

/** Splits a full name as printed into given and family parts ("Ruoxi Jia" -> Jia, Ruoxi). */
export function splitName(fullName: string): CslName {
	const parts = fullName.trim().split(/\s+/);
	let start = parts.length - 1;
	while (start > 1 && particles.has(parts[start - 1] ?? '')) start -= 1;
	const family = parts.slice(start).join(' ');
	const given = parts.slice(0, start).join(' ');
	return given ? { given, family } : { family };
}

/** Family name of a full name as printed, particles included ("Ruby B. Lee" -> "Lee"). */
export const surname = (fullName: string): string => splitName(fullName).family;

/** Orders by first author's family name, as catalog, tables and reference lists do before their tie-breaks. */
export const compareFirstAuthors = (
	a: { readonly authors: readonly string[] },
	b: { readonly authors: readonly string[] },
): number => surname(a.authors[0] ?? '').localeCompare(surname(b.authors[0] ?? ''), 'en');
