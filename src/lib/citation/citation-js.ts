/**
 * citation-js with the plugins and settings the site uses. Import `Cite` from here so that every
 * caller gets the same configuration: catalog ids (lowercase, digits, hyphens) are kept as BibTeX
 * keys instead of generated "Author2020Title" labels.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

const bibtexConfig = plugins.config.get('@bibtex') as {
	format: { useIdAsLabel: boolean; checkLabel: boolean };
};
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

export { Cite };
