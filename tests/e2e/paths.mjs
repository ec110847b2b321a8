#!/usr/bin/env node
// Every page at its own path, prerendered, then taken over by the app, in
// real Chromium against the release dist/ served as a static host does:
// - each page (found from the home page's navigation, so a new calculator
//   is covered) reads without JavaScript: heading, form, default results;
// - the app, once ready (<html data-ready>), shows exactly the prerendered
//   results and fields: the prerendered HTML is the app's default render;
// - every published link (tests/fixtures/*_links.txt, as `#/page?…`) opens
//   its scenario at the page's path with the scenario in the fragment and
//   nothing in the query string, and so does the page's own address;
// - every page runs a WebAssembly of its own, and a published link fetches
//   only its page's;
// - a link with a scenario hides the default numbers until it is computed;
// - what is typed into the prerendered page before the app is ready is kept.
//
//   node tests/e2e/paths.mjs          (KOLCALC_DIST=… to serve another dist/)

import fs from 'node:fs';
import path from 'node:path';
import {
  check, expect, expectEqual, until, newContext, outputs, runScenarios, dist, outDir, appReady,
  hashQuery, base, watch,
} from '../support/e2e.mjs';
import { repo } from '../support/browser.mjs';

/** Published links per page: [{ line, query, expected: [[name, value]] }]. */
function publishedLinks() {
  const fixtures = path.join(repo, 'tests', 'fixtures');
  const all = [];
  for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('_links.txt')).sort()) {
    const slug = file.replace(/_links\.txt$/, '').replaceAll('_', '-');
    let current = null;
    fs.readFileSync(path.join(fixtures, file), 'utf8').split('\n').forEach((raw, index) => {
      const line = raw.trim();
      if (line.startsWith('#')) return;
      if (line === '') {
        if (current) all.push(current);
        current = null;
      } else if (line.startsWith('link:')) {
        current = { file, line: index + 1, slug, query: line.slice(5).trim(), expected: [] };
      } else if (current) {
        const at = line.indexOf('=');
        current.expected.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
      }
    });
    if (current) all.push(current);
  }
  return all;
}

/** Equal as published: numbers within a relative 1e-9, a figure without
 *  value (`undefined:<reason>`) as an empty data-value, lists without their
 *  spaces, anything else exactly. */
function sameValue(shown, published) {
  if (published.startsWith('undefined:')) return shown === '';
  if (shown === published) return true;
  if (typeof shown === 'string' && shown.replaceAll(' ', '') === published.replaceAll(' ', '')) return true;
  const a = Number(shown);
  const b = Number(published);
  if (shown === null || shown === '' || published === '' || Number.isNaN(a) || Number.isNaN(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** What a page shows: heading, outputs (name → [data-value, text]) and its fields. */
async function shown(page, scope) {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope);
    const main = root.querySelector('main');
    return {
      heading: main.querySelector('h1')?.textContent.trim(),
      outputs: Object.fromEntries(
        [...main.querySelectorAll('output[name]')].map((o) => [o.getAttribute('name'), [o.getAttribute('data-value'), o.textContent.trim()]]),
      ),
      fields: [...root.querySelectorAll('header input, header select, main input, main select, main textarea')].map(
        (c) => `${c.id || c.name}=${c.type === 'checkbox' ? c.checked : c.value}`,
      ),
      formulas: main.querySelectorAll('details').length,
    };
  }, scope);
}

/** Holds back the app's WebAssembly until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The builds whose WebAssembly `page` fetches (`page-engagement`, …), as
 *  they are fetched. */
function wasmFetched(page) {
  const builds = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) builds.push(file.replace(/-[0-9a-f]+_bg\.wasm$/, ''));
  });
  return builds;
}

