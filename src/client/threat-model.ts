/**
 * The threat-model selector on `/threat-model/`. Without this script the page lists every
 * recorded threat model in static tables grouped by what the adversary observes; with it, the
 * form (shown by CSS once the head script marks the page as scripted) matches the reader's
 * profile against every attack's assumption sets, and the profile lives in the URL. The page's
 * inline loader imports this module on the reader's first move towards the form (at once for a
 * URL that carries a profile) and calls `startSelector`.
 */
import {
	applicability,
	defenseStatusLabels,
	describe,
	describeUnrecorded,
	profileFromSearch,
	profileToSearch,
	type Applicability,
	type Profile,
} from '../lib/catalog/threat-model.ts';
import type { SelectorClientData } from '../lib/catalog/threat-model-data.ts';
import type { AuxiliaryData, Knowledge, Observation } from '../lib/catalog/vocabulary.ts';
import { toHref } from '../site.ts';

type ClientAttack = SelectorClientData['attacks'][number];

/** The form's state as a profile. */
function readForm(form: HTMLFormElement): Profile {
	const data = new FormData(form);
	const field = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const topK = Number.parseInt(field('top'), 10);
	return {
		observes: data.getAll('observes').map(String) as Observation[],
		topK: Number.isInteger(topK) && topK > 0 ? topK : undefined,
		knows: data.getAll('knows').map(String) as Knowledge[],
		brings: (field('data') || 'none') as AuxiliaryData,
		canTrain: data.get('train') === '1',
		maliciousServer: data.get('malicious') === '1',
	};
}

/** Sets the form's controls to a profile (from the URL). */
function writeForm(form: HTMLFormElement, profile: Profile): void {
	for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
		if (input.name === 'observes')
			input.checked = profile.observes.includes(input.value as Observation);
		else if (input.name === 'knows')
			input.checked = profile.knows.includes(input.value as Knowledge);
		else if (input.name === 'data') input.checked = input.value === profile.brings;
		else if (input.name === 'train') input.checked = profile.canTrain;
		else if (input.name === 'malicious') input.checked = profile.maliciousServer;
		else if (input.name === 'top') input.value = profile.topK ? String(profile.topK) : '';
	}
}

/** `tag` with `text`, and a class when given. */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	className = '',
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** One attack as a list item: its name, paper, setting, the match, and the defenses against it. */
function attackItem(
	attack: ClientAttack,
	match: Applicability,
	data: SelectorClientData,
): HTMLLIElement {
	const item = element('li');
	item.dataset['id'] = attack.id;
	const link = element('a', attack.name);
	link.href = attack.href;
	item.append(link);
	const about = [attack.name === attack.label ? '' : attack.label, attack.setting]
		.filter(Boolean)
		.join(', ');
	item.append(` (${about})`);
	if (match.variant) item.append(`, variant “${match.variant}”`);
	if (match.missing.length > 0)
		item.append(
			element(
				'span',
				`Also needs ${match.missing.map((missing) => describe(missing, data.labels)).join('; ')}.`,
				'threat-missing',
			),
		);
	if (match.status === 'applies' && match.unrecorded.length > 0)
		item.append(
			element(
				'span',
				`Not recorded: ${describeUnrecorded(match.unrecorded)}.`,
				'muted threat-note',
			),
		);
	if (match.status !== 'more') {
		const defenses = element('span', '', 'threat-defenses');
		if (attack.defenses.length === 0)
			defenses.append('No catalogued defense has been evaluated against it.');
		else {
			defenses.append('Defenses: ');
			attack.defenses.forEach((defense, index) => {
				if (index > 0) defenses.append('; ');
				const defenseLink = element('a', defense.name);
				defenseLink.href = defense.href;
				defenses.append(defenseLink, ` (${defenseStatusLabels[defense.status]})`);
			});
			defenses.append('.');
		}
		item.append(defenses);
	}
	return item;
}

/** A titled list of attacks, or nothing when the list is empty. */
function section(title: string, items: HTMLLIElement[], open = true): HTMLElement {
	const wrapper = element(open ? 'section' : 'details');
	const heading = open ? element('h3', title) : element('summary', title);
	const list = element('ul', '', 'threat-list');
	list.append(...items);
	wrapper.append(heading, list);
	return wrapper;
}

/** Matches the profile against every attack and redraws the verdict. */
function render(
	profile: Profile,
	data: SelectorClientData,
	summary: HTMLElement,
	lists: HTMLElement,
): void {
	lists.replaceChildren();
	if (profile.observes.length === 0) {
		summary.textContent = 'Tick at least one thing your system exposes to see which attacks apply.';
		return;
	}
	const matched = data.attacks.map((attack) => ({
		attack,
		match: applicability(attack.sets, profile),
	}));
	const of = (status: Applicability['status']) =>
		matched
			.filter(({ match }) => match.status === status)
			.map(({ attack, match }) => attackItem(attack, match, data));
	const [applies, oneMore, more] = [of('applies'), of('one-more'), of('more')];
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	summary.textContent = `${plural(applies.length, 'attack')} apply to this profile, ${plural(
		oneMore.length,
		'attack',
	)} need one more assumption, and ${more.length} need more. ${plural(
		data.unrecorded,
		'attack',
	)} without recorded assumptions are not matched.`;
	lists.append(
		section(`Attacks that apply (${applies.length})`, applies),
		section(`One assumption away (${oneMore.length})`, oneMore),
		section(`Need more (${more.length})`, more, false),
	);
}

/** Wires the form to the data: every change redraws the verdict and updates the URL. */
export async function startSelector(): Promise<void> {
	const form = document.getElementById('threat-form') as HTMLFormElement | null;
	const summary = document.getElementById('threat-summary');
	const lists = document.getElementById('threat-lists');
	if (!form || !summary || !lists) return;
	const data = (await fetch(toHref('/data/threat-model.json')).then((response) =>
		response.json(),
	)) as SelectorClientData;
	// A URL profile sets the form; otherwise the form keeps what the reader ticked while this loaded.
	if (location.search) writeForm(form, profileFromSearch(location.search, data.keys));
	const update = () => {
		const profile = readForm(form);
		const search = profileToSearch(profile, data.keys);
		history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
		render(profile, data, summary, lists);
	};
	form.addEventListener('change', update);
	form.addEventListener('input', update);
	form.addEventListener('reset', () => setTimeout(update));
	update();
}
