// The harness every end-to-end script shares: one line per check, the
// closing `N passed, M failed` line, waiting helpers, and the watchers that
// collect console errors and requests to other origins. Exported `let`s are
// live bindings: scripts read `passed`, `failed` and `base` as they change.

import path from 'node:path';
import { repo } from './browser.mjs';

/** The release build the scripts test (KOLCALC_DIST=… for another) and
 *  where their screenshots go. */
export const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
export const outDir = path.join(repo, 'tests', 'e2e', 'out');

// ---------------------------------------------------------------- reporting

export let passed = 0;
export let failed = 0;
export const started = Date.now();

export function report(ok, name, detail) {
  const n = passed + failed + 1;
  if (ok) {
    passed += 1;
    console.log(`ok   ${n} - ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${n} - ${name}${detail ? `: ${detail}` : ''}`);
  }
}

/** Runs one check; a thrown error or a false result fails it. */
export async function check(name, fn) {
  try {
    const result = await fn();
    if (result === false) report(false, name, 'returned false');
    else report(true, name);
  } catch (error) {
    report(false, name, String(error?.message ?? error).split('\n')[0]);
  }
}

export class CheckError extends Error {}
export function expect(condition, message) {
  if (!condition) throw new CheckError(message);
}
export function expectEqual(actual, wanted, what) {
  if (actual !== wanted) {
    throw new CheckError(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
  }
}
export function expectClose(actual, wanted, what, tolerance = 1e-12) {
  if (!(Math.abs(actual - wanted) <= tolerance)) {
    throw new CheckError(`${what}: got ${actual}, want ${wanted}`);
  }
}

/** Polls `probe` until it returns a truthy value or `timeout` ms pass. */
export async function until(probe, what, timeout = 3000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new CheckError(`timed out waiting for ${what} (last: ${String(last?.message ?? last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The page's address once the app has written its latest scenario: it
 * writes after the next paint (a frame callback, then a task), so a frame
 * callback and a task queued now run after it.
 */
export async function settledAddress(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    requestAnimationFrame(() => setTimeout(() => resolve(location.href), 0));
    setTimeout(() => reject(new Error('no frame was painted within 5 s')), 5000);
  }));
}

export const served = [];

// ------------------------------------------------------------- page helpers

export const consoleErrors = [];
export const foreignRequests = [];
export let base;

export function watch(page, label) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    consoleErrors.push(`${label}: ${message.text()}${where ? ` (${where.replace(base, '')})` : ''}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${label}: page error: ${error.message}`));
}

export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  // Watched, not intercepted: interception would change what the browser
  // fetches (Chromium skips /favicon.ico under interception, for one).
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== base) foreignRequests.push(url);
  });
  return context;
}

let pageCount = 0;
export async function open(context, hash, label) {
  const page = await context.newPage();
  pageCount += 1;
  watch(page, `${label ?? 'page'} #${pageCount}`);
  await page.goto(`${base}/${hash}`);
  return page;
}

/** Waits until the app has taken over the prerendered page and shows its `main`. */
export async function ready(page) {
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
  await page.locator('main').waitFor({ timeout: 5000 });
}

/** The current outputs (name → data-value). Results kept out of date
 *  while a field is invalid (inside `[data-state="stale"]`) are not the
 *  scenario typed, so they are left out. */
export async function outputs(page) {
  return page.$$eval('output[name]', (elements) =>
    Object.fromEntries(
      elements
        .filter((e) => !e.closest('[data-state="stale"]'))
        .map((e) => [e.getAttribute('name'), e.getAttribute('data-value')]),
    ),
  );
}

/** An output's current data-value: '' when it is only shown out of date,
 *  null when the page has no such output. */
export async function dataValue(page, name) {
  return page.evaluate((n) => {
    const all = [...document.querySelectorAll('output[name]')].filter((e) => e.getAttribute('name') === n);
    if (all.length === 0) return null;
    const current = all.find((e) => !e.closest('[data-state="stale"]'));
    return current ? current.getAttribute('data-value') : '';
  }, name);
}

export async function shownText(page, name) {
  return (await page.locator(`output[name="${name}"]`).innerText()).trim();
}

/** Waits until the output `name` holds `wanted` (a string or a predicate). */
export async function outputBecomes(page, name, wanted) {
  const test = typeof wanted === 'function' ? wanted : (v) => v === wanted;
  return until(async () => {
    const value = await dataValue(page, name);
    return test(value) ? value ?? '' : null;
  }, `output ${name} = ${typeof wanted === 'function' ? 'predicate' : wanted}`);
}

/** Replaces a text box's content with real keystrokes. */
export async function typeInto(locator, text) {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  if (text === '') await locator.press('Backspace');
  else await locator.pressSequentially(text);
}

export function cell(page, label) {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** The scenario of an address: the fragment of a page's address
 *  (`…/engagement/#f=1`), or the query of a published `#/engagement?f=1`. */
export function hashQuery(url) {
  const fragment = new URL(url).hash.replace(/^#/, '');
  return new URLSearchParams(fragment.startsWith('/') ? fragment.slice(fragment.indexOf('?') + 1 || fragment.length) : fragment);
}

/** Resolves once the app has taken over the page (`<html data-ready>`). */
export async function appReady(page, timeout = 30_000) {
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout });
}

/** Sets the origin pages are opened from (the local static server). */
export function setBase(origin) {
  base = origin;
}


/**
 * Runs a script's scenarios against the release build in `dist`: serves it,
 * launches Chromium, runs each `scenario(browser)` in turn, then checks that
 * no page logged an error, asked another origin, or missed a file; prints
 * the closing `N passed, M failed` line and sets the exit code. A watchdog
 * fails the run if it takes longer than `watchdogMs`.
 */
export async function runScenarios({ dist, outDir, watchdogMs = 110_000 }, scenarios) {
  const { default: fs } = await import('node:fs');
  const { serveDir, launchChromium } = await import('./browser.mjs');
  const watchdog = setTimeout(() => {
    console.log(`FAIL - the run took longer than ${watchdogMs / 1000} s`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }, watchdogMs);
  watchdog.unref();

  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    report(false, `dist/ is built (${dist})`, 'no index.html: run `trunk build --release` first');
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = 1;
    return;
  }
  const server = await serveDir(dist, (request) => served.push(request));
  setBase(server.origin);
  console.log(`# serving ${path.relative(process.cwd(), dist) || dist} at ${base}`);
  let browser;
  try {
    browser = await launchChromium();
    console.log(`# Chromium ${browser.version()}`);
    for (const scenario of scenarios) await scenario(browser);
    await check('no console error or page error anywhere', async () => {
      expect(consoleErrors.length === 0, consoleErrors.slice(0, 5).join(' | '));
    });
    await check('no request to any origin other than the local server', async () => {
      expect(foreignRequests.length === 0, foreignRequests.slice(0, 5).join(' '));
    });
    await check('every file the pages asked for was served', async () => {
      const missing = served.filter((s) => s.status >= 400).map((s) => s.path);
      expect(missing.length === 0, `not found: ${[...new Set(missing)].join(' ')}`);
    });
  } catch (error) {
    report(false, 'the run finished', String(error?.stack ?? error).split('\n').slice(0, 3).join(' '));
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  const shots = path.relative(process.cwd(), outDir) || outDir;
  console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

/** The phone and desktop screens every page is photographed and checked at. */
export const SCREENS = [
  { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

/**
 * Clicks "Copy link" on `page`, checks the clipboard holds the page's
 * address, opens it in a fresh browser profile, waits until output
 * `settle[0]` reads `settle[1]`, and checks every output of `scenario`
 * (taken before copying) and that no link notice shows. `more(other)` may
 * check the reopened page further. Resolves to the copied link.
 */
export async function copiedLinkReopens(browser, page, scenario, settle, more = async () => {}) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await page.getByText('Link copied', { exact: false }).waitFor({ timeout: 2000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The address less its language: a copied link opens in its reader's
  // language unless the sender chose one ("Link opens in").
  // The scenario is a page's whole fragment, or a published link's query.
  const url = new URL(page.url());
  const hash = url.hash.replace(/^#/, '');
  const published = hash.startsWith('/');
  const [route, query = ''] = published ? hash.split('?') : ['', hash];
  const kept = query.split('&').filter((p) => p !== '' && p.split('=')[0] !== 'lang').join('&');
  const fragment = published ? `#${route}${kept ? `?${kept}` : ''}` : kept ? `#${kept}` : '';
  expectEqual(copied, `${url.origin}${url.pathname}${url.search}${fragment}`, 'clipboard');
  const fresh = await newContext(browser);
  try {
    const other = await open(fresh, copied.slice(base.length + 1), 'copied link');
    await ready(other);
    await outputBecomes(other, settle[0], settle[1]);
    const reopened = await outputs(other);
    for (const [name, value] of Object.entries(scenario)) {
      expectEqual(reopened[name], value, `output ${name}`);
    }
    expectEqual(await other.locator('[data-notices]').count(), 0, 'no link notice');
    await more(other);
  } finally {
    await fresh.close();
  }
  return copied;
}

/** Canvas `index`'s backing size, CSS size, device pixel ratio and how many
 *  pixels are inked (darker than the near-white background). */
export async function canvasState(page, index = 0) {
  return page.locator('canvas').nth(index).evaluate((canvas) => {
    const rect = canvas.getBoundingClientRect();
    const context = canvas.getContext('2d');
    let inked = 0;
    if (canvas.width > 0 && canvas.height > 0) {
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) inked += 1;
      }
    }
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: rect.width,
      cssHeight: rect.height,
      dpr: window.devicePixelRatio,
      inked,
      pixels: canvas.width * canvas.height,
    };
  });
}
