#!/usr/bin/env node
// Page benchmark of the release build in dist/, against a floor measured in
// the same run (a minimal yew page built with the same profile, see
// tests/bench/floor/), so a slower or faster machine does not hide a
// regression. Measures:
//   - transfer size of each asset and of the whole page: raw, gzip, brotli;
//   - time from navigation to the first calculator being interactive,
//     median of cold loads (and the same for the floor page);
//   - for each calculator, the time from an input event to its results and
//     chart being updated, p50/p95 over many edits, with performance.now()
//     in the page (and the floor's input-to-output time);
//   - the budget optimiser and the 10,000-draw Monte Carlo on their largest
//     inputs, as the budget-mix page records them (data-optimise-ms,
//     data-band-ms on .mix-results);
//   - the native `cargo bench --bench compute` figures, when given.
// Prints a table, writes bench-results/page.json and says whether each
// budget is met: edits, the optimiser and the Monte Carlo. Sizes and load
// times are reported for comparison; their budgets are the phone profile's
// (tests/bench/mobile.mjs).
//
//   node tests/bench/page.mjs
//     KOLCALC_DIST=…           the dist/ to measure (default dist/)
//     KOLCALC_FLOOR_DIST=…     the floor page's dist (built by .ci/bench)
//     KOLCALC_COMPUTE_BENCH=…  a file holding `cargo bench --bench compute`'s output

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';
import { GUARD, GUARD_BUDGETS } from '../support/mix_worst.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const floorDist = process.env.KOLCALC_FLOOR_DIST ? path.resolve(process.env.KOLCALC_FLOOR_DIST) : null;
const computeBench = process.env.KOLCALC_COMPUTE_BENCH ?? null;
const EDITS = 400;
const LOADS = 20;
const MIX_COLD = 7;
const MIX_WARM = 10;
// Size and load time are budgeted where a phone feels them, in
// tests/bench/mobile.mjs (slow 4G, CPU ×4); here they are only reported.
const BUDGET = {
  editP95Ms: 4,
  optimiseMs: 50,
  bandMs: 20,
};

// The budget-mix link whose every tier gives the same value per yuan and no
// budget fills exactly: the optimiser's worst case (as in tests/e2e).
const TIED =
  'b=9999999&vs=0&vm=1.4&fee=0&post=100&fs=20&cpm=30&ss=10&cpc=4&own=10&minseed=30&minrev=3' +
  '&headcap=20&maxshare=100&seed=1&spread=10&obj=eng&head=50000,500000,1,5,8,30,0' +
  '&mid=12000,120000,1,5,8,30,0&tail=2500,25000,1,5,8,30,0&koc=500,5000,1,5,8,30,0&seeding=150,1500,1,5,8,30,0';



/** The calculators and the edit timed on each: a representative input, the
 *  values typed into it in turn, and an output that changes with it. */
const CALCULATORS = [
  {
    name: 'engagement',
    route: '#/engagement?v=1&lang=en&cur=CNY',
    input: '#followers',
    value: (i) => String(20000 + (i % 50) * 131 + (i % 2)),
    output: 'ratio_mean',
  },
  {
    name: 'budget_mix',
    route: '#/budget-mix?v=1&lang=en&cur=CNY',
    input: '#mix-budget',
    value: (i) => String(300000 + (i % 50) * 1000 + (i % 2) * 500),
    output: 'creator_budget',
  },
  {
    name: 'compensation',
    route: '#/compensation?v=1&lang=en&cur=CNY',
    input: '#quote',
    value: (i) => String(8000 + (i % 50) * 37 + (i % 2)),
    output: 'total_flat_platform',
  },
  {
    name: 'timeline',
    route: '#/timeline?v=1&lang=en&cur=CNY&dir=start',
    input: '#tl-sel-1',
    value: (i) => String(5 - (i % 2)),
    output: 'last_live_likely',
  },
  {
    name: 'timeline_backward',
    route: '#/timeline?v=1&lang=en&cur=CNY&dir=target',
    input: '#tl-sel-1',
    value: (i) => String(5 - (i % 2)),
    output: 'latest_start_likely',
  },
];

/** Sizes of the files in `dir`; with `loaded` (the paths the page
 *  requested), the total counts only those, and the rest are listed as
 *  not loaded (files published for other pages, such as embed.js). */
