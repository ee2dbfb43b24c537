/**
 * Issue 12: citations that survive real reference managers. One fixture per failure seen in
 * Zotero, classic BibTeX, biber, pandoc and pandas; the real consumers run in
 * tests/build/citation-consumers.test.ts.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { absoluteUrl, readAddress, stripBase, withBase } from '../../src/lib/site/address.ts';
import {
	formatBibtex,
	latexText,
	paperEntry,
	protectTitle,
} from '../../src/lib/citation/bibtex.ts';
import {
	sectionBibtex,
	sectionCitation,
	surveyBibtex,
} from '../../src/lib/citation/survey-citations.ts';
import { papersCsv } from '../../src/lib/data/paper-files.ts';
import { lastModified } from '../../src/lib/site/lastmod.ts';
import { highwireGroup, paperMetadata } from '../../src/lib/citation/page-metadata.ts';
import { atomFeed } from '../../src/lib/site/news.ts';
import { sitemapXml } from '../../src/integrations/sitemap.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { paperIdFromPath } from '../../src/lib/site/urls.ts';
import { site } from '../../src/site.ts';
import { brep, gmi } from '../fixtures/papers.ts';

/** Names whose accents Zotero garbled when written as `{\' i}`. */
const accented: Paper = {
	...gmi,
	id: 'abadi2016-accents',
	authors: ['Martín Abadi', 'Florian Tramèr', 'Dominik Dröge', 'François Çelik'],
};
/** A landing page with underscores, which Zotero turned into `‗` through `howpublished`. */
const underscored: Paper = {
	...gmi,
	id: 'under2021-score',
	arxiv: undefined,
	url: 'https://proceedings.example.org/paper_files/paper/2021/file/a_b_c-Paper.pdf',
};
/** A title led by an acronym and holding mixed-case names classic styles lowercased. */
const acronym: Paper = {
	...gmi,
	id: 'an2022-mirror',
	short: 'MIRROR',
	title: 'MIRROR: Model Inversion for Deep Learning Network with High Fidelity',
};
/** A preprint whose arXiv id ends in zero: `2406.10280` is not `2406.1028`. */
const preprint: Paper = { ...brep, id: 'zero2024-preprint', venue: undefined, arxiv: '2406.10280' };

const fields = (bibtex: string) => {
	const library = parseBibtex(bibtex, { sentenceCase: false });
	expect(library.errors).toEqual([]);
	const [entry] = library.entries;
	return { type: entry?.type, fields: entry?.fields ?? {} };
};

