// citation-js ships no type declarations; these cover the parts the site uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: 'bibtex' | 'biblatex' | 'bibliography' | 'data', options?: object): string;
		data: unknown[];
	}
	export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-cff';