function sizes(dir, loaded = null) {
  const all = fs
    .readdirSync(dir)
    .filter((f) => /\.(html|js|wasm|css|svg)$/.test(f))
    .sort()
    .map((file) => {
      const body = fs.readFileSync(path.join(dir, file));
      return {
        file,
        raw: body.length,
        gzip: zlib.gzipSync(body, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(body).length,
      };
    });
  const rows = loaded ? all.filter((r) => loaded.has(r.file)) : all;
  const unloaded = loaded ? all.filter((r) => !loaded.has(r.file)) : [];
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total, unloaded };
}

function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function summary(sorted) {
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    count: sorted.length,
  };
}

/** Cold loads in fresh contexts; each sample is the time from navigation
 *  start to the first results in the DOM (inputs are live from then on),
 *  stamped inside the page by a MutationObserver. The targets take turns,
 *  load after load, so all of them see the same machine load. */
async function interactiveTimes(browser, targets) {
  const times = targets.map(() => []);
  for (let i = 0; i < LOADS; i++) {
    for (const [t, { url, selector }] of targets.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript((selector) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector(selector)) {
            window.__interactiveAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, selector);
      await page.goto(url);
      await page.waitForSelector(selector);
      times[t].push(await page.evaluate(() => window.__interactiveAt));
      await context.close();
    }
  }
  return times.map((samples) => samples.sort((a, b) => a - b));
}

/** Counts drawing calls on every 2D canvas, so an edit's sample can wait
 *  for the chart to have been redrawn, not only for the figures. */
function countCanvasDraws() {
  window.__draws = 0;
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fillRect', 'clearRect', 'stroke', 'fill', 'fillText']) {
    const original = proto[name];
    proto[name] = function (...args) {
      window.__draws++;
      return original.apply(this, args);
    };
  }
}

/** Types into `input` EDITS times; each sample runs from the input event
 *  until the output has changed in the DOM and (with `chart`) a canvas has
 *  been drawn on since the event. yew renders on the microtask queue and
 *  draws charts in effects of the same pass, so both are seen within a few
 *  microtasks. */
async function editTimes(browser, url, { input, value, output, chart }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(countCanvasDraws);
  await page.goto(url);
  await page.waitForSelector(`output[name="${output}"]`);
  if (chart) await page.waitForFunction(() => window.__draws > 0);
  await page.waitForTimeout(300);
  const samples = await page.evaluate(
    async ({ edits, input, values, output, chart }) => {
      const field = document.querySelector(input);
      if (!field) throw new Error(`no ${input} on the page`);
      const read = () => document.querySelector(`output[name="${output}"]`)?.dataset.value;
      const samples = [];
      for (let i = 0; i < edits; i++) {
        const before = read();
        const draws = window.__draws;
        const t0 = performance.now();
        field.value = values[i];
        field.dispatchEvent(new InputEvent('input', { bubbles: true }));
        let waits = 0;
        while (read() === before || (chart && window.__draws === draws)) {
          if (waits++ < 100) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
          if (waits > 300) {
            throw new Error(
              `edit ${i} (${input} = ${values[i]}): ` +
                (read() === before ? `${output} stayed ${before}` : 'no chart redrawn'),
            );
          }
        }
        samples.push(performance.now() - t0);
        // Let the browser paint between edits, as between keystrokes.
        if (i % 10 === 9) await new Promise((r) => requestAnimationFrame(r));
      }
      return samples.sort((a, b) => a - b);
    },
    { edits: EDITS, input, values: Array.from({ length: EDITS }, (_, i) => value(i)), output, chart },
  );
  await page.close();
  return samples;
}

/** The optimiser's and the Monte Carlo's own times (ms, performance.now in
 *  the page, as it records them on .mix-results) on a budget-mix link:
 *  cold, the first computation of MIX_COLD freshly loaded pages (the wasm
 *  still runs in Chromium's baseline tier: what opening the link costs),
 *  then warm, after each of MIX_WARM re-typed budgets alternating between
 *  two values on the last page. The budgets are checked on the cold median. */
