/**
 * Issue 12: citations that survive real reference managers. One fixture per failure seen in
 * Zotero, classic BibTeX, biber, pandoc and pandas; the real consumers run in
 * tests/build/citation-consumers.test.ts.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import {
	absoluteUrl,
	defaultSite,
	normalizeBase,
	readAddress,
	stripBase,
	withBase,
} from '../../src/lib/site/address.ts';
import {
	formatBibtex,
	formatEntry,
	latexText,
	paperEntry,
	paperOwnUrl,
	protectTitle,
} from '../../src/lib/citation/bibtex.ts';
import { splitName } from '../../src/lib/citation/names.ts';
import {
	chapterBibliography,
	chapterCitation,
	sectionBibtex,
	sectionCitation,
	sectionCsl,
	sectionEntry,
	sectionReference,
	surveyBibliography,
	surveyBibtex,
	surveyEntry,
} from '../../src/lib/citation/survey-citations.ts';
import { papersCsv } from '../../src/lib/data/paper-files.ts';
import { lastModified } from '../../src/lib/site/lastmod.ts';
import {
	chapterMetadata,
	highwireGroup,
	jsonLdText,
	paperMetadata,
	paperPublicUrl,
} from '../../src/lib/citation/page-metadata.ts';
import { atomFeed } from '../../src/lib/site/news.ts';
import { sitemapXml } from '../../src/integrations/sitemap.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import {
	chapterUrl,
	editUrl,
	metricUrl,
	paperIdFromPath,
	resultsUrl,
} from '../../src/lib/site/urls.ts';
import { site } from '../../src/site.ts';
import { brep, gmi, soteria, unclassified } from '../fixtures/papers.ts';

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
		expect(() => readAddress({ ATLAS_SITE: 'ftp://me.github.io/' })).toThrow(
			'ATLAS_SITE must be an http(s) URL, not "ftp://me.github.io/"',
		);
		expect(readAddress({ ATLAS_SITE: 'http://localhost:8080' })).toEqual({
			origin: 'http://localhost:8080',
			base: '/',
		});
	});

	test('surrounding spaces and repeated slashes do not change the address', () => {
		expect(readAddress({ ATLAS_SITE: ' https://me.github.io/atlas/ ', ATLAS_BASE: '  ' })).toEqual({
			origin: 'https://me.github.io',
			base: '/atlas/',
		});
		expect(readAddress({ ATLAS_SITE: 'https://me.github.io/', ATLAS_BASE: ' /docs/ ' })).toEqual({
			origin: 'https://me.github.io',
			base: '/docs/',
		});
		expect(readAddress({ ATLAS_SITE: '  ' })).toEqual({ origin: defaultSite, base: '/' });
		expect(normalizeBase('//atlas//')).toBe('/atlas/');
		expect(normalizeBase('/a/b/')).toBe('/a/b/');
		expect(normalizeBase('/')).toBe('/');
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
		expect(stripBase('/atlas/', '/atlas')).toBe('/');
		expect(stripBase('/atlas/', '/atlasx/')).toBeUndefined();
		expect(stripBase('/', '/papers/')).toBe('/papers/');
		expect(withBase('/atlas/', 'papers/')).toBe('papers/');
	});

	test('page paths', () => {
		expect(chapterUrl('introduction')).toBe('/chapters/introduction/');
		expect(metricUrl('attack-accuracy')).toBe('/metrics/attack-accuracy/');
		expect(resultsUrl()).toBe('/results/');
		expect(resultsUrl('classifier')).toBe('/results/classifier/');
		expect(resultsUrl('classifier', 'celeba')).toBe('/results/classifier/#celeba');
		expect(resultsUrl(undefined, 'top')).toBe('/results/#top');
		expect(editUrl('content/papers/a.yaml', 'https://github.com/o/r')).toBe(
			'https://github.com/o/r/edit/main/content/papers/a.yaml',
		);
	});

	test.each([
		['/papers/zhang2020-gmi/', '/', 'zhang2020-gmi'],
		['/atlas/papers/zhang2020-gmi/', '/atlas/', 'zhang2020-gmi'],
		['/papers/zhang2020-gmi/', '/atlas/', undefined],
		['/atlas/papers/', '/atlas/', undefined],
		['/papers/zhang2020-gmi/cite/', '/', undefined],
		['/old/papers/zhang2020-gmi/', '/', undefined],
	])('citation previews find the paper of %s under %s', (pathname, base, id) => {
		expect(paperIdFromPath(pathname, base)).toBe(id);
	});
});

describe('citing the survey, a chapter and a section', () => {
	const url = (path: string) => `https://h${path}`;
	const chapter = {
		id: 'attacks',
		title: 'Attacks',
		sections: [{ id: 'gan-priors', title: 'GAN priors' }],
	};
	const section = sectionCitation(chapter, { id: 'gan-priors', title: 'GAN priors' }, url);
	const edition = 'edition 0.1 of 29 November 2026';

	test('the BibTeX fields of a section name its chapter, the survey and the edition', () => {
		expect(sectionEntry(section)).toEqual({
			type: 'misc',
			key: 'atlas-attacks-gan-priors',
			fields: [
				['author', '{Model Inversion Atlas contributors}'],
				['title', '{GAN} priors'],
				['type', 'Section of the chapter “Attacks”'],
				['organization', 'Model Inversion Atlas'],
				['howpublished', '\\url{https://h/chapters/attacks/#gan-priors}'],
				[
					'note',
					`Section of the chapter \`\`Attacks'' in \\emph{Model Inversion Atlas}, ${edition}`,
				],
				['year', '2026'],
				['month', 'nov'],
				['version', '0.1'],
			],
		});
	});

	test('a whole chapter has no section type, and the survey its own entry', () => {
		expect(sectionEntry(chapterCitation(chapter, url))).toEqual({
			type: 'misc',
			key: 'atlas-attacks',
			fields: [
				['author', '{Model Inversion Atlas contributors}'],
				['title', 'Attacks'],
				['organization', 'Model Inversion Atlas'],
				['howpublished', '\\url{https://h/chapters/attacks/}'],
				['note', `Chapter of \\emph{Model Inversion Atlas}, ${edition}`],
				['year', '2026'],
				['month', 'nov'],
				['version', '0.1'],
			],
		});
		expect(surveyEntry()).toEqual({
			type: 'misc',
			key: 'atlas',
			fields: [
				['author', '{Model Inversion Atlas contributors}'],
				[
					'title',
					'{Model Inversion Atlas}: an open, living survey of model inversion attacks and defenses in deep learning',
				],
				['howpublished', `\\url{${site.url}}`],
				['note', 'Edition 0.1 of 29 November 2026'],
				['year', '2026'],
				['month', 'nov'],
				['version', '0.1'],
			],
		});
	});

	test('the formatted reference and its CSL record', () => {
		expect(sectionCsl(section)).toEqual({
			id: 'atlas-attacks-gan-priors',
			type: 'webpage',
			title: 'GAN priors',
			author: [{ literal: 'Model Inversion Atlas contributors' }],
			'container-title': `Attacks, Model Inversion Atlas, ${edition}`,
			version: '0.1',
			note: 'Edition 0.1',
			issued: { 'date-parts': [[2026, 11, 29]] },
			URL: 'https://h/chapters/attacks/#gan-priors',
		});
		expect(sectionReference(section)).toBe(
			`Model Inversion Atlas contributors (2026) GAN priors, Attacks, Model Inversion Atlas, ${edition}. Available at: https://h/chapters/attacks/#gan-priors.`,
		);
		expect(sectionReference(chapterCitation(chapter, url))).toBe(
			`Model Inversion Atlas contributors (2026) Attacks, Model Inversion Atlas, ${edition}. Available at: https://h/chapters/attacks/.`,
		);
	});

	test('the BibTeX files: a chapter then its sections; the survey first', () => {
		const chapterBib = chapterBibliography(chapter, url);
		expect(chapterBib).toBe(
			`${sectionBibtex(chapterCitation(chapter, url))}\n\n${sectionBibtex(section)}\n`,
		);
		expect(chapterBib.match(/^@misc\{[\w-]+,/gm)).toEqual([
			'@misc{atlas-attacks,',
			'@misc{atlas-attacks-gan-priors,',
		]);
		expect(surveyBibliography([chapter, { ...chapter, id: 'defenses' }], url)).toBe(
			`${surveyBibtex()}\n\n${chapterBib.trimEnd()}\n\n${chapterBibliography({ ...chapter, id: 'defenses' }, url)}`,
		);
	});
});

describe('page metadata, tag by tag', () => {
	const atlas = 'https://model-inversion-atlas.github.io/';
	const group = { '@type': 'Organization', name: 'Model Inversion Atlas contributors', url: atlas };
	const people = (names: string[]) => names.map((name) => ({ '@type': 'Person', name }));

	test('a chapter is a part of the survey, published and updated', () => {
		expect(
			chapterMetadata({
				title: 'Attacks',
				description: 'D',
				published: '2026-05-01',
				updated: '2026-06-02',
				url: 'https://h/c/',
			}),
		).toEqual({
			ogType: 'article',
			tags: [
				['citation_title', 'Attacks'],
				['citation_author', 'Model Inversion Atlas contributors,'],
				['citation_publication_date', '2026/05/01'],
				['citation_online_date', '2026/06/02'],
				['citation_inbook_title', 'Model Inversion Atlas'],
				['citation_publisher', 'Model Inversion Atlas contributors'],
				['citation_language', 'en'],
				['citation_public_url', 'https://h/c/'],
				['citation_abstract_html_url', 'https://h/c/'],
				['DC.title', 'Attacks'],
				['DC.creator', 'Model Inversion Atlas contributors,'],
				['DC.date', '2026-05-01'],
				['DC.rights', 'https://creativecommons.org/licenses/by/4.0/'],
			],
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': 'ScholarlyArticle',
				headline: 'Attacks',
				name: 'Attacks',
				description: 'D',
				url: 'https://h/c/',
				author: group,
				datePublished: '2026-05-01',
				dateModified: '2026-06-02',
				version: '0.1',
				license: 'https://creativecommons.org/licenses/by/4.0/',
				inLanguage: 'en',
				isPartOf: {
					'@type': 'CreativeWork',
					name: 'Model Inversion Atlas',
					url: atlas,
					version: '0.1',
				},
			},
		});
		const never = chapterMetadata({
			title: 'A',
			description: 'D',
			published: '2026-05-01',
			url: 'u',
		});
		expect(never.tags).toContainEqual(['citation_online_date', '2026/05/01']);
		expect(never.jsonLd['dateModified']).toBe('2026-05-01');
	});

	test('a conference paper on arXiv: venue, arXiv landing page and PDF, no DOI', () => {
		expect(paperMetadata(gmi, 'https://h/p/')).toEqual({
			ogType: 'website',
			omitDescription: true,
			tags: [
				['citation_title', 'The Secret Revealer'],
				['citation_author', 'Zhang, Yuheng'],
				['citation_author', 'Jia, Ruoxi'],
				['citation_author', 'Pei, Hengzhi'],
				['citation_publication_date', '2020'],
				['citation_conference_title', 'CVPR'],
				['citation_public_url', 'https://arxiv.org/abs/1911.07135'],
				['citation_arxiv_id', '1911.07135'],
				['citation_pdf_url', 'https://arxiv.org/pdf/1911.07135'],
				['citation_language', 'en'],
			],
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': 'WebPage',
				url: 'https://h/p/',
				name: 'The Secret Revealer (catalog entry)',
				description: gmi.summary,
				inLanguage: 'en',
				isPartOf: { '@type': 'WebSite', name: 'Model Inversion Atlas', url: atlas },
				author: group,
				mainEntity: {
					'@type': 'ScholarlyArticle',
					name: 'The Secret Revealer',
					headline: 'The Secret Revealer',
					url: 'https://arxiv.org/abs/1911.07135',
					author: people(gmi.authors),
					identifier: [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: '1911.07135' }],
					publication: { '@type': 'PublicationEvent', name: 'CVPR' },
				},
			},
		});
	});

	test('a journal paper with DOI, own page and preprint: the DOI is its URL, the rest sameAs', () => {
		const journal: Paper = {
			...gmi,
			venue: { name: 'TPAMI', kind: 'journal', year: 2023 },
			doi: '10.1/x',
			url: 'https://x.org/p',
		};
		const { tags, jsonLd } = paperMetadata(journal, 'https://h/p/');
		expect(tags.slice(4)).toEqual([
			['citation_publication_date', '2023'],
			['citation_journal_title', 'TPAMI'],
			['citation_doi', '10.1/x'],
			['citation_public_url', 'https://doi.org/10.1/x'],
			['citation_arxiv_id', '1911.07135'],
			['citation_pdf_url', 'https://arxiv.org/pdf/1911.07135'],
			['citation_language', 'en'],
		]);
		expect(jsonLd['mainEntity']).toEqual({
			'@type': 'ScholarlyArticle',
			name: 'The Secret Revealer',
			headline: 'The Secret Revealer',
			url: 'https://doi.org/10.1/x',
			sameAs: ['https://x.org/p', 'https://arxiv.org/abs/1911.07135'],
			author: people(gmi.authors),
			identifier: [
				{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1/x' },
				{ '@type': 'PropertyValue', propertyID: 'arXiv', value: '1911.07135' },
			],
			isPartOf: { '@type': 'Periodical', name: 'TPAMI' },
		});
	});

	test('a preprint is an arXiv report with arXiv’s DOI; a DOI-only paper has no arXiv tags', () => {
		expect(paperMetadata(brep, 'https://h/p/').tags.slice(5)).toEqual([
			['citation_publication_date', '2022'],
			['citation_technical_report_institution', 'arXiv'],
			['citation_technical_report_number', 'arXiv:2203.01925'],
			['citation_doi', '10.48550/arXiv.2203.01925'],
			['citation_public_url', 'https://arxiv.org/abs/2203.01925'],
			['citation_arxiv_id', '2203.01925'],
			['citation_pdf_url', 'https://arxiv.org/pdf/2203.01925'],
			['citation_language', 'en'],
		]);
		const { tags, jsonLd } = paperMetadata(soteria, 'https://h/p/');
		expect(tags.slice(3)).toEqual([
			['citation_publication_date', '2021'],
			['citation_doi', '10.1109/CVPR46437.2021.00919'],
			['citation_public_url', 'https://doi.org/10.1109/CVPR46437.2021.00919'],
			['citation_language', 'en'],
		]);
		expect(jsonLd['mainEntity']).toEqual({
			'@type': 'ScholarlyArticle',
			name: 'Soteria',
			headline: 'Soteria',
			url: 'https://doi.org/10.1109/CVPR46437.2021.00919',
			author: people(soteria.authors),
			identifier: [
				{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1109/CVPR46437.2021.00919' },
			],
		});
		expect(paperPublicUrl(unclassified)).toBe('https://example.org/probe');
	});

	test('JSON-LD text cannot end its script element', () => {
		expect(jsonLdText({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
	});
});

describe('BibTeX, field by field', () => {
	test.each([
		['é', "{\\'e}"],
		['ǘ', '{\\\'{\\"u}}'],
		['ά', 'ά'],
		['ơ', 'ơ'],
		['ệ', 'ệ'],
		['θ', 'θ'],
		['a_b', 'a\\_b'],
	])('latexText(%j) = %j', (text, expected) => {
		expect(latexText(text)).toBe(expected);
	});

	test.each([
		['ResNet models', '{ResNet} models'],
		["GAN's power", "{GAN's} power"],
		['((GAN)): a study', '(({GAN})): a study'],
		['Bayesian  inversion', '{Bayesian}  inversion'],
	])('protectTitle(%j) = %j', (title, expected) => {
		expect(protectTitle(title)).toBe(expected);
	});

	test.each([
		['  Ruoxi Jia ', { given: 'Ruoxi', family: 'Jia' }],
		['Ruoxi  Jia', { given: 'Ruoxi', family: 'Jia' }],
		['Hoang Anh Just', { given: 'Hoang Anh', family: 'Just' }],
		['van Beethoven', { given: 'van', family: 'Beethoven' }],
		['Jan van der Berg', { given: 'Jan', family: 'van der Berg' }],
	])('splitName(%j)', (name, expected) => {
		expect(splitName(name)).toEqual(expected);
	});

	test('a paper’s own URL: its page, else arXiv, else its DOI', () => {
		expect(paperOwnUrl(unclassified)).toBe('https://example.org/probe');
		expect(paperOwnUrl(gmi)).toBe('https://arxiv.org/abs/1911.07135');
		expect(paperOwnUrl(soteria)).toBe('https://doi.org/10.1109/CVPR46437.2021.00919');
	});

	test('a proceedings paper on arXiv without DOI links its arXiv page', () => {
		expect(paperEntry(gmi)).toEqual({
			type: 'inproceedings',
			key: 'zhang2020-gmi',
			fields: [
				['author', 'Zhang, Yuheng and Jia, Ruoxi and Pei, Hengzhi'],
				['title', 'The Secret Revealer'],
				['booktitle', 'CVPR'],
				['year', '2020'],
				['eprint', '1911.07135'],
				['archivePrefix', 'arXiv'],
				['url', 'https://arxiv.org/abs/1911.07135'],
			],
		});
	});

	test('a journal article with a DOI needs no URL; a preprint prints its arXiv id', () => {
		const article: Paper = {
			...gmi,
			short: 'GMI',
			title: 'GMI revisited',
			venue: { name: 'TPAMI', kind: 'journal', year: 2023 },
			doi: '10.1/x',
		};
		expect(paperEntry(article).type).toBe('article');
		expect(paperEntry(article).fields.slice(1)).toEqual([
			['title', '{GMI} revisited'],
			['journal', 'TPAMI'],
			['year', '2023'],
			['doi', '10.1/x'],
			['eprint', '1911.07135'],
			['archivePrefix', 'arXiv'],
		]);
		const posted: Paper = {
			...brep,
			venue: { name: 'arXiv', kind: 'preprint', year: 2022 },
			doi: '10.2/y',
		};
		expect(paperEntry(posted)).toMatchObject({ type: 'misc' });
		expect(paperEntry(posted).fields.slice(2)).toEqual([
			['howpublished', 'arXiv preprint arXiv:2203.01925'],
			['year', '2022'],
			['doi', '10.2/y'],
			['eprint', '2203.01925'],
			['archivePrefix', 'arXiv'],
			['url', 'https://arxiv.org/abs/2203.01925'],
		]);
		expect(paperEntry(soteria).fields.map(([name]) => name)).toEqual([
			'author',
			'title',
			'year',
			'doi',
		]);
	});

	test('only month macros are written bare, and no papers give no text', () => {
		expect(
			formatEntry({
				type: 'misc',
				key: 'k',
				fields: [
					['month', 'nov'],
					['note', 'nov'],
					['month', 'November'],
				],
			}),
		).toBe('@misc{k,\n  month = nov,\n  note  = {nov},\n  month = {November}\n}');
		expect(formatBibtex([])).toBe('');
		expect(formatBibtex([gmi, brep])).toBe(
			`${formatEntry(paperEntry(gmi))}\n\n${formatEntry(paperEntry(brep))}\n`,
		);
	});
});
