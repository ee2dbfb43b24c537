import { expect, test } from 'vitest';
import { isoDay, longDate } from '../../src/lib/site/dates.ts';

test.each([
	[new Date('2026-11-30T00:00:00Z'), '2026-11-30', '30 November 2026'],
	[new Date('2026-01-05T23:59:59Z'), '2026-01-05', '5 January 2026'],
	// Late in the day UTC is still that day, whatever the machine's time zone.
	[new Date('2025-12-31T23:30:00Z'), '2025-12-31', '31 December 2025'],
])('%o is %s, %s', (date, iso, long) => {
	expect(isoDay(date)).toBe(iso);
	expect(longDate(date)).toBe(long);
});

test('a YYYY-MM-DD day reads as that day', () => {
	expect(longDate('2026-03-01')).toBe('1 March 2026');
	expect(longDate('2024-02-29')).toBe('29 February 2024');
});