async function mixTimes(browser, url, budgets) {
  const read = (page) =>
    page.evaluate(() => {
      const results = document.querySelector('.mix-results');
      return {
        status: document.querySelector('output[name="opt_status"]')?.dataset.value,
        budget: document.querySelector('output[name="creator_budget"]')?.dataset.value,
        optimise: Number(results?.dataset.optimiseMs),
        band: Number(results?.dataset.bandMs),
      };
    });
  const settled = async (page, previous) => {
    await page.waitForFunction((previous) => {
      const status = document.querySelector('output[name="opt_status"]')?.dataset.value;
      const budget = document.querySelector('output[name="creator_budget"]')?.dataset.value;
      return document.querySelector('.mix-results') && status !== undefined && budget !== previous;
    }, previous);
    return read(page);
  };
  const cold = [];
  const warm = [];
  for (let i = 0; i < MIX_COLD; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    cold.push(await settled(page, undefined));
    if (i === MIX_COLD - 1) {
      for (let j = 0; j < MIX_WARM; j++) {
        const previous = (warm[warm.length - 1] ?? cold[cold.length - 1]).budget;
        await page.evaluate((budget) => {
          const field = document.querySelector('#mix-budget');
          field.value = budget;
          field.dispatchEvent(new InputEvent('input', { bubbles: true }));
        }, budgets[j % budgets.length]);
        warm.push(await settled(page, previous));
      }
    }
    await context.close();
  }
  const stats = (runs, key) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return { median: quantile(sorted, 0.5), max: sorted[sorted.length - 1], samples: runs.map((r) => r[key]) };
  };
  return {
    status: cold[0].status,
    cold: { optimise_ms: stats(cold, 'optimise'), band_ms: stats(cold, 'band') },
    warm: { optimise_ms: stats(warm, 'optimise'), band_ms: stats(warm, 'band'), statuses: warm.map((r) => r.status) },
  };
}

/** `cargo bench --bench compute` prints one line per case:
 *  "<name>   median <ms> ms   p95 <ms> ms". */