describe('BibTeX that Zotero, BibTeX, biber and pandoc all read', () => {
	test.each([
		['Martín', "Mart{\\'i}n"],
		['Tramèr', 'Tram{\\`e}r'],
		['Dröge', 'Dr{\\"o}ge'],
		['Çelik', '{\\c{C}}elik'],
		['Łukasz', '{\\L}ukasz'],
		['100% & $5_x', '100\\% \\& \\$5\\_x'],
		['统计', '统计'],
	])('latexText(%j) = %j, with no space inside an accent', (text, expected) => {
		expect(latexText(text)).toBe(expected);
		expect(latexText(text)).not.toMatch(/\\[`'^"~=.] /);
	});

	test('accented names parse back to the names as printed', () => {
		const { fields: parsed } = fields(formatBibtex([accented]));
		const names = (parsed['author'] as { firstName?: string; lastName?: string }[]).map((name) =>
			`${name.firstName ?? ''} ${name.lastName ?? ''}`.normalize('NFC'),
		);
		expect(names).toEqual(accented.authors);
	});

	test('a URL with underscores is written once, verbatim, and never as howpublished', () => {
		const text = formatBibtex([underscored]);
		const { fields: parsed } = fields(text);
		expect(parsed['url']).toBe(underscored.url);
		expect(text).not.toContain('howpublished');
		expect(text.match(/paper_files/g)).toHaveLength(1);
	});

	test.each([
		[
			'MIRROR: Model Inversion for Deep Learning Network',
			[],
			'{MIRROR}: Model Inversion for Deep Learning Network',
		],
		['LAMP: Extracting Text from Gradients', [], '{LAMP}: Extracting Text from Gradients'],
		['MIBench: A Benchmark', [], '{MIBench}: A Benchmark'],
		['iDLG: Improved Deep Leakage', [], '{iDLG}: Improved Deep Leakage'],
		['GAN-based Bayesian Attacks', [], '{GAN}-based {Bayesian} Attacks'],
		['Inverting 3D Shapes', [], 'Inverting {3D} Shapes'],
		['Soteria: Provable Defense', ['Soteria'], '{Soteria}: Provable Defense'],
		['The Secret Revealer', [], 'The Secret Revealer'],
	])('protectTitle(%j) braces acronyms and names only', (title, names, expected) => {
		expect(protectTitle(title, names)).toBe(expected);
	});

	test('a leading acronym is protected in the exported entry', () => {
		expect(formatBibtex([acronym])).toMatch(/title\s+= \{\{MIRROR\}: Model Inversion/);
	});

	test('a preprint is @misc with eprint, archivePrefix and the id printed in howpublished', () => {
		const { type, fields: parsed } = fields(formatBibtex([preprint]));
		expect(type).toBe('misc');
		expect(parsed['eprint']).toBe('2406.10280');
		expect(parsed['archiveprefix']).toBe('arXiv');
		expect(parsed['howpublished']).toBe('arXiv preprint arXiv:2406.10280');
		expect(parsed['url']).toBe('https://arxiv.org/abs/2406.10280');
		expect(parsed['journal']).toBeUndefined();
	});

	test('articles and proceedings carry no howpublished', () => {
		for (const paper of [gmi, underscored, acronym])
			expect(paperEntry(paper).fields.map(([name]) => name)).not.toContain('howpublished');
	});

	test('the group author is one organization: double braces', () => {
		const text = surveyBibtex();
		expect(text).toContain('author       = {{Model Inversion Atlas contributors}}');
		const { fields: parsed } = fields(text);
		expect(parsed['author']).toEqual([{ name: 'Model Inversion Atlas contributors' }]);
	});

	test('a section citation prints its URL, section, chapter and the survey, and no build date', () => {
		const section = sectionCitation(
			{ id: 'introduction', title: 'Introduction and threat model' },
			{ id: 'threat-model', title: 'Threat model' },
			(path) => `https://example.org/atlas${path}`,
		);
		const text = sectionBibtex(section);
		const { type, fields: parsed } = fields(text);
		expect(type).toBe('misc');
		expect(parsed['title']).toBe('Threat model');
		expect(text).toMatch(
			/howpublished = \{\\url\{https:\/\/example\.org\/atlas\/chapters\/introduction\/#threat-model\}\}/,
		);
		expect(parsed['url']).toBeUndefined();
		expect(String(parsed['note'])).toContain('Introduction and threat model');
		expect(String(parsed['note'])).toContain('Model Inversion Atlas');
		expect(String(parsed['note'])).toContain(`edition ${site.edition}`);
		expect(text).not.toMatch(/accessed|urldate/i);
		expect(text).not.toContain(new Date().toISOString().slice(0, 10));
	});
});

describe('paper pages describe the original paper', () => {
	const tags = (paper: Paper) => paperMetadata(paper, 'https://example.org/papers/x/').tags;
	const tag = (paper: Paper, name: string) =>
		tags(paper)
			.filter(([key]) => key === name)
			.map(([, value]) => value);

	test('the item URL is the DOI, the landing page or arXiv, never the Atlas page', () => {
		expect(tag({ ...gmi, doi: '10.1109/CVPR42600.2020.00033' }, 'citation_public_url')).toEqual([
			'https://doi.org/10.1109/CVPR42600.2020.00033',
		]);
		expect(tag(underscored, 'citation_public_url')).toEqual([underscored.url]);
		expect(tag(preprint, 'citation_public_url')).toEqual(['https://arxiv.org/abs/2406.10280']);
		expect(tags(gmi).some(([, value]) => value.includes('example.org/papers'))).toBe(false);
	});

	test('the venue is a conference title or journal title; a preprint keeps its arXiv id', () => {
		expect(tag(gmi, 'citation_conference_title')).toEqual([gmi.venue?.name]);
		expect(tag(preprint, 'citation_technical_report_number')).toEqual(['arXiv:2406.10280']);
		expect(tag(preprint, 'citation_doi')).toEqual(['10.48550/arXiv.2406.10280']);
	});

	test('no summary as abstract: no citation_abstract and no page description', () => {
		const metadata = paperMetadata(gmi, 'https://example.org/papers/x/');
		expect(metadata.omitDescription).toBe(true);
		expect(metadata.tags.map(([name]) => name)).not.toContain('citation_abstract');
	});

	test('accented authors are "Family, Given"; the group author is one family name', () => {
		expect(tag(accented, 'citation_author')[0]).toBe('Abadi, Martín');
		expect(highwireGroup(site.author)).toBe('Model Inversion Atlas contributors,');
	});

	test('JSON-LD: the page is a WebPage about the article, with no bare-year date', () => {
		const { jsonLd } = paperMetadata(preprint, 'https://example.org/papers/x/');
		expect(jsonLd['@type']).toBe('WebPage');
		const article = jsonLd['mainEntity'] as Record<string, unknown>;
		expect(article['@type']).toBe('ScholarlyArticle');
		expect(article['url']).toBe('https://arxiv.org/abs/2406.10280');
		expect(JSON.stringify(jsonLd)).not.toContain('PublicationIssue');
		expect(article['datePublished']).toBeUndefined();
	});
});

describe('feed, CSV and sitemap', () => {
	test('an apostrophe in the feed title is escaped once', () => {
		const xml = atomFeed([
			{
				date: '2026-11-29',
				kind: 'paper',
				title: "What's <new>",
				url: '/papers/x/',
				summary: "It's here",
				key: 'paper-x',
			},
		]);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
			feed: { title: string; entry: { title: { '#text': string } } };
		};
		expect(feed.feed.title).toBe(`${site.title}: what's new`);
		expect(xml).not.toContain('&amp;#39;');
	});

	test('an arXiv id with a trailing zero stays a string in the CSV', () => {
		const [record] = parseCsv<Record<string, string>>(papersCsv([preprint]), {
			columns: true,
			cast: true,
		});
		expect(record?.['arxiv']).toBe('arXiv:2406.10280');
	});

	test('sitemap entries carry lastmod from the content, not the clock', () => {
		const lastmod = lastModified({
			papers: [{ id: 'a', added: new Date('2026-01-02') }],
			chapters: [
				{ id: 'intro', published: new Date('2026-02-01'), updated: new Date('2026-03-04') },
			],
			editionDate: '2026-02-15',
		});
		expect(lastmod('/papers/a/')).toBe('2026-01-02');
		expect(lastmod('/chapters/intro/')).toBe('2026-03-04');
		expect(lastmod('/glossary/')).toBe('2026-03-04');
		expect(sitemapXml([{ url: 'https://h/a/', lastmod: '2026-01-02' }])).toContain(
			'<url><loc>https://h/a/</loc><lastmod>2026-01-02</lastmod></url>',
		);
	});
});

describe('the address comes from the environment', () => {
	test.each([
		[{}, { origin: 'https://model-inversion-atlas.github.io', base: '/' }],
		[
			{ ATLAS_SITE: 'https://me.github.io/atlas' },
			{ origin: 'https://me.github.io', base: '/atlas/' },
		],
		[
			{ ATLAS_SITE: 'https://me.github.io/', ATLAS_BASE: 'atlas' },
			{ origin: 'https://me.github.io', base: '/atlas/' },
		],
		[
			{ ATLAS_SITE: '', ATLAS_BASE: '' },
			{ origin: 'https://model-inversion-atlas.github.io', base: '/' },
		],
	])('readAddress(%j)', (env, expected) => {
		expect(readAddress(env)).toEqual(expected);
	});

	test('malformed addresses are refused with the variable named', () => {
		expect(() => readAddress({ ATLAS_SITE: 'me.github.io' })).toThrow(/ATLAS_SITE/);
	});

	test('paths go under the base, and back', () => {
		expect(withBase('/atlas/', '/papers/')).toBe('/atlas/papers/');
		expect(withBase('/', '/papers/')).toBe('/papers/');
		expect(withBase('/atlas/', '#top')).toBe('#top');
		expect(absoluteUrl({ origin: 'https://h', base: '/atlas/' }, '/feed.xml')).toBe(
			'https://h/atlas/feed.xml',
		);
		expect(stripBase('/atlas/', '/atlas/papers/')).toBe('/papers/');
		expect(stripBase('/atlas/', '/papers/')).toBeUndefined();
	});

	test.each([
		['/papers/zhang2020-gmi/', '/', 'zhang2020-gmi'],
		['/atlas/papers/zhang2020-gmi/', '/atlas/', 'zhang2020-gmi'],
		['/papers/zhang2020-gmi/', '/atlas/', undefined],
		['/atlas/papers/', '/atlas/', undefined],
	])('citation previews find the paper of %s under %s', (pathname, base, id) => {
		expect(paperIdFromPath(pathname, base)).toBe(id);
	});
});
