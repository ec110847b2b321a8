#!/usr/bin/env node
// What a marketer on a phone feels, on Lighthouse's mobile profile: slow 4G
// (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, through CDP
// Network.emulateNetworkConditions) and the CPU slowed 4×
// (Emulation.setCPUThrottlingRate), cold cache, median of 3 loads, the
// release dist/ served with gzip only, as a static host such as GitHub
// Pages does (tests/support/static.mjs; Chromium would take brotli, even
// from 127.0.0.1, and a brotli host's figures would flatter most hosts). For every page (home and each calculator,
// found from the home page's navigation), a published scenario link, and
// the floor (a minimal yew page, tests/bench/floor/, built by .ci/bench in
// the same run). The scenario link is measured in both forms: at its page's
// address, as the app writes links, and at the root (`#/budget-mix?…`), as
// links were published before pages had addresses, which first opens the
// home page's document and goes on from there (src/early.js):
//   - first contentful paint;
//   - first result shown (the first non-empty <output>, prerendered or not);
//   - interactive: <html data-ready> (the floor: its output rendered);
//   - settled: when the main thread's last long task (> 50 ms) after that
//     ends, with a second without one: the app's layout and its charts,
//     which are drawn after it is ready, are done;
//   - repeat visit with the service worker: interactive;
//   - each page's size, gzip -9, of everything it loads.
// Prints a table beside the budgets and writes bench-results/mobile.json.
// The CPU is slowed 4× on top of whatever else the machine is doing: run it
// on an idle machine. It samples how busy the CPUs are before it starts and
// says so when another process was using them.
//
//   KOLCALC_DIST=… KOLCALC_FLOOR_DIST=… node tests/bench/mobile.mjs

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';

