import { describe, expect, test } from 'vitest';
import {
	evaluations,
	papersCiting,
	relatedIds,
	relationError,
	relationFields,
	relations,
} from '../../src/lib/catalog/relations.ts';
import {
	bench,
	brep,
	dlg,
	ggl,
	gmi,
	mid,
	relationCatalog,
	soteria,
	survey,
} from '../fixtures/papers.ts';

test('four relation fields, each a separate claim with a label read from both sides', () => {
	expect(relationFields).toEqual(['buildsOn', 'comparedWith', 'evaluatedAgainst', 'evaluates']);
	expect(relationFields.map((field) => [relations[field].label, relations[field].inverse])).toEqual(
		[
			['Builds on', 'Built upon by'],
			['Compared with', 'Used as a baseline by'],
			['Evaluated against', 'Evaluated against it'],
			['Evaluates', 'Evaluated in'],
		],
	);
});

test('relatedIds reads a field, and nothing from an entry without it', () => {
	expect(relatedIds(ggl, 'comparedWith')).toEqual(['zhu2019-dlg']);
	expect(relatedIds(ggl, 'buildsOn')).toEqual([]);
	expect(relatedIds({ buildsOn: 'not-a-list' }, 'buildsOn')).toEqual([]);
});

describe('relationError', () => {
	test.each([
		[brep, 'buildsOn', gmi, undefined],
		[survey, 'buildsOn', mid, undefined],
		[bench, 'evaluates', mid, undefined],
		[ggl, 'evaluatedAgainst', soteria, undefined],
		[
			brep,
			'buildsOn',
			mid,
			'"wang2021-mid" is a defense; an attack\'s buildsOn lists only attack entries (an attack that attacks a defense lists it in evaluatedAgainst)',
		],
		[
			mid,
			'buildsOn',
			gmi,
			'"zhang2020-gmi" is an attack; a defense\'s buildsOn lists only defense entries (a defense tested against an attack lists it in evaluatedAgainst)',
		],
		[
			ggl,
			'comparedWith',
			soteria,
			'"sun2021-soteria" is a defense; an attack\'s comparedWith lists only attack entries (baselines are methods of the same kind)',
		],
		[
			mid,
			'evaluatedAgainst',
			soteria,
			'"sun2021-soteria" is a defense; a defense\'s evaluatedAgainst lists only attack entries (attacks list defenses and defenses list attacks)',
		],
		[
			bench,
			'evaluates',
			survey,
			'"yang2025-survey" is a survey; a benchmark\'s evaluates lists only attack or defense entries (attacks list defenses and defenses list attacks)',
		],
		[gmi, 'evaluates', dlg, 'an attack has no evaluates field'],
		[survey, 'comparedWith', dlg, 'a survey has no comparedWith field'],
	] as const)('%#: %s.%s -> %s', (source, field, target, expected) => {
		expect(relationError(source, field, target)).toBe(expected);
	});
});

test('evaluations come from the defense’s side and the attack’s, once per report', () => {
	const pairs = evaluations(relationCatalog).map(
		(pair) => `${pair.defense.id} vs ${pair.attack.id} in ${pair.reportedBy.id}`,
	);
	expect(pairs.toSorted()).toEqual([
		'sun2021-soteria vs li2022-ggl in li2022-ggl',
		'sun2021-soteria vs zhang2020-gmi in sun2021-soteria',
		'sun2021-soteria vs zhu2019-dlg in sun2021-soteria',
		'wang2021-mid vs zhang2020-gmi in wang2021-mid',
	]);
	expect(evaluations([soteria])).toEqual([]);
	expect(
		evaluations([{ ...mid, evaluatedAgainst: ['zhang2020-gmi', 'zhang2020-gmi'] }, gmi]),
	).toHaveLength(1);
	expect(evaluations([{ ...mid, evaluatedAgainst: ['sun2021-soteria'] }, soteria])).toEqual([]);
});

test('papersCiting finds the entries that list an id in one field', () => {
	expect(papersCiting(relationCatalog, 'zhu2019-dlg', 'comparedWith').map((p) => p.id)).toEqual([
		'li2022-ggl',
	]);
	expect(papersCiting(relationCatalog, 'zhu2019-dlg', 'evaluates').map((p) => p.id)).toEqual([
		'qiu2024-mibench',
	]);
	expect(
		papersCiting(relationCatalog, 'zhang2020-gmi', 'evaluatedAgainst').map((p) => p.id),
	).toEqual(['wang2021-mid', 'sun2021-soteria']);
});
