/**
 * A minimal Starlight site holding our introduction chapter, built as a baseline for page weight.
 * It is set up the way a Starlight user would add math: remark-math and rehype-katex in the
 * Markdown pipeline, KaTeX's stylesheet through `customCss`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
	citationLabel,
	findCitations,
	type CitablePaper,
} from '../../src/lib/citation/pandoc-citations.ts';
import { loadCatalog } from '../../src/lib/validation/catalog.ts';
import { projectRoot } from './built-site.ts';

/** Slug of the chapter page in the Starlight site. */
export const starlightChapterPath = '/introduction/';

/** Packages whose current release is installed in the Starlight site. */
const currentPackages = ['astro', '@astrojs/starlight', '@astrojs/markdown-remark'];
/** Math packages pinned to the versions this project uses, so both sites render the same KaTeX. */
const sharedPackages = ['remark-math', 'rehype-katex', 'katex'];

const astroConfig = `import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export default defineConfig({
	markdown: {
		processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
	},
	integrations: [
		starlight({ title: 'Model Inversion Atlas', customCss: ['katex/dist/katex.min.css'] }),
	],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Turns our MDX chapter into plain Markdown: citations become author-year text, as our site prints
 * them, and explicit heading ids (`\{#id}`) are dropped. Frontmatter keeps only title and
 * description, which Starlight's schema knows.
 */
export function toStarlightMarkdown(
	mdx: string,
	papers: ReadonlyMap<string, CitablePaper>,
): string {
	const withoutIds = mdx.replace(/ *\\\{#[a-z0-9-]+\}/g, '').replace(/^order:.*\n/m, '');
	let text = '';
	let position = 0;
	for (const citation of findCitations(withoutIds)) {
		const labels = citation.items.map(({ key, prefix, suffix }) => {
			const paper = papers.get(key);
			return [prefix, paper ? citationLabel(paper) : key, suffix].filter(Boolean).join(' ');
		});
		text += `${withoutIds.slice(position, citation.start)}(${labels.join('; ')})`;
		position = citation.end;
	}
	return text + withoutIds.slice(position);
}

/** Current release of a package, from the npm registry. */
function latestVersion(name: string): string {
	return execFileSync('npm', ['view', name, 'version'], { encoding: 'utf8' }).trim();
}

/** Version of a package installed in this project. */
function installedVersion(name: string): string {
	const manifest = readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8');
	return (JSON.parse(manifest) as { version: string }).version;
}

/** The files of the Starlight site, by path relative to its root. */
function siteFiles(): Record<string, string> {
	const dependencies = Object.fromEntries([
		...currentPackages.map((name): [string, string] => [name, latestVersion(name)]),
		...sharedPackages.map((name): [string, string] => [name, installedVersion(name)]),
	]);
	const { papers } = loadCatalog(join(projectRoot, 'content', 'papers'));
	const chapter = readFileSync(join(projectRoot, 'content/chapters/introduction.mdx'), 'utf8');
	const packageJson = {
		name: 'starlight-baseline',
		private: true,
		type: 'module',
		dependencies,
		// Same pin as this project: vite 8.4.0 lists an optional dependency missing from the registry.
		overrides: { vite: installedVersion('vite') },
	};
	return {
		'package.json': `${JSON.stringify(packageJson, null, '\t')}\n`,
		'astro.config.mjs': astroConfig,
		'src/content.config.ts': contentConfig,
		'src/content/docs/introduction.md': toStarlightMarkdown(
			chapter,
			new Map(papers.map((paper) => [paper.id, paper])),
		),
		// Starlight's head links /favicon.svg, which its starter template ships; without it the
		// page would also download a 404 page.
		'public/favicon.svg': readFileSync(join(projectRoot, 'public', 'favicon.svg'), 'utf8'),
	};
}

/** Runs a command in the site folder with this script's Node first on PATH; throws on failure. */
function run(cwd: string, command: string, args: string[]): void {
	const result = spawnSync(command, args, {
		cwd,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {
			...process.env,
			PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	});
	if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}`);
}

/**
 * Returns the `dist/` of the Starlight baseline, building it in os.tmpdir() when needed. The folder
 * name hashes every generated file (package versions included), so a new Starlight release or an
 * edited chapter gives a new build and re-runs reuse the old one; `fresh` rebuilds regardless.
 */
export function ensureStarlightSite(fresh: boolean): string {
	const files = siteFiles();
	const key = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
	const root = join(tmpdir(), `atlas-bench-starlight-${key}`);
	const dist = join(root, 'dist');
	if (!fresh && existsSync(join(dist, 'pagefind'))) return dist;
	console.log(`Building the Starlight baseline in ${root} (npm install + astro build)…`);
	rmSync(root, { recursive: true, force: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	run(root, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
	run(root, process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
	return dist;
}