const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const floorDist = process.env.KOLCALC_FLOOR_DIST ? path.resolve(process.env.KOLCALC_FLOOR_DIST) : null;
const LOADS = 5;
const BUDGET = { fcpMs: 1000, interactiveMs: 2500, repeatMs: 600, pageGzipKb: 320 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
// Lighthouse's simulated slow 4G applies a 0.9 factor to its throughput too.
const CPU_SLOWDOWN = 4;

// Records, in the page's own clock, when the first result shows and when
// the page is interactive. A published link at another page's address opens
// its own page's document (src/early.js): times count from the first
// document's start, which the tab's session storage keeps.
const PROBE = `
(() => {
  const key = 'kolcalc.bench.origin';
  const origin = Number(sessionStorage.getItem(key)) || performance.timeOrigin;
  sessionStorage.setItem(key, String(origin));
  window.__shift = performance.timeOrigin - origin;
  const seen = () => {
    const now = performance.now();
    if (window.__firstResult === undefined) {
      for (const o of document.querySelectorAll('output')) {
        if ((o.getAttribute('data-value') ?? o.textContent) !== '' && getComputedStyle(o).visibility !== 'hidden') {
          window.__firstResult = now;
          break;
        }
      }
    }
    if (window.__ready === undefined && (document.documentElement.hasAttribute('data-ready') || document.querySelector('output[name="floor"]'))) {
      window.__ready = now;
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
  window.__lastLongTask = 0;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__lastLongTask = Math.max(window.__lastLongTask, task.startTime + task.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', seen);
})();
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** Waits until `expression` is true in the page, asking through the CDP
 *  session: Playwright's own waits would first evaluate its injected script
 *  (hundreds of KB) in the page, on the main thread, while it loads; at a
 *  quarter speed that adds over 0.1 s to what is measured. */
async function until(cdp, expression, timeoutMs, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Fails while a document is being replaced (a link sent on to its page): ask again.
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    if (answer?.result?.value === true) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function measure(page, cdp, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await until(cdp, 'window.__ready !== undefined', 120_000);
  // The paint entry arrives after the paint: give it a moment.
  await until(cdp, "performance.getEntriesByName('first-contentful-paint').length > 0", 20_000);
  // Settled: a second with no long task.
  await until(cdp, 'performance.now() - Math.max(window.__ready, window.__lastLongTask) > 1000', 60_000, 100);
  return page.evaluate(() => ({
    settled: Math.max(window.__ready, window.__lastLongTask) + window.__shift,
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime + window.__shift,
    firstResult: window.__firstResult === undefined ? null : window.__firstResult + window.__shift,
    ready: window.__ready + window.__shift,
  }));
}

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    return await measure(page, await throttle(page), url);
  } finally {
    await context.close();
  }
}

async function repeatVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The measured visit starts its own clock.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank');
    const result = await measure(page, await throttle(page), url);
    result.controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    return result;
  } finally {
    await context.close();
  }
}

/** Everything a page loads (its HTML and the files it names), gzip -9. */
function pageGzipKb(dir, pagePath) {
  const file = path.join(dir, pagePath, 'index.html');
  const html = fs.readFileSync(file);
  let total = zlib.gzipSync(html, { level: 9 }).length;
  const named = new Set([...html.toString().matchAll(/(?:href|src|data-bindings|data-module)="(\.{1,2}\/[^"#]+)"/g)].map((m) => path.resolve(path.dirname(file), m[1])));
  for (const asset of named) {
    if (fs.existsSync(asset) && fs.statSync(asset).isFile()) total += zlib.gzipSync(fs.readFileSync(asset), { level: 9 }).length;
  }
  return total / 1024;
}

function firstPublishedLink() {
  const text = fs.readFileSync(path.join(repo, 'tests', 'fixtures', 'budget_mix_links.txt'), 'utf8');
  return text.split('\n').find((l) => l.startsWith('link:')).slice(5).trim();
}

/** The share of the machine's CPU time spent busy over `ms`. */
async function busyShare(ms) {
  const total = () => os.cpus().reduce((sum, cpu) => {
    const t = cpu.times;
    return { busy: sum.busy + t.user + t.nice + t.sys + t.irq, all: sum.all + t.user + t.nice + t.sys + t.irq + t.idle };
  }, { busy: 0, all: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  return (after.busy - before.busy) / Math.max(1, after.all - before.all);
}
const busyBefore = await busyShare(3000);

const HOST = { encodings: ['gzip'] };
const server = await serveDir(dist, () => {}, HOST);
const floorServer = floorDist ? await serveDir(floorDist, () => {}, HOST) : null;
const browser = await launchChromium();
const rows = [];
try {
  const probe = await browser.newPage();
  await probe.goto(server.url);
  await probe.waitForSelector('html[data-ready]');
  const paths = await probe.$$eval('header nav a', (links) => links.map((a) => new URL(a.href).pathname));
  await probe.close();
  const targets = [
    { name: 'home', url: server.url, pagePath: '/' },
    ...paths.map((p) => ({ name: p.slice(1, -1), url: `${server.origin}${p}`, pagePath: p })),
    { name: 'budget-mix link', url: `${server.origin}/budget-mix/#${firstPublishedLink()}`, pagePath: '/budget-mix/' },
    { name: 'budget-mix link at the root (published form)', url: `${server.url}#/budget-mix?${firstPublishedLink()}`, pagePath: '/budget-mix/' },
  ];
  if (floorServer) targets.push({ name: 'floor (minimal yew page)', url: floorServer.url, pagePath: '/', floor: true });
  const runs = new Map(targets.map((t) => [t, []]));
  // Taking turns, so a burst of load on the shared machine hits all alike.
  for (let i = 0; i < LOADS; i += 1) {
    for (const target of targets) runs.get(target).push(await coldLoad(browser, target.url));
  }
  for (const target of targets) {
    const loads = runs.get(target);
    const row = {
      page: target.name,
      fcpMs: median(loads.map((l) => l.fcp)),
      // Shown: in the document, not hidden, and painted (no earlier than the first paint).
      firstResultMs: loads.every((l) => l.firstResult !== null) ? median(loads.map((l) => Math.max(l.firstResult, l.fcp))) : null,
      readyMs: median(loads.map((l) => l.ready)),
      settledMs: median(loads.map((l) => l.settled)),
      gzipKb: pageGzipKb(target.floor ? floorDist : dist, target.pagePath),
      loads,
    };
    if (!target.floor) {
      const repeats = [];
      for (let i = 0; i < LOADS; i += 1) repeats.push(await repeatVisit(browser, target.url));
      row.repeatReadyMs = median(repeats.map((r) => r.ready));
      row.repeats = repeats;
      row.repeatControlled = repeats.every((r) => r.controlled);
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  await server.close();
  await floorServer?.close();
}

const floor = rows.find((r) => r.page.startsWith('floor'));
const fmt = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
/** The spread of a median's loads: `(fastest–slowest)`. */
const range = (values) => `(${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)})`;
console.log(`\nmobile profile: slow 4G (1.6 Mbit/s, 150 ms RTT), CPU ×${CPU_SLOWDOWN}, gzip host, cold cache, median of ${LOADS}; ${os.cpus().length} cores, ${Math.round(busyBefore * 100)}% busy before the run`);
if (busyBefore > 0.25) console.log('warning: another process was using the CPU before the run; times measured beside it are longer than a phone\'s');
console.log('| page | first contentful paint | first result shown | interactive (data-ready), median (range) | settled (last long task) | repeat visit (service worker), median (range) | gzip |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const repeat = r.repeats === undefined ? '–' : `${fmt(r.repeatReadyMs)} ${range(r.repeats.map((l) => l.ready))}${r.repeatControlled ? '' : ' (not controlled)'}`;
  console.log(`| ${r.page} | ${fmt(r.fcpMs)} | ${fmt(r.firstResultMs)} | ${fmt(r.readyMs)} ${range(r.loads.map((l) => l.ready))} | ${fmt(r.settledMs)} | ${repeat} | ${r.gzipKb.toFixed(1)} KB |`);
}
const pages = rows.filter((r) => !r.page.startsWith('floor'));
const worst = (key) => Math.max(...pages.map((r) => r[key]));
/** Met, or missed by the rows named. */
const verdictFor = (key, limit) => {
  const missed = pages.filter((r) => r[key] > limit).map((r) => r.page);
  return missed.length === 0 ? 'met' : `missed: ${missed.join(', ')}`;
};
console.log('\n| budget | limit | measured | |');
console.log('| --- | --- | --- | --- |');
console.log(`| first contentful paint, every page | ${fmt(BUDGET.fcpMs)} | ${fmt(worst('fcpMs'))} | ${verdictFor('fcpMs', BUDGET.fcpMs)} |`);
if (floor) console.log(`| first contentful paint vs the floor | ≤ ${fmt(floor.fcpMs)} | ${fmt(worst('fcpMs'))} | ${verdictFor('fcpMs', floor.fcpMs)} |`);
console.log(`| interactive, every page and both links | ${fmt(BUDGET.interactiveMs)} | ${fmt(worst('readyMs'))} | ${verdictFor('readyMs', BUDGET.interactiveMs)} |`);
console.log(`| repeat visit interactive | ${fmt(BUDGET.repeatMs)} | ${fmt(worst('repeatReadyMs'))} | ${verdictFor('repeatReadyMs', BUDGET.repeatMs)} |`);
console.log(`| largest page, gzip | ${BUDGET.pageGzipKb} KB | ${worst('gzipKb').toFixed(1)} KB | ${verdictFor('gzipKb', BUDGET.pageGzipKb)} |`);
fs.mkdirSync(path.join(repo, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench-results', 'mobile.json'), JSON.stringify({ budget: BUDGET, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, busyBefore, load: os.loadavg(), rows }, null, 2));
