/**
 * Dates as pages print them. Content dates are calendar days (YAML `2026-11-30` parses to UTC
 * midnight), so both formats work in UTC: a reader's or the build machine's time zone never moves
 * a day.
 */

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** `YYYY-MM-DD`, for `datetime` attributes, anchors and metadata. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "30 November 2026", for reading. Takes a date or a `YYYY-MM-DD` day. */
export function longDate(date: Date | string): string {
	return longDateFormat.format(typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date);
}
