/**
 * Chapter text keeps a readable measure at every desktop width: 60-75 characters on the first
 * full line of a long paragraph, and the table of contents close beside the text, not pushed to
 * the far edge of a wide screen.
 */
import { describe, expect, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

describe.skipIf(!hasBrowser)('the chapter layout', () => {
	test.each([768, 1024, 1100, 1200, 1280, 1440, 1920])(
		'at %i px keeps 60-75 characters a line, the contents close beside the text from 1024 px',
		async (width) => {
			const page = await site.browser().newPage({ viewport: { width, height: 900 } });
			await page.goto(`${site.origin()}/chapters/classifier-inversion/`);
			const measured = await page.evaluate(() => {
				const paragraph = [...document.querySelectorAll('main .prose p')].find(
					(element) => (element.textContent ?? '').length > 400,
				);
				if (!paragraph) throw new Error('no long paragraph');
				// Count the characters whose box sits on the paragraph's first line.
				const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
				const range = document.createRange();
				let top: number | undefined;
				let characters = 0;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node as Text;
					for (let index = 0; index < text.data.length; index++) {
						range.setStart(text, index);
						range.setEnd(text, index + 1);
						const rect = range.getClientRects()[0];
						if (!rect) continue;
						top ??= rect.top;
						if (rect.top > top + 4) return { characters, ...gap(paragraph) };
						characters++;
					}
				}
				return { characters, ...gap(paragraph) };

				function gap(text: Element) {
					const toc = document.querySelector('.chapter-toc')!.getBoundingClientRect();
					const box = text.getBoundingClientRect();
					return { tocGap: toc.left - box.right };
				}
			});
			expect(measured.characters).toBeGreaterThanOrEqual(60);
			expect(measured.characters).toBeLessThanOrEqual(75);
			// From 1024 px the contents sit to the right of the text, at most 4rem away.
			if (width >= 1024) {
				expect(measured.tocGap).toBeGreaterThan(0);
				expect(measured.tocGap).toBeLessThanOrEqual(64);
			}
			await page.close();
		},
	);

	test.each([360, 1280])(
		'at %i px each section Cite control shares its heading row and opens within the text column',
		async (width) => {
			const page = await site.browser().newPage({ viewport: { width, height: 900 } });
			await page.goto(`${site.origin()}/chapters/introduction/`);
			const heading = page.locator('h2#threat-model');
			const summary = page.locator('.section-head:has(> #threat-model) summary');
			const [headingBox, summaryBox] = await Promise.all([
				heading.boundingBox(),
				summary.boundingBox(),
			]);
			// Same row: the control's top lies within the heading's height, to its right.
			expect(summaryBox!.y).toBeGreaterThanOrEqual(headingBox!.y - 2);
			expect(summaryBox!.y).toBeLessThan(headingBox!.y + headingBox!.height);
			expect(summaryBox!.x).toBeGreaterThan(headingBox!.x);
			await summary.click();
			const opened = await page.locator('.section-head:has(> #threat-model) details').boundingBox();
			const text = await page.locator('main .prose').boundingBox();
			expect(opened!.x + opened!.width).toBeLessThanOrEqual(text!.x + text!.width + 1);
			await expect(
				page.locator('.section-head:has(> #threat-model) pre').isVisible(),
			).resolves.toBe(true);
			await page.close();
		},
	);
});

describe.skipIf(!hasBrowser)('the home page', () => {
	test('at 1280 px the chapter list and both starting paths are above the fold', async () => {
		const page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.origin()}/`);
		const chapters = page.locator('.home-chapters .chapter-list li');
		expect(await chapters.count()).toBeGreaterThan(5);
		const last = await chapters.last().boundingBox();
		expect(last!.y + last!.height).toBeLessThanOrEqual(800);
		for (const id of ['start-new', 'start-research']) {
			const box = await page.locator(`#${id}`).boundingBox();
			expect(box!.y, id).toBeLessThan(800);
		}
		await expect(page.locator('#start-new + ol a').first().getAttribute('href')).resolves.toBe(
			'/chapters/introduction/',
		);
		await page.close();
	});

	test('at 360 px the home page does not scroll sideways and shows the growth chart', async () => {
		const page = await site.browser().newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${site.origin()}/`);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await expect(page.locator('#growth-chart-caption').isVisible()).resolves.toBe(true);
		await page.close();
	});
});
