import { chromium } from 'playwright-core';
const [,, path, out, width = '1280', scheme = 'light', selector = '', ] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme });
await page.goto(`http://localhost:4399${path}`);
if (selector) await page.evaluate((s) => document.querySelector(s).scrollIntoView(), selector);
await page.screenshot({ path: out });
await browser.close();