async function pages(browser) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const home = await context.newPage();
  watch(home, 'home');
  await home.goto(`${base}/`);
  await appReady(home);
  const paths = await home.$$eval('header nav a', (links) => links.map((a) => new URL(a.href).pathname));
  await check('the navigation links every calculator at its own path', async () => {
    expect(paths.length >= 4, `${paths.length} paths: ${paths.join(' ')}`);
    for (const p of paths) expect(/^\/[a-z-]+\/$/.test(p), `not a page path: ${p}`);
  });

  const noScript = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  for (const pagePath of ['/', ...paths]) {
    const label = pagePath === '/' ? 'home' : pagePath.slice(1, -1);
    const bare = await noScript.newPage();
    watch(bare, `${label} without JavaScript`);
    await bare.goto(`${base}${pagePath}`);
    const prerendered = await shown(bare, '#prerendered');
    // Defaults counting from today were rendered at the build's date.
    const dated = await bare.evaluate(() => document.documentElement.hasAttribute('data-dated'));
    await check(`${label}: readable without JavaScript (heading, form, results, formulas)`, async () => {
      expect(prerendered.heading, 'no heading');
      expect((await bare.title()).includes('kolcalc'), `title ${await bare.title()}`);
      expectEqual(await bare.locator('meta[property="og:title"]').getAttribute('content'), await bare.title(), 'og:title');
      if (pagePath === '/') return;
      const results = Object.values(prerendered.outputs).filter(([value]) => value !== '');
      expect(results.length > 0, 'no computed result');
      expect(prerendered.fields.length > 5, `${prerendered.fields.length} fields`);
      expect(prerendered.formulas > 0, 'no formulas');
      if (dated) {
        const visible = await bare.$$eval('#prerendered output', (all) => all.filter((o) => getComputedStyle(o).visibility !== 'hidden').length);
        expectEqual(visible, 0, 'results dated at build time shown');
      } else {
        expect(await bare.locator('.loading-note').isHidden(), 'loading note shown without a scenario');
      }
    });
    await bare.close();

    const live = await context.newPage();
    watch(live, label);
    const modules = wasmFetched(live);
    await live.goto(`${base}${pagePath}`);
    await check(`${label}: the app takes over and shows exactly the prerendered page`, async () => {
      await appReady(live);
      expectEqual(await live.locator('#prerendered').count(), 0, 'prerendered page left in place');
      const app = await shown(live, '#app');
      expectEqual(app.heading, prerendered.heading, 'heading');
      if (dated) {
        expectEqual(Object.keys(app.outputs).join(), Object.keys(prerendered.outputs).join(), 'output names');
        expectEqual(app.fields.length, prerendered.fields.length, 'fields');
      } else {
        expectEqual(JSON.stringify(app.outputs), JSON.stringify(prerendered.outputs), 'outputs (value and text)');
        expectEqual(JSON.stringify(app.fields), JSON.stringify(prerendered.fields), 'fields');
      }
      expectEqual(app.formulas, prerendered.formulas, 'formula panels');
      expectEqual(new URL(live.url()).search, '', 'query string');
    });
    await check(`${label}: paints from its first response (stylesheet inlined and allowed by its hash)`, async () => {
      const head = await live.evaluate(() => ({
        linked: document.querySelectorAll('link[rel="stylesheet"]').length,
        inline: [...document.querySelectorAll('style')].map((s) => s.sheet?.cssRules.length ?? 0),
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
      }));
      expectEqual(head.linked, 0, 'stylesheets fetched separately');
      expect(head.inline.length === 1 && head.inline[0] > 100, `inline stylesheet rules applied: ${head.inline}`);
      expect(!head.csp.includes('unsafe-inline'), `CSP allows any inline code: ${head.csp}`);
      expectEqual((head.csp.match(/'sha256-/g) ?? []).length, 2, 'hashes in the CSP (stylesheet, early.js)');
    });
    await check(`${label}: runs a WebAssembly of its own, and only that`, async () => {
      expectEqual(modules.join(' '), `page-${label}`, 'WebAssembly fetched');
    });
    await live.close();
  }
  await noScript.close();
  await context.close();
}

async function published(browser) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, 'published links');
  const modules = wasmFetched(page);
  for (const link of publishedLinks()) {
    const name = `${link.file}:${link.line}`;
    for (const [form, address] of [
      ['published', `${base}/#/${link.slug}?${link.query}`],
      ['page', `${base}/${link.slug}/#${link.query}`],
    ]) {
      await check(`${name} opens its scenario (${form} address)`, async () => {
        await page.goto('about:blank');
        modules.length = 0;
        await page.goto(address);
        await appReady(page);
        const url = new URL(page.url());
        expectEqual(url.pathname, `/${link.slug}/`, 'path');
        // A published link at the home page's address goes straight to its
        // own page's document, before the home page's WebAssembly is fetched.
        expectEqual(modules.join(' '), `page-${link.slug}`, 'WebAssembly fetched');
        expectEqual(url.search, '', 'query string');
        // A link the app wrote is kept as it is; one edited by hand (with a
        // notice) is rewritten with what the page could use.
        if ((await page.locator('[data-notices]').count()) === 0) {
          const now = hashQuery(page.url());
          for (const [key, value] of new URLSearchParams(link.query)) {
            expectEqual(now.get(key), value, `key ${key} in the fragment`);
          }
        }
        // A link with a field in error opens with that field marked and no
        // results presented as its own (the native link tests check the
        // figures the core computes behind it).
        const errors = link.expected.find(([key]) => key === 'errors');
        if (errors) {
          const invalid = await until(async () => page.locator('main [aria-invalid="true"]').count(), 'fields in error');
          expect(invalid >= errors[1].split(',').length, `${invalid} fields marked for ${errors[1]}`);
          return;
        }
        // The native link tests check every line; here, those that are
        // outputs of the page (others name what the link set or its notices).
        let shownNow = await outputs(page);
        const published = link.expected.filter(([key]) => key in shownNow);
        expect(published.length > 0, 'no published output on the page');
        await until(async () => {
          shownNow = await outputs(page);
          return published.every(([key, value]) => sameValue(shownNow[key], value));
        }, 'the published outputs', 5000).catch(() => {
          const wrong = published.filter(([key, value]) => !sameValue(shownNow[key], value));
          throw new Error(wrong.slice(0, 3).map(([k, v]) => `${k}: ${shownNow[k]} ≠ ${v}`).join('; '));
        });
      });
    }
  }
  await context.close();
}

