#!/usr/bin/env node
// Accessibility of every page in both languages, checked by axe-core in
// Chromium against WCAG 2.1 levels A and AA. Any violation fails; each is
// printed with the elements it concerns.
//
//   node tests/e2e/accessibility.mjs      (KOLCALC_DIST=… to check another dist/)

import fs from 'node:fs';
import path from 'node:path';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const axeSource = fs.readFileSync(path.join(repo, '.ci', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// The engagement page also with pasted comments and a link notice showing;
// a comparison; an embedded page.
const ROUTES = [
  '#/',
  '#/engagement',
  '#/engagement?cm=%E7%BB%9D%E4%BA%86%0A%E7%BB%9D%E4%BA%86%0Aso%20good&zzz=1',
  '#/budget-mix',
  '#/compensation',
  '#/timeline',
  // Two saved timeline scenarios side by side.
  '#/compare?calc=timeline&n1=A&s1=v%3D1%26s%3D2026-03-02&n2=B&s2=v%3D1%26s%3D2026-09-22%26rounds%3D2',
  '#/timeline?embed=1',
];
// Every page at desktop and phone widths in the light theme, and at
// desktop width in the dark theme.
const RUNS = [
  { width: 1280, colorScheme: 'light' },
  { width: 390, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
];

let passed = 0;
let failed = 0;
const server = await serveDir(dist);
const browser = await launchChromium();
/** Runs axe on the page; resolves to its violations, briefly described. */
async function violationsOf(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

try {
  {
    // The harness itself: an unlabeled field must be caught.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/engagement`);
    await page.waitForSelector('main h1');
    await page.evaluate(() => document.querySelector('main').append(document.createElement('input')));
    const found = (await violationsOf(page)).some((v) => v.id === 'label');
    passed += found ? 1 : 0;
    failed += found ? 0 : 1;
    console.log(`${found ? 'ok  ' : 'FAIL'} 1 - axe reports an unlabeled field (the check can fail)`);
    await context.close();
  }
  for (const { width, colorScheme } of RUNS) {
    // bypassCSP lets the test inject axe; the app itself runs as served.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, colorScheme });
    for (const lang of ['en', 'zh']) {
      for (const route of ROUTES) {
        const page = await context.newPage();
        const url = `${server.url}${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;
        await page.goto(url);
        await page.waitForSelector('main h1');
        await page.waitForTimeout(300);
        const violations = await violationsOf(page);
        const name = `${route} ${lang} at ${width}px, ${colorScheme}: no WCAG 2.1 A/AA violation`;
        if (violations.length === 0) {
          passed += 1;
          console.log(`ok   ${passed + failed} - ${name}`);
        } else {
          failed += 1;
          console.log(`FAIL ${passed + failed} - ${name}`);
          for (const v of violations) console.log(`     ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
        }
        await page.close();
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
