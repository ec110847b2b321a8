#!/usr/bin/env node
// Screenshots of the comparison page and a formula panel at 390 and 1280 px,
// English and Chinese, for reviewing how shared results read.
//
//   KOLCALC_DIST=dist SCREENS_OUT=/tmp/screens node tests/report_screens.mjs

import fs from 'node:fs';
import path from 'node:path';
import { repo, serveDir, launchChromium } from './support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const out = path.resolve(process.env.SCREENS_OUT ?? path.join(repo, 'tests', 'e2e', 'out', 'report'));
const mix = (b, fs_) => encodeURIComponent(`v=1&cur=EUR&b=${b}&fs=${fs_}&headcap=1`);
const PAGES = {
  'compare-mix': `#/compare?calc=budget-mix&n1=Base&s1=${mix(200000, 20)}&n2=Bigger&s2=${mix(400000, 10)}`,
  'compare-comp': `#/compare?calc=compensation&n1=A&s1=${encodeURIComponent('v=1&q=12000')}&n2=B&s2=${encodeURIComponent('v=1&q=8000&basis=engagement')}`,
  'formulas-comp': '#/compensation',
  'formulas-engagement': '#/engagement',
};
fs.mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchChromium();
try {
  for (const lang of ['en', 'zh']) {
    for (const [name, hash] of Object.entries(PAGES)) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.waitForSelector('main h1');
        await page.waitForTimeout(400);
        const file = path.join(out, `${name}-${lang}-${width}.png`);
        if (name.startsWith('formulas')) {
          await page.locator('section.formulas').screenshot({ path: file });
        } else {
          await page.screenshot({ path: file, fullPage: true });
          // The first screen alone, legible at a glance.
          await page.screenshot({ path: file.replace('.png', '-top.png') });
        }
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
