/**
 * Reads and checks `content/results/`: each file against the results schema, then against the
 * catalog: the source, every method and defense resolve to entries of the right kind, settings
 * named by rows exist and are used, values lie in their metric's range, and every defended row
 * carries the defended model's test accuracy or says why not.
 */
import { existsSync } from 'node:fs';
import type { Paper } from '../../schemas/paper.ts';
import { resultFileSchema, type ResultFile } from '../../schemas/result.ts';
import { inMetricUnit } from '../catalog/results.ts';
import { readYamlEntries, type Problem } from './catalog.ts';
import { metrics, type Metric, type MetricTerm } from '../catalog/vocabulary.ts';

const schemaFile = 'src/schemas/result.ts';

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

export function loadResults(
	dir: string,
	papers: readonly Paper[],
): { files: ResultFile[]; problems: Problem[] } {
	if (!existsSync(dir)) return { files: [], problems: [] };
	const { entries, problems } = readYamlEntries(dir, resultFileSchema, schemaFile);
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const files: ResultFile[] = [];
	for (const { id, file, data } of entries) {
		const before = problems.length;
		const report = (field: string, message: string) => problems.push({ file, field, message });
		const source = byId.get(data.source);
		if (!source)
			report(
				'source',
				`"${data.source}" is not in the catalog (check the id or add the paper first)`,
			);
		if (id !== data.source && !id.startsWith(`${data.source}-`))
			report(
				'(file name)',
				`must be the source id "${data.source}", or start with "${data.source}-" when the paper has several source files`,
			);
		const used = new Set<string>();
		for (const [index, row] of data.results.entries()) {
			const at = `results.${index}`;
			const setting = data.settings[row.setting];
			used.add(row.setting);
			if (!setting)
				report(
					`${at}.setting`,
					`"${row.setting}" is not defined under settings (define it or use one of: ${Object.keys(data.settings).join(', ')})`,
				);
			const method = byId.get(row.method);
			if (!method)
				report(
					`${at}.method`,
					`"${row.method}" is not in the catalog (check the id or add the paper first)`,
				);
			else if (method.kind !== 'attack')
				report(
					`${at}.method`,
					`"${row.method}" is ${article(method.kind)} ${method.kind}, not an attack (a row measures an attack; put a defense under its setting's defense field)`,
				);
			const entries = Object.entries(row.values) as [Metric, number][];
			if (entries.length === 0) report(`${at}.values`, 'needs at least one metric and its value');
			for (const [metric, value] of entries) {
				const [min, max] = (metrics[metric] as MetricTerm).range;
				const inUnit = setting ? inMetricUnit(metric, value, setting) : value;
				if (inUnit < min || inUnit > max)
					report(
						`${at}.values.${metric}`,
						`${value} is outside the range of ${metrics[metric].label} (${min} to ${max}); check the number and its scale`,
					);
			}
			if (setting?.defense && row.values['test-accuracy'] === undefined && !row.noUtility)
				report(
					`${at}.values`,
					`a defended row needs test-accuracy (the defended model's utility) or noUtility saying why the source gives none`,
				);
		}
		for (const [name, setting] of Object.entries(data.settings)) {
			if (!used.has(name))
				report(`settings.${name}`, 'is not used by any row (remove it or use it)');
			if (setting.defense) {
				const defense = byId.get(setting.defense);
				if (!defense)
					report(
						`settings.${name}.defense`,
						`"${setting.defense}" is not in the catalog (check the id or add the paper first)`,
					);
				else if (defense.kind !== 'defense')
					report(
						`settings.${name}.defense`,
						`"${setting.defense}" is ${article(defense.kind)} ${defense.kind}, not a defense`,
					);
			}
			if (setting.defenseParams && !setting.defense)
				report(`settings.${name}.defenseParams`, 'is set but defense is not (name the defense)');
		}
		if (problems.length === before) files.push({ ...data, id });
	}
	return { files, problems };
}
