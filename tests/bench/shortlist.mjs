#!/usr/bin/env node
// The shortlist in the release build, in headless Chromium: a 500-row
// proposal sheet pasted (the time from the click on "Read" until the
// results are in the DOM and a frame has been painted, measured in the
// page), then the optimiser's own time as the page records it
// (data-optimise-ms on .sl-results) at several budgets with ten mid
// reviews and two heads, each typed into the budget field. Prints a table
// and writes bench-results/shortlist.json.
//
//   node tests/bench/shortlist.mjs      (KOLCALC_DIST=… for another dist/)

import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const PASTES = Number(process.env.KOLCALC_PASTES ?? 3);
const BUDGETS = ['1000000', '2000000', '3000000', '500000', '300000'];

/** The e2e script's seeded sheet (tests/e2e/shortlist.mjs), 500 rows. */
function sheet(rows = 500, seed = 7) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const lines = [['达人昵称', '粉丝数', '图文报价', '平均点赞', '平均收藏', '平均评论', '平均分享'].join('\t')];
  for (let i = 0; i < rows; i += 1) {
    const followers = Math.round(3000 + next() * 300000);
    const ratio = 0.008 + next() * 0.07;
    const likes = Math.round(followers * ratio * 0.65);
    const saves = Math.round(followers * ratio * 0.35);
    const quote = Math.round(followers * (0.05 + next() * 0.1));
    lines.push([`达人${i + 1}`, `${(followers / 10000).toFixed(2)}万`, `¥${quote.toLocaleString('en-US')}`, likes, saves,
      Math.round(likes * 0.08), Math.round(likes * 0.03)].join('\t'));
  }
  return lines.join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const server = await serveDir(dist);
const browser = await launchChromium();
const result = { pastes_ms: [], optimiser: {} };
try {
  for (let i = 0; i < PASTES; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/shortlist?v=1&lang=en&cur=CNY&b=1000000&minrev=10&headcap=2`);
    await page.waitForSelector('output[name="opt_status"]');
    await page.locator('#sl-paste').fill(sheet());
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('#sl-read').click();
      // Until the results of the new list are in (all 500 rows rendered,
      // or the results say they hold 500 creators), then for a paint.
      while (!document.querySelector('output[name="c500_tier"]')
        && document.querySelector('.sl-results')?.dataset.rows !== '500') {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    });
    result.pastes_ms.push(ms);
    if (i === PASTES - 1) {
      for (const budget of BUDGETS) {
        const before = await page.evaluate(() => document.querySelector('output[name="pick_cost"]')?.dataset.value);
        await page.locator('#sl-budget').fill(budget);
        await page.waitForFunction(
          ([before]) => document.querySelector('output[name="pick_cost"]')?.dataset.value !== before
            && document.querySelector('#sl-results')?.dataset.state !== 'stale',
          [before],
        ).catch(() => {});
        result.optimiser[budget] = await page.evaluate(() => ({
          ms: Number(document.querySelector('.sl-results')?.dataset.optimiseMs),
          status: document.querySelector('output[name="opt_status"]')?.dataset.value,
          picked: document.querySelector('output[name="pick_count"]')?.dataset.value,
        }));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
result.paste_median_ms = median(result.pastes_ms);
result.machine = { cpus: os.cpus().length, loadavg_1m: +os.loadavg()[0].toFixed(2) };
console.log(`shortlist, 500-row paste → results painted: median ${result.paste_median_ms.toFixed(0)} ms (${result.pastes_ms.map((x) => x.toFixed(0)).join(', ')})`);
for (const [budget, o] of Object.entries(result.optimiser)) {
  console.log(`shortlist optimiser, 500 creators, ¥${budget}: ${o.ms.toFixed(2)} ms (${o.status}, ${o.picked} picked)`);
}
console.log(`(load average ${result.machine.loadavg_1m} on ${result.machine.cpus} CPUs)`);
fs.mkdirSync(path.join(repo, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench-results', 'shortlist.json'), JSON.stringify(result, null, 2));