async function beforeReady(browser) {
  // No service worker: files it serves are out of reach of the hold on the
  // WebAssembly, and the app would take over before anything is typed.
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const [first] = publishedLinks();

  const linked = await context.newPage();
  watch(linked, 'link before ready');
  const releaseLinked = await holdWasm(linked);
  await linked.goto(`${base}/${first.slug}/#${first.query}`);
  await check('a link with a scenario marks the prerendered defaults as loading', async () => {
    await linked.locator('#prerendered main').waitFor();
    expectEqual(await linked.evaluate(() => document.documentElement.hasAttribute('data-pending')), true, 'data-pending');
    const visible = await linked.$$eval('#prerendered output', (all) => all.filter((o) => getComputedStyle(o).visibility !== 'hidden').length);
    expectEqual(visible, 0, 'default outputs visible');
    expect(await linked.locator('.loading-note').isVisible(), 'no loading note');
  });
  releaseLinked();
  await check('… and shows its own results once ready', async () => {
    await appReady(linked);
    const [key, value] = first.expected.find(([name]) => /^[a-z_]+$/.test(name) && !['lang', 'currency', 'rate', 'notices', 'errors'].includes(name));
    await until(async () => sameValue((await outputs(linked))[key], value), `${key} = ${value}`);
    expectEqual(await linked.evaluate(() => document.documentElement.hasAttribute('data-pending')), false, 'still pending');
  });
  await linked.close();

  const typed = await context.newPage();
  watch(typed, 'typed before ready');
  const releaseTyped = await holdWasm(typed);
  await typed.goto(`${base}/engagement/`);
  const box = typed.locator('#prerendered main input[type="text"], #prerendered main input:not([type])').first();
  const id = await box.getAttribute('id');
  await box.fill('');
  await box.pressSequentially('12345');
  releaseTyped();
  await check('what was typed before the app was ready is kept, in the field and the link', async () => {
    await appReady(typed);
    expectEqual(await typed.locator(`#app #${id}`).inputValue(), '12345', `#${id}`);
    await until(async () => ([...hashQuery(typed.url()).values()].includes('12345') ? true : null), 'the typed value in the link');
    expectEqual(await typed.evaluate(() => document.activeElement?.id), id, 'focus kept');
  });
  await typed.close();
  await context.close();
}

async function offline(browser) {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  watch(page, 'offline');
  await page.goto(`${base}/engagement/`);
  await appReady(page);
  const paths = await page.$$eval('header nav a', (links) => links.map((a) => new URL(a.href).pathname));
  await check('after the first visit a service worker has cached the site', async () => {
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expectEqual(scope, `${base}/`, 'scope');
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('kolcalc-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const p of ['/', ...paths]) expect(cached.includes(p), `${p} not cached`);
    expect(cached.some((p) => p.endsWith('.wasm')), 'no wasm cached');
  });
  await context.setOffline(true);
  for (const pagePath of paths) {
    await check(`offline: ${pagePath} opens and computes from the cache`, async () => {
      await page.goto(`${base}${pagePath}#lang=en`);
      await appReady(page);
      const values = Object.values(await outputs(page)).filter((v) => v !== null && v !== '');
      expect(values.length > 0, 'no result');
    });
  }
  await context.setOffline(false);
  await context.close();
}

await runScenarios({ dist, outDir, watchdogMs: 400_000 }, [pages, published, beforeReady, offline]);