function parseComputeBench(file) {
  if (!file || !fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const cases = [];
  for (const line of lines) {
    const m = line.match(/^(.*?)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms\s*$/);
    if (m) cases.push({ name: m[1].trim(), median_ms: Number(m[2]), p95_ms: Number(m[3]) });
  }
  return cases;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(2));

// The files each page requests on a cold load (the interactive-time loads
// below); the page's transfer size is theirs.
const requested = { page: new Set(), floor: new Set() };
const record = (set) => ({ path: p, status }) => {
  if (status === 200) set.add(p.replace(/^\//, '') || 'index.html');
};
const server = await serveDir(dist, record(requested.page));
const floorServer = floorDist ? await serveDir(floorDist, record(requested.floor)) : null;
const browser = await launchChromium();
let result;
try {
  const targets = [{ url: `${server.url}#/engagement`, selector: 'output[name="ratio_mean"]' }];
  if (floorServer) targets.push({ url: floorServer.url, selector: 'output[name="floor"]' });
  const [interactive, floorInteractive] = await interactiveTimes(browser, targets);
  const page = sizes(dist, requested.page);
  const floor = floorDist ? sizes(floorDist, requested.floor) : null;

  const edits = {};
  for (const calc of CALCULATORS) {
    edits[calc.name] = summary(await editTimes(browser, `${server.url}${calc.route}`, { ...calc, chart: true }));
  }
  const floorEdits = floorServer
    ? summary(
        await editTimes(browser, floorServer.url, {
          input: '#floor-input',
          value: (i) => String(20000 + (i % 50) * 131 + (i % 2)),
          output: 'floor',
          chart: false,
        }),
      )
    : null;

  const mixUrl = (query) => `${server.url}#/budget-mix?v=1&lang=en&cur=CNY&${query}`;
  const mix = {
    largest: await mixTimes(browser, mixUrl('b=10000000'), ['9999999', '10000000']),
    tied: await mixTimes(browser, mixUrl(TIED), ['9999998', '9999999']),
    guard: await mixTimes(browser, mixUrl(GUARD), GUARD_BUDGETS),
  };

  const compute = parseComputeBench(computeBench);

  result = {
    sizes: page.rows,
    total: page.total,
    not_loaded: page.unloaded,
    floor: floor
      ? {
          sizes: floor.rows,
          total: floor.total,
          interactive_ms: { median: quantile(floorInteractive, 0.5), samples: floorInteractive },
          edit_ms: floorEdits,
        }
      : null,
    interactive_ms: { median: quantile(interactive, 0.5), samples: interactive },
    edit_ms: edits,
    mix_ms: mix,
    compute_bench: compute,
    machine: { cpus: os.cpus().length, loadavg_1m: +os.loadavg()[0].toFixed(2), chromium: browser.version() },
  };

  const budgets = {};
  for (const [name, e] of Object.entries(edits)) {
    budgets[`edit_p95_${name}`] = { limit_ms: BUDGET.editP95Ms, value_ms: e.p95, met: e.p95 <= BUDGET.editP95Ms };
  }
  for (const [name, m] of Object.entries(mix)) {
    const optimise = m.cold.optimise_ms.median;
    const band = m.cold.band_ms.median;
    budgets[`optimiser_${name}`] = { limit_ms: BUDGET.optimiseMs, value_ms: optimise, met: optimise <= BUDGET.optimiseMs };
    budgets[`monte_carlo_${name}`] = { limit_ms: BUDGET.bandMs, value_ms: band, met: band <= BUDGET.bandMs };
  }
  result.budgets = budgets;

  // The table.
  const line = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
  const sizeWidths = [48, 9, 9, 10];
  console.log(line(['asset', 'raw KB', 'gzip KB', 'brotli KB'], sizeWidths));
  for (const r of [...page.rows, { file: 'total (whole page)', ...page.total }]) {
    console.log(line([r.file, kb(r.raw), kb(r.gzip), kb(r.brotli)], sizeWidths));
  }
  for (const r of page.unloaded) {
    console.log(line([`(not loaded by the page) ${r.file}`, kb(r.raw), kb(r.gzip), kb(r.brotli)], sizeWidths));
  }
  if (floor) {
    for (const r of [...floor.rows, { file: 'total', ...floor.total }]) {
      console.log(line([`floor: ${r.file}`, kb(r.raw), kb(r.gzip), kb(r.brotli)], sizeWidths));
    }
  }
  console.log();
  const timeWidths = [44, 9, 9, 9, 7];
  console.log(line(['time (ms, in Chromium)', 'p50', 'p95', 'max', 'n'], timeWidths));
  console.log(line(['first calculator interactive (median)', ms(result.interactive_ms.median), '', ms(interactive[interactive.length - 1]), LOADS], timeWidths));
  if (floor) {
    console.log(line(['floor page interactive (median)', ms(result.floor.interactive_ms.median), '', ms(floorInteractive[floorInteractive.length - 1]), LOADS], timeWidths));
  }
  for (const [name, e] of Object.entries(edits)) {
    console.log(line([`edit → results + chart: ${name}`, ms(e.p50), ms(e.p95), ms(e.max), e.count], timeWidths));
  }
  if (floorEdits) {
    console.log(line(['edit → output: floor page', ms(floorEdits.p50), ms(floorEdits.p95), ms(floorEdits.max), floorEdits.count], timeWidths));
  }
  for (const [name, m] of Object.entries(mix)) {
    for (const phase of ['cold', 'warm']) {
      const o = m[phase].optimise_ms;
      const b = m[phase].band_ms;
      console.log(line([`optimiser, ${name}, ${phase} (${phase === 'cold' ? m.status : 'median'})`, ms(o.median), '', ms(o.max), o.samples.length], timeWidths));
      console.log(line([`Monte Carlo 10,000 draws, ${name}, ${phase}`, ms(b.median), '', ms(b.max), b.samples.length], timeWidths));
    }
  }
  if (result.machine.loadavg_1m > result.machine.cpus) {
    console.log(`(machine busy: load average ${result.machine.loadavg_1m} on ${result.machine.cpus} CPUs; tail times are inflated)`);
  }
  if (compute) {
    console.log();
    console.log(line(['native cargo bench --bench compute (ms)', 'median', 'p95'], [44, 9, 9]));
    for (const c of compute) console.log(line([c.name, c.median_ms.toFixed(4), c.p95_ms.toFixed(4)], [44, 9, 9]));
  }
  console.log();
  for (const [name, b] of Object.entries(budgets)) {
    console.log(`budget ${name}: ${b.met ? 'met' : 'MISSED'} (${b.value_ms.toFixed(2)} ms against ${b.limit_ms} ms)`);
  }
  fs.mkdirSync(path.join(repo, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'bench-results', 'page.json'), JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
  if (floorServer) await floorServer.close();
}
