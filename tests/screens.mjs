#!/usr/bin/env node
// Regenerates screenshots of every page at 360, 390, 768 and 1280 px wide and
// inside a 400 px embed, in English and Chinese, and says whether any page
// scrolls sideways. Build first (`trunk build --release`), then:
//
//   node tests/screens.mjs            (KOLCALC_DIST=… for another dist/)
//
// Writes tests/e2e/out/screens/<page>-<lang>-<width>.png (full page).

import fs from 'node:fs';
import path from 'node:path';
import { repo, serveDir, launchChromium } from './support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const out = path.join(repo, 'tests', 'e2e', 'out', 'screens');
const PAGES = {
  home: '#/',
  engagement: '#/engagement',
  'budget-mix': '#/budget-mix',
  compensation: '#/compensation',
  timeline: '#/timeline?s=2026-09-22',
  shortlist: '#/shortlist',
  compare: '#/compare?calc=timeline&n1=A&s1=v%3D1%26s%3D2026-03-02&n2=B&s2=v%3D1%26s%3D2026-09-22',
};
const WIDTHS = [360, 390, 768, 1280];

fs.mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchChromium();
let overflowing = 0;
try {
  for (const lang of ['en', 'zh']) {
    for (const [name, hash] of Object.entries(PAGES)) {
      const shots = [...WIDTHS.map((w) => [w, hash]), ...(name === 'home' || name === 'compare' ? [] : [[400, `${hash}${hash.includes('?') ? '&' : '?'}embed=1`]])];
      for (const [width, route] of shots) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.waitForSelector('main h1');
        await page.waitForTimeout(400);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        const file = `${name}-${lang}-${route.includes('embed=1') ? 'embed' : ''}${width}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage: true });
        if (sideways > 0) overflowing += 1;
        console.log(`${sideways > 0 ? 'WIDE' : 'ok  '} ${file}${sideways > 0 ? ` scrolls sideways by ${sideways}px` : ''}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${overflowing} page(s) wider than the screen; screenshots in ${path.relative(process.cwd(), out)}`);
process.exitCode = overflowing === 0 ? 0 : 1;
