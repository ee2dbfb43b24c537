/**
 * Citation previews: pointing at or focusing a citation (`a.cite`) shows what it cites (method
 * name, title, authors, venue, the gist of the paper) in a small card next to it, without leaving
 * the page. Loaded by the layout's inline listener on the first such interaction; the data comes
 * from /data/previews.json, fetched once.
 */
import { paperIdFromPath } from '../lib/site/urls.ts';
import { site, toHref } from '../site.ts';

interface Preview {
	name?: string;
	title: string;
	authors: string;
	venue: string;
	gist: string;
}

let previews: Promise<Record<string, Preview>> | undefined;
const card = document.createElement('div');
card.id = 'cite-preview';
card.className = 'cite-preview';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);
let current: HTMLAnchorElement | undefined;

const idOf = (link: HTMLAnchorElement) => paperIdFromPath(link.pathname, site.base);

function place(link: HTMLAnchorElement): void {
	const box = link.getBoundingClientRect();
	const width = Math.min(360, document.documentElement.clientWidth - 16);
	card.style.width = `${width}px`;
	card.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`;
	card.style.top = `${box.bottom + scrollY + 6}px`;
}

async function show(link: HTMLAnchorElement): Promise<void> {
	const id = idOf(link);
	if (!id) return;
	current = link;
	previews ??= fetch(toHref('/data/previews.json')).then(
		(response) => response.json() as Promise<Record<string, Preview>>,
	);
	const preview = (await previews)[id];
	if (!preview || current !== link) return;
	const heading = document.createElement('strong');
	heading.textContent = preview.name ? `${preview.name}: ${preview.title}` : preview.title;
	const meta = document.createElement('span');
	meta.className = 'cite-preview-meta';
	meta.textContent = `${preview.authors} · ${preview.venue}`;
	const gist = document.createElement('span');
	gist.textContent = preview.gist;
	card.replaceChildren(heading, meta, gist);
	place(link);
	card.hidden = false;
	link.setAttribute('aria-describedby', card.id);
}

function hide(): void {
	current?.removeAttribute('aria-describedby');
	current = undefined;
	card.hidden = true;
}

const citationIn = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite') : null;

/** Starts previews; `first` is the interaction that loaded this script, shown at once. */
export function startPreviews(first?: Event): void {
	document.addEventListener('pointerover', (event) => {
		const link = citationIn(event.target);
		if (link) void show(link);
	});
	document.addEventListener('pointerout', (event) => {
		if (citationIn(event.target)) hide();
	});
	document.addEventListener('focusin', (event) => {
		const link = citationIn(event.target);
		if (link) void show(link);
		else hide();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide();
	});
	const link = citationIn(first?.target ?? null);
	if (link) void show(link);
}
