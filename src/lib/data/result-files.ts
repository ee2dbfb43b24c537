/**
 * The contents of `/data/results.json` and `/data/results.csv`: one record per number, with its
 * provenance and setting, computed from the results collection.
 */
import type { ExportedResult } from '../../schemas/result.ts';
import { permanentUrl, site } from '../../site.ts';
import { toCsv } from './csv.ts';
import { comparableFields, type ResultValue } from '../catalog/results.ts';
import { metrics, type MetricTerm } from '../catalog/vocabulary.ts';

export function exportResult(value: ResultValue): ExportedResult {
	const metric = metrics[value.metric] as MetricTerm;
	return {
		source: value.source,
		sourceKind: value.sourceKind,
		document: value.document,
		method: value.method,
		...(value.variant ? { variant: value.variant } : {}),
		rerun: value.rerun,
		...(value.adaptive ? { adaptive: true } : {}),
		metric: value.metric,
		value: value.value,
		printed: value.printed,
		unit: metric.unit ?? '',
		better: metric.better,
		where: value.where,
		quote: value.quote,
		group: value.group,
		setting: value.setting,
	};
}

export function resultsJson(values: readonly ResultValue[]): string {
	const records = values.map(exportResult);
	return `${JSON.stringify(
		{
			$schema: permanentUrl('/data/results.schema.json'),
			edition: site.edition,
			count: records.length,
			results: records,
		},
		null,
		'\t',
	)}\n`;
}

/** Setting columns of the CSV, after the number's own columns. */
const settingColumns = [...comparableFields, 'scale', 'evaluatorNote', 'notes'] as const;

export const resultsCsvHeader = [
	'source',
	'sourceKind',
	'method',
	'variant',
	'rerun',
	'adaptive',
	'metric',
	'value',
	'printed',
	'unit',
	'better',
	'where',
	'quote',
	'document',
	...settingColumns,
] as const;

export function resultsCsv(values: readonly ResultValue[]): string {
	const rows = values.map((value) => {
		const record = exportResult(value);
		const own: Record<string, string> = {
			source: record.source,
			sourceKind: record.sourceKind,
			method: record.method,
			variant: record.variant ?? '',
			rerun: String(record.rerun),
			adaptive: String(record.adaptive ?? false),
			metric: record.metric,
			value: String(record.value),
			printed: String(record.printed),
			unit: record.unit,
			better: record.better,
			where: record.where,
			quote: record.quote,
			document: record.document,
		};
		const setting = record.setting as Record<string, string | number | undefined>;
		return resultsCsvHeader.map((column) =>
			column in own ? (own[column] ?? '') : String(setting[column] ?? ''),
		);
	});
	return toCsv(resultsCsvHeader, rows);
}
