import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
const root = process.cwd() + '/dist';
globalThis.fetch = async (url) => { const p = String(url).replace(/^https?:\/\/[^/]+/, ''); const buf = await readFile(root + p.split('?')[0]); return new Response(buf); };
const pf = await import(pathToFileURL(root + '/pagefind/pagefind.js').href);
await pf.options({ basePath: '/pagefind/', baseUrl: '/' });
for (const q of process.argv.slice(2)) {
  const r = await pf.search(q);
  const all = await Promise.all(r.results.map((x) => x.data()));
  console.log(q, r.results.length, all.filter(d=>d.url.startsWith('/papers/')).length, all.some(d=>/Copy BibTeX/.test(d.content)));
}
