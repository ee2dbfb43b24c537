/**
 * Plain-text tables for the benchmark scripts, readable in a terminal and pasteable into Markdown.
 */

/**
 * Formats rows as a Markdown table. Columns whose cells all look numeric are right-aligned,
 * so figures line up in a terminal as well as in rendered Markdown.
 */
export function formatTable(
	headers: readonly string[],
	rows: readonly (readonly string[])[],
): string {
	const numeric = headers.map((_, column) =>
		rows.every((row) => /^[-+]?[\d.,]+( ?[%×a-zA-Z]+)?$|^–$/.test(row[column] ?? '')),
	);
	const widths = headers.map((header, column) =>
		Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: readonly string[]) =>
		`| ${cells
			.map((cell, column) =>
				numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
			)
			.join(' | ')} |`;
	const rule = `| ${widths
		.map((width, column) =>
			numeric[column] ? `${'-'.repeat(Math.max(width - 1, 1))}:` : '-'.repeat(width),
		)
		.join(' | ')} |`;
	return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Bytes as KiB with one decimal, e.g. `12.3 KiB`. */
export function formatKiB(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** A number with a fixed count of decimals and thousands separators, e.g. `10,000` or `3.25`. */
export function formatNumber(value: number, decimals = 0): string {
	return value.toLocaleString('en-US', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
	});
}
