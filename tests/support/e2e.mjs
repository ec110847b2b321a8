// The harness every end-to-end script shares: one line per check, the
// closing `N passed, M failed` line, waiting helpers, and the watchers that
// collect console errors and requests to other origins. Exported `let`s are
// live bindings: scripts read `passed`, `failed` and `base` as they change.

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

export async function ready(page) {
  await page.locator('main').waitFor({ timeout: 5000 });
}

export async function outputs(page) {
  return page.$$eval('output[name]', (elements) =>
    Object.fromEntries(elements.map((e) => [e.getAttribute('name'), e.getAttribute('data-value')])),
  );
}

export async function dataValue(page, name) {
  return page.locator(`output[name="${name}"]`).getAttribute('data-value');
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

export function hashQuery(url) {
  const hash = new URL(url).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}

/** Sets the origin pages are opened from (the local static server). */
export function setBase(origin) {
  base = origin;
}

