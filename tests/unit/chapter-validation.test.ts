/**
 * Chapter checks one rule at a time, on small MDX strings and a temporary folder; the malformed
 * corpus (tests/content/malformed.test.ts) checks the same rules on whole content trees.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	authorComponents,
	checkChapter,
	checkChapters,
	readChapterDates,
} from '../../src/lib/validation/chapters.ts';

const frontmatter = (extra = '', order = 1) =>
	`---\ntitle: Attacks\ndescription: What attacks do.\norder: ${order}\npublished: 2026-05-01\n${extra}---\n`;
const options = { paperIds: new Set(['zhang2020-gmi']), components: ['AttackTable', 'Diagram'] };
const messages = (body: string, head = frontmatter()) =>
	checkChapter('c.mdx', head + body, options).map(
		(problem) => `${problem.file}|${problem.field}|${problem.message}`,
	);

test('the author components are the .astro files of src/components/mdx, sorted', () => {
	expect(authorComponents()).toEqual([
		'AssumptionTable',
		'AttackTable',
		'DefenseMatrix',
		'DefenseTable',
		'Diagram',
		'LineageGraph',
		'Reported',
		'YearChart',
	]);
});

test('a clean chapter has no problems', () => {
	expect(
		messages(
			'Text [@zhang2020-gmi] and $x$.\n\n<AttackTable family="generative" />\n\n{/* a note */}\n\n<div class="x">y</div>\n',
		),
	).toEqual([]);
});

describe('frontmatter', () => {
	test('missing, unreadable or invalid frontmatter, each reported once', () => {
		expect(messages('Text.', '')).toEqual([
			'c.mdx|(frontmatter)|is missing (start the file with --- title, description and order ---)',
		]);
		const unreadable = messages('Text.', '---\ntitle: A: B\n---\n');
		expect(unreadable).toHaveLength(1);
		expect(unreadable[0]).toMatch(
			/^c\.mdx\|\(frontmatter\)\|.+ \(fix the YAML syntax; put a value that contains ": " in quotes\)$/,
		);
		expect(unreadable[0]).not.toMatch(/: \(fix/);
		expect(messages('Text.', '---\ntitle: Attacks\n---\n')).toEqual([
			'c.mdx|description|is required (add it: text; see src/schemas/chapter.ts)',
			'c.mdx|order|is required (add it: a number; see src/schemas/chapter.ts)',
			'c.mdx|published|must be a date, not an unreadable date (write the date as YYYY-MM-DD, e.g. 2026-11-29)',
		]);
	});
});

describe('MDX', () => {
	test.each([
		[
			'export const a = 1;',
			'c.mdx:7||exports and other module code are not allowed in chapters (remove it; frontmatter goes between --- lines)',
		],
		[
			"import X from './x.astro';",
			'c.mdx:7||import from "./x.astro" is not allowed (chapters may use only the components of src/components/mdx/, which need no import)',
		],
		[
			'Value {1 + 1}.',
			'c.mdx:7||JavaScript expression {1 + 1} is not allowed (write plain text; to show a brace, escape it as \\{)',
		],
		[
			'<script>alert(1)</script>',
			'c.mdx:7||<script> is not allowed in chapters (remove it; pages get their scripts and styles from the layout)',
		],
		[
			'<Style />',
			'c.mdx:7||<Style> is not allowed in chapters (remove it; pages get their scripts and styles from the layout)',
		],
		['<Chart />', 'c.mdx:7||unknown component <Chart> (use one of: AttackTable, Diagram)'],
		['<>text</>', 'c.mdx:7||fragments <>...</> are not allowed (write the content without them)'],
		[
			'<div {...props}>x</div>',
			'c.mdx:7||spread attribute on <div> is not allowed (write each attribute as name="value")',
		],
		[
			'<div onClick="x()">x</div>',
			'c.mdx:7||event handler onClick on <div> is not allowed (remove it)',
		],
		[
			'<div ONLOAD="x()">x</div>',
			'c.mdx:7||event handler ONLOAD on <div> is not allowed (remove it)',
		],
		[
			'<Diagram id={x} />',
			'c.mdx:7||attribute id={...} on <Diagram> is not allowed (write it as id="value")',
		],
		[
			'Text.\n\nMore [@nobody2020-x] and\n[@zhang2020-gmi; @other2021-y].',
			'c.mdx:9||unknown citation key "@nobody2020-x" (no content/papers/nobody2020-x.yaml; check the spelling or add the paper)',
		],
		['<div>\n\n{', /^c\.mdx:9\|\|.+ \(fix the MDX syntax\)$/],
	])('%s', (body, expected) => {
		const found = messages(body);
		if (typeof expected === 'string') expect(found[0]).toBe(expected);
		else expect(found[0]).toMatch(expected);
	});

	test('imports of the author components pass; every unknown key is reported at its line', () => {
		expect(messages("import A from '../../src/components/mdx/AttackTable.astro';")).toEqual([]);
		expect(messages("import A from '../components/mdx/AttackTable.astro';")).toEqual([]);
		expect(messages('[@a2020-x]\n\nText\n[@b2020-y; @c2020-z]')).toEqual([
			'c.mdx:7||unknown citation key "@a2020-x" (no content/papers/a2020-x.yaml; check the spelling or add the paper)',
			'c.mdx:10||unknown citation key "@b2020-y" (no content/papers/b2020-y.yaml; check the spelling or add the paper)',
			'c.mdx:10||unknown citation key "@c2020-z" (no content/papers/c2020-z.yaml; check the spelling or add the paper)',
		]);
	});
});

describe('a folder of chapters', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-chapters-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'a.mdx'), `${frontmatter('', 1)}Text.\n`);
	writeFileSync(join(dir, 'b.mdx'), `${frontmatter('updated: 2026-06-01\n', 1)}Text.\n`);
	writeFileSync(join(dir, 'c.md'), `${frontmatter('', 3)}Text.\n`);
	writeFileSync(join(dir, 'd.mdx'), `${frontmatter('draft: true\n', 4)}Text.\n`);
	writeFileSync(join(dir, 'notes.txt'), 'not a chapter');

	test('two chapters with one order, and a .md file, are reported', () => {
		writeFileSync(join(dir, 'e.mdx'), '---\ntitle: A: B\n---\nText.\n');
		const problems = checkChapters(dir, options).filter(
			(problem) => !problem.file.endsWith('e.mdx'),
		);
		const file = (name: string) => relative(process.cwd(), join(dir, name));
		expect(problems).toEqual([
			{
				file: file('b.mdx'),
				field: 'order',
				message: `1 is also the order of ${file('a.mdx')} (give each chapter its own number)`,
			},
			{
				file: file('c.md'),
				field: '(file name)',
				message: 'use the extension .mdx (rename the file)',
			},
		]);
		expect(
			checkChapters(dir, options).filter((problem) => problem.file.endsWith('e.mdx')),
		).toHaveLength(1);
		rmSync(join(dir, 'e.mdx'));
	});

	test('the dates of published, readable chapters', () => {
		expect(readChapterDates(dir)).toEqual([
			{ id: 'a', published: new Date('2026-05-01'), updated: undefined },
			{ id: 'b', published: new Date('2026-05-01'), updated: new Date('2026-06-01') },
		]);
	});
});
