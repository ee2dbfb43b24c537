import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { applicability, type Profile } from '../../src/lib/catalog/threat-model.ts';
import type { SelectorClientData } from '../../src/lib/catalog/threat-model-data.ts';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';
import { dist } from '../support/dist.ts';

const site = useBuiltSite();
const data = JSON.parse(
	readFileSync(join(dist, 'data/threat-model.json'), 'utf8'),
) as SelectorClientData;

/** The ids the verdict lists under a heading that starts with `title`. */
const listed = (page: Page, title: string) =>
	page.$$eval(
		'#threat-lists section, #threat-lists details',
		(sections, wanted) =>
			sections
				.filter((section) =>
					(section.querySelector('h3, summary')?.textContent ?? '').startsWith(wanted),
				)
				.flatMap((section) =>
					[...section.querySelectorAll('li')].map((item) => item.dataset['id'] ?? ''),
				),
		title,
	);

/** Attack ids the matching rule gives for a profile. */
const expected = (profile: Profile, status: 'applies' | 'one-more') =>
	data.attacks
		.filter((attack) => applicability(attack.sets, profile).status === status)
		.map((attack) => attack.id);

describe.skipIf(!hasBrowser)('the threat-model selector in a browser', () => {
	test('ticking a split-inference profile lists the attacks that apply, and the URL keeps it', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/threat-model/`);
		await page.locator('input[name="observes"][value="features"]').check();
		await page.locator('input[name="train"]').check();
		await page.locator('input[name="data"][value="same-distribution-public-data"]').check();
		await page.locator('#threat-lists li').first().waitFor();
		const profile: Profile = {
			observes: ['features'],
			knows: [],
			brings: 'same-distribution-public-data',
			canTrain: true,
			maliciousServer: false,
		};
		const applies = await listed(page, 'Attacks that apply');
		expect(applies.length).toBeGreaterThan(0);
		expect(applies.toSorted()).toEqual(expected(profile, 'applies').toSorted());
		// He et al.'s black-box inverse network needs exactly this; its white-box variant needs weights.
		expect(applies).toContain('he2019-collaborative-inference');
		expect(applies).not.toContain('yuan2023-plgmi');
		expect((await listed(page, 'One assumption away')).toSorted()).toEqual(
			expected(profile, 'one-more').toSorted(),
		);
		expect(new URL(page.url()).search).toBe(
			'?observes=features&data=same-distribution-public-data&train=1',
		);
		// A features-only record leaves the weights open, and the verdict says so.
		const note = await page
			.locator('#threat-lists li[data-id="he2019-collaborative-inference"] .threat-note')
			.textContent();
		expect(note).toContain('whether it also needs the model weights');
		await page.close();
	});

	test('a shared URL restores the profile and its verdict, and clearing empties both', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/threat-model/?observes=weights&knows=target-label`);
		await page.locator('#threat-lists li').first().waitFor();
		expect(await page.locator('input[name="observes"][value="weights"]').isChecked()).toBe(true);
		expect(await page.locator('input[name="knows"][value="target-label"]').isChecked()).toBe(true);
		const profile: Profile = {
			observes: ['weights'],
			knows: ['target-label'],
			brings: 'none',
			canTrain: false,
			maliciousServer: false,
		};
		expect((await listed(page, 'Attacks that apply')).toSorted()).toEqual(
			expected(profile, 'applies').toSorted(),
		);
		await page.locator('button[type="reset"]').click();
		await page.waitForFunction(() => !document.querySelector('#threat-lists li'));
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('#threat-summary').textContent()).toContain('Tick at least one');
		await page.close();
	});
});
