import { expect, test } from 'vitest';
import { arrowPath, diagramNamed, diagrams, diagramWidth } from '../../src/lib/figures/diagrams.ts';

test.each(Object.entries(diagrams))('%s stays on its canvas and describes itself', (_, diagram) => {
	for (const box of diagram.boxes) {
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(diagramWidth);
		expect(box.y + box.height).toBeLessThanOrEqual(diagram.height);
	}
	for (const arrow of diagram.arrows)
		for (const [x, y] of arrow.points) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(diagramWidth);
			expect(y).toBeLessThanOrEqual(diagram.height);
		}
	for (const tag of diagram.tags) expect(tag.y).toBeLessThanOrEqual(diagram.height);
	// The long description is the text alternative: it must say more than the caption.
	expect(diagram.description.length).toBeGreaterThan(diagram.caption.length);
});

test('an unknown diagram name fails with the list of valid names', () => {
	expect(() => diagramNamed('threat-modle')).toThrow(/unknown diagram \(use one of: threat-model,/);
	expect(diagramNamed('split-inference').title).toBe('Feature inversion in split inference');
});

test('arrowPath writes an SVG path', () => {
	expect(
		arrowPath([
			[1, 2],
			[3, 4],
			[5, 6],
		]),
	).toBe('M1 2 L3 4 L5 6');
});
