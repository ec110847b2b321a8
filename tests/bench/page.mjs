#!/usr/bin/env node
// Page benchmark of the release build in dist/: transfer sizes (raw, gzip,
// brotli), time to the first calculator being interactive, and the time
// from an edit to updated results and chart (p50/p95 over many edits),
// measured in the page with performance.now(). Prints a table, writes
// bench-results/page.json, and says whether each budget is met.
//
//   node tests/bench/page.mjs        (KOLCALC_DIST=… to measure another dist/)

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const EDITS = 400;
const LOADS = 10;
const BUDGET = { pageGzipKb: 150, editP95Ms: 4 };

function sizes() {
  const rows = fs
    .readdirSync(dist)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f))
    .map((file) => {
      const body = fs.readFileSync(path.join(dist, file));
      return {
        file,
        raw: body.length,
        gzip: zlib.gzipSync(body, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(body).length,
      };
    });
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Cold loads in fresh contexts; each sample is the time from navigation
 *  start to the first results in the DOM (inputs are live from then on),
 *  stamped inside the page by a MutationObserver. */
async function interactiveTimes(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('output[name="ratio_mean"]')) {
          window.__interactiveAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${url}#/engagement`);
    await page.waitForSelector('output[name="ratio_mean"]');
    times.push(await page.evaluate(() => window.__interactiveAt));
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

/** Types into the followers field EDITS times; each sample runs from the
 *  input event until the result has changed in the DOM. yew renders on the
 *  microtask queue and draws the chart in an effect of the same pass, so
 *  when the new figure is visible the chart has been redrawn too. */
async function editTimes(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}#/engagement`);
  await page.waitForSelector('canvas');
  await page.waitForTimeout(300);
  return page.evaluate(async (edits) => {
    const input = document.getElementById('followers');
    const output = () => document.querySelector('output[name="ratio_mean"]').dataset.value;
    const canvas = document.querySelector('canvas');
    const samples = [];
    for (let i = 0; i < edits; i++) {
      const value = String(20000 + (i % 50) * 131 + (i % 2));
      const before = output();
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      let waits = 0;
      while (output() === before) {
        if (waits++ < 100) await Promise.resolve();
        else await new Promise((r) => setTimeout(r, 0));
        if (waits > 200) throw new Error(`edit ${i} never reached the results`);
      }
      samples.push(performance.now() - t0);
      if (canvas.width === 0) throw new Error('chart not drawn');
      // Let the browser paint between edits, as between keystrokes.
      if (i % 10 === 9) await new Promise((r) => requestAnimationFrame(r));
    }
    return samples.sort((a, b) => a - b);
  }, EDITS);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const { rows, total } = sizes();
const server = await serveDir(dist);
const browser = await launchChromium();
try {
  const interactive = await interactiveTimes(browser, server.url);
  const edits = await editTimes(browser, server.url);
  const result = {
    sizes: rows,
    total,
    interactive_ms: { median: quantile(interactive, 0.5), samples: interactive },
    edit_ms: { p50: quantile(edits, 0.5), p95: quantile(edits, 0.95), max: edits[edits.length - 1], count: edits.length },
  };
  result.budgets = {
    page_gzip: { limit_kb: BUDGET.pageGzipKb, value_kb: +kb(total.gzip), met: total.gzip <= BUDGET.pageGzipKb * 1024 },
    edit_p95: { limit_ms: BUDGET.editP95Ms, value_ms: result.edit_ms.p95, met: result.edit_ms.p95 <= BUDGET.editP95Ms },
  };

  console.log('asset'.padEnd(40), 'raw KB'.padStart(9), 'gzip KB'.padStart(9), 'brotli KB'.padStart(10));
  for (const r of [...rows, { file: 'total', ...total }]) {
    console.log(r.file.padEnd(40), kb(r.raw).padStart(9), kb(r.gzip).padStart(9), kb(r.brotli).padStart(10));
  }
  console.log(`first calculator interactive: median ${result.interactive_ms.median.toFixed(1)} ms over ${LOADS} cold loads`);
  console.log(`edit to results and chart: p50 ${result.edit_ms.p50.toFixed(2)} ms, p95 ${result.edit_ms.p95.toFixed(2)} ms over ${edits.length} edits`);
  for (const [name, b] of Object.entries(result.budgets)) {
    console.log(`budget ${name}: ${b.met ? 'met' : 'MISSED'} (${b.value_kb ?? b.value_ms.toFixed(2)} against ${b.limit_kb ?? b.limit_ms})`);
  }
  fs.mkdirSync(path.join(repo, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'bench-results', 'page.json'), JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
