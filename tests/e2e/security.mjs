#!/usr/bin/env node
// End-to-end security tests in the release build, in Chromium: text the user
// types or a link carries is never interpreted as HTML, and no page asks any
// origin other than its own.
//
// Hostile payloads (script tags, attribute break-outs with event handlers,
// SVG, `javascript:` URLs, an iframe with srcdoc, template syntax, a long
// Unicode string with bidirectional controls) go through every text field of
// every calculator (every payload pasted in, one per calculator filled by
// Playwright, a sample typed key by key), through every
// documented link key and the shared ones, as unknown key names, through the
// hash route, the saved-scenario names and the comparison link. After each
// step the page is checked: no dialog, `window.__xss` unset, no element of a
// kind that could run or load anything added (a MutationObserver installed
// before the app loads sees even elements added and removed again), no `on…`
// attribute and no `javascript:` URL anywhere, no CSP violation, each field
// holding exactly what was typed, and where the page echoes the text (link
// notices, saved names, comparison headers, the copy-by-hand box) the text
// shown as text.
//
// The field runs use a context that bypasses the page's Content-Security-
// Policy, so an injected handler would really run and set `window.__xss`;
// the link runs keep the CSP and fail on any violation it reports.
//
// Assumes `trunk build --release` has produced dist/. Serves dist/ on
// 127.0.0.1 (a random free port), launches Chromium through playwright-core,
// prints one line per check and exits non-zero if any check fails. The last
// line is always `N passed, M failed`.
//
//   node tests/e2e/security.mjs            (KOLCALC_DIST=… to serve another dist/)

import fs from 'node:fs';
import path from 'node:path';
import {
  passed, failed, check, expect, expectEqual, until, base, newContext, open, ready, typeInto,
  hashQuery, runScenarios, dist, outDir,
} from '../support/e2e.mjs';
import { repo } from '../support/browser.mjs';

// ----------------------------------------------------------------- payloads

/** Right-to-left mark and override, Arabic, Hebrew, CJK, combining marks,
 *  astral emoji with a zero-width joiner: 73 UTF-16 units, under the
 *  saved-name limit, so every field can hold it whole. No `;` or `,` (link
 *  lists split on them) and no double spaces (innerText would fold them). */
const LONG_UNICODE = 'كولكالك\u200f שלום\u202e 測試報價 e\u0301\u0301 '
  + '👩\u200d💻🇨🇳 ＜script＞ \u2066ltr\u2069 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 漢字かなカナ \u200b終';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
  '\'"--><iframe srcdoc="<script>parent.__xss=5</script>">',
  '{{7*7}}',
  LONG_UNICODE,
  '</textarea><img src=x onerror=alert(6)>',
  '<a href="javascript:window.__xss=7">x</a>${7*7}',
];

/** A payload as a link notice shows it: 40 characters, then an ellipsis. */
function shortened(text) {
  const chars = [...text];
  return chars.length <= 40 ? text : `${chars.slice(0, 40).join('')}…`;
}

/** A payload as a field with `maxlength` keeps it (UTF-16 units). */
function kept(text, maxLength) {
  return maxLength > 0 && text.length > maxLength ? text.slice(0, maxLength) : text;
}

const label = (payload) => JSON.stringify(payload.length > 28 ? `${payload.slice(0, 26)}…` : payload);

// -------------------------------------------------------------- page guards

// Installed before any script of the page runs (CDP, so the page's CSP does
// not apply to it). Records elements that could run or load something, `on…`
// attributes, `javascript:` URLs and CSP violations, from the start.
function guard() {
  const DANGEROUS = new Set(['script', 'img', 'svg', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'math', 'base', 'meta', 'link', 'style', 'video', 'audio', 'source', 'template', 'portal']);
  const URL_ATTRIBUTES = /^(href|src|srcdoc|action|formaction|xlink:href|data|poster|background|ping)$/i;
  const log = { added: [], attributes: [], csp: [], live: false };
  const describe = (element) => `<${element.localName}${[...element.attributes]
    .map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
  function badAttributes(element) {
    const bad = [];
    for (const a of element.attributes ?? []) {
      if (/^on/i.test(a.name) || /^srcdoc$/i.test(a.name)) bad.push(`${element.localName}[${a.name}]`);
      else if (URL_ATTRIBUTES.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/[\s\u0000-\u001f]/g, ''))) {
        bad.push(`${element.localName}[${a.name}=${a.value.slice(0, 40)}]`);
      }
    }
    return bad;
  }
  function visit(node) {
    if (node.nodeType !== 1) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      if (log.live && DANGEROUS.has(element.localName)) log.added.push(describe(element));
      log.attributes.push(...badAttributes(element));
    }
  }
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(visit);
      else if (record.type === 'attributes' && record.target.nodeType === 1) {
        log.attributes.push(...badAttributes(record.target));
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('securitypolicyviolation', (event) => {
    log.csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`.trim());
  });
  window.__security = {
    /** From now on, any dangerous element added counts (the page's own
     *  script and stylesheet, added while it loads, do not). */
    arm() {
      log.live = true;
      log.added = [];
      log.attributes = [];
    },
    report() {
      const tags = {};
      for (const tag of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'frame']) {
        tags[tag] = document.getElementsByTagName(tag).length;
      }
      const attributes = [];
      for (const element of document.querySelectorAll('*')) attributes.push(...badAttributes(element));
      let parentXss;
      try { parentXss = window.parent.__xss; } catch { parentXss = 'cross-origin parent'; }
      return {
        xss: window.__xss, parentXss, tags, added: [...log.added],
        attributes: [...new Set([...log.attributes, ...attributes])], csp: [...log.csp],
      };
    },
  };
}

const dialogs = [];
let baselineTags = null;

/** A context watched for foreign requests, with the guard in every page. */
async function securedContext(browser, options = {}) {
  const context = await newContext(browser, options);
  await context.addInitScript(guard);
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} (${page.url().replace(base, '')})`);
      dialog.dismiss().catch(() => {});
    });
  });
  return context;
}

async function openPage(context, hash, name) {
  const page = await open(context, hash, name);
  await ready(page);
  await page.locator('main').first().waitFor();
  await page.evaluate(() => window.__security.arm());
  return page;
}

/** Waits two animation frames: the page renders and writes its address. */
async function frames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Opens `hash` (`#/<slug>?…`) in `page` at the calculator's own path, so
 *  only the fragment changes and the app remounts the calculator without a
 *  reload, and waits until the page has written its scenario back into the
 *  address (`v=1`). */
async function navigate(page, hash) {
  const [, slug, query] = hash.match(/^#\/([^?]*)\??(.*)$/);
  await page.goto(`${base}/${slug}/#${query}`);
  await page.locator('main.calculator').waitFor({ timeout: 3000 });
  await until(async () => hashQuery(page.url()).get('v') === '1', 'the page to rewrite its address');
  await frames(page);
}

/** Throws unless the page shows no sign of a payload having been markup. */
async function expectClean(page, where) {
  const r = await page.evaluate(() => window.__security.report());
  const problems = [];
  if (r.xss !== undefined) problems.push(`window.__xss = ${r.xss}`);
  if (r.parentXss !== undefined) problems.push(`parent.__xss = ${r.parentXss}`);
  if (dialogs.length) problems.push(`dialog ${dialogs.join(' | ')}`);
  if (r.added.length) problems.push(`added ${r.added.slice(0, 3).join(' ')}`);
  if (r.attributes.length) problems.push(`attributes ${r.attributes.slice(0, 3).join(' ')}`);
  if (r.csp.length) problems.push(`CSP violation ${r.csp.slice(0, 3).join(' | ')}`);
  if (baselineTags) {
    for (const [tag, n] of Object.entries(r.tags)) {
      if (n !== baselineTags[tag]) problems.push(`${n} <${tag}> (page had ${baselineTags[tag]})`);
    }
  }
  expect(problems.length === 0, `${where}: ${problems.join('; ')}`);
}

// ------------------------------------------------------------------- fields

const FIELDS = 'input[type=text], input:not([type]), input[type=search], input[type=url], textarea, '
  + '[contenteditable=""], [contenteditable="true"]';

/** Every text field on the page, visible or in a closed <details>. */
async function textFields(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  return page.locator(FIELDS).evaluateAll((elements) => elements.map((e, index) => ({
    index,
    id: e.id,
    name: e.id ? `#${e.id}` : (e.getAttribute('aria-label') ?? e.className ?? e.localName),
    readOnly: Boolean(e.readOnly),
    maxLength: e.maxLength ?? -1,
    visible: e.getClientRects().length > 0,
  })));
}

// Per calculator: a field and its link key (to follow a payload into the
// address), the payload filled by Playwright into every field, and the
// fields typed into key by key (real keystrokes are slow: a sample).
const CALCULATORS = [
  { slug: 'engagement', field: '#followers', key: 'f', fill: PAYLOADS[1],
    typed: [['Likes, note 1', PAYLOADS[1]], ['#comments', LONG_UNICODE]] },
  { slug: 'budget-mix', field: '#mix-budget', key: 'b', fill: PAYLOADS[4], typed: [['#mix-mid-0', PAYLOADS[4]]] },
  { slug: 'compensation', field: '#quote', key: 'q', fill: PAYLOADS[0], typed: [['#quote', PAYLOADS[2]]] },
  { slug: 'timeline', field: '#tl-seed', key: 'seed', fill: PAYLOADS[3], typed: [['#tl-days-off', PAYLOADS[7]]] },
  { slug: 'shortlist', field: '#sl-budget', key: 'b', fill: PAYLOADS[5], typed: [['#sl-name-1', PAYLOADS[1]]] },
];

const counts = {
  fieldsSeen: 0, pasted: 0, filled: 0, typed: 0, linkKeys: 0, unknownKeys: 0, keptKeys: 0, routes: 0,
  saved: 0, compared: 0, copyByHand: 0, snippets: 0,
};

/** Puts `payload` into every editable field, then checks every field holds
 *  it and the page is clean. `how` is 'fill' (Playwright's fill: focus,
 *  select all, insert the text as the browser's editing does) or 'paste'
 *  (in the page: the value set and an `input` event sent, as a paste or an
 *  autofill does; one round trip for the whole page, so every payload can
 *  go through every field within the time budget). */
async function intoEveryField(page, payload, where, how) {
  const fields = (await textFields(page)).filter((f) => !f.readOnly && f.visible);
  const all = page.locator(FIELDS);
  if (how === 'fill') {
    for (const f of fields) await all.nth(f.index).fill(payload, { timeout: 2000 });
  } else {
    await page.evaluate(({ selector, indexes, text }) => {
      for (const i of indexes) {
        // Looked up again each time: a render may replace elements.
        const element = document.querySelectorAll(selector)[i];
        if (!element) continue;
        element.focus();
        if (element.isContentEditable) {
          element.textContent = text;
        } else {
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set;
          setter.call(element, text);
        }
        element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, { selector: FIELDS, indexes: fields.map((f) => f.index), text: payload });
  }
  await frames(page);
  const values = await all.evaluateAll((elements) => elements.map((e) => (e.isContentEditable ? e.innerText : e.value)));
  const wrong = fields.filter((f) => values[f.index] !== kept(payload, f.maxLength))
    .map((f) => `${f.name} = ${JSON.stringify(values[f.index]).slice(0, 50)}`);
  if (how === 'fill') counts.filled += fields.length;
  else counts.pasted += fields.length;
  expect(wrong.length === 0, `${where}: ${wrong.length} of ${fields.length} fields changed what was typed: ${wrong.slice(0, 3).join(', ')}`);
  await expectClean(page, where);
  return fields;
}

async function everyField(browser) {
  const context = await securedContext(browser, { bypassCSP: true });
  for (const calc of CALCULATORS) {
    const page = await openPage(context, `#/${calc.slug}?v=1&lang=en`, `fields ${calc.slug}`);
    baselineTags = await page.evaluate(() => window.__security.report().tags);
    const seen = new Set();
    const hidden = (await textFields(page)).filter((f) => !f.visible).map((f) => f.name);
    await check(`${calc.slug}: every payload pasted into every text field stays text, runs nothing`, async () => {
      for (const payload of PAYLOADS) {
        const fields = await intoEveryField(page, payload, `${calc.slug} ${label(payload)}`, 'paste');
        fields.forEach((f) => seen.add(f.name));
        expect(fields.length >= 10, `only ${fields.length} text fields found`);
        await until(async () => hashQuery(page.url()).get(calc.key) === payload,
          `${calc.key} in the address to carry ${label(payload)} as typed`);
      }
    });
    await check(`${calc.slug}: ${label(calc.fill)} filled into every text field stays text, runs nothing`, async () => {
      await intoEveryField(page, calc.fill, `${calc.slug} ${label(calc.fill)}`, 'fill');
    });
    if (calc.slug === 'timeline') {
      await check('timeline: the target date (shown when planning back from a target) takes every payload as text', async () => {
        await page.locator('#tl-direction').selectOption('target');
        await page.locator('#tl-target').waitFor({ timeout: 2000 });
        for (const payload of PAYLOADS) {
          const fields = await intoEveryField(page, payload, `timeline (target) ${label(payload)}`, 'paste');
          fields.forEach((f) => seen.add(f.name));
        }
        expect(seen.has('#tl-target'), 'no #tl-target field');
      });
    }
    for (const [name, payload] of calc.typed) {
      await check(`${calc.slug}: ${label(payload)} typed key by key into ${name} stays as typed`, async () => {
        const field = name.startsWith('#') ? page.locator(name) : page.getByRole('textbox', { name, exact: true });
        await typeInto(field, payload);
        await frames(page);
        expectEqual(await field.inputValue(), payload, `${name}`);
        counts.typed += 1;
        await expectClean(page, `${calc.slug} ${name}`);
      });
    }
    counts.fieldsSeen += seen.size;
    console.log(`# ${calc.slug}: ${seen.size} text fields${hidden.length ? `; not shown, so not typed into: ${hidden.join(' ')}` : ''}`);
    baselineTags = null;
    await page.close();
  }
  await context.close();
}

// -------------------------------------------------------------------- links

/**
 * The link keys README documents under "Scenario links", read from its
 * tables, so a key added to a calculator and documented there is tested
 * without naming it again here: the shared keys (the table before the first
 * calculator) and, per calculator (its `### … (`#/<slug>`)` heading), every
 * key in backticks in the first cell of its table's rows.
 */
function documentedKeys() {
  const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Scenario links');
  expect(start >= 0, 'README has no "Scenario links" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const shared = [];
  const calculators = {};
  let current = shared;
  for (const line of section.split('\n')) {
    const heading = line.match(/^### .*\(`#\/([a-z-]+)`\)/);
    if (heading) {
      current = [];
      calculators[heading[1]] = current;
      continue;
    }
    const row = line.match(/^\|([^|]*)\|/);
    if (!row || /^\|\s*key\s*\|/.test(line)) continue;
    for (const [, key] of row[1].matchAll(/`([a-z0-9]+)`/g)) if (!current.includes(key)) current.push(key);
  }
  return { shared, calculators };
}

const DOCUMENTED = documentedKeys();
const SHARED_KEYS = DOCUMENTED.shared;
// README, "Scenario links": every calculator's keys.
const LINK_KEYS = DOCUMENTED.calculators;

/** Keys whose value is free text: kept as typed in a field, no notice. */
const FREE_TEXT = { engagement: { cm: '#comments' } };

const MAX_QUERY = 8000; // the app refuses a query over 8 KB whole

/** Splits `pairs` into queries under the app's limit. */
function batches(pairs) {
  const out = [[]];
  let length = 0;
  for (const pair of pairs) {
    const size = encodeURIComponent(pair[0]).length + encodeURIComponent(pair[1]).length + 2;
    if (length + size > MAX_QUERY && out.at(-1).length) {
      out.push([]);
      length = 0;
    }
    out.at(-1).push(pair);
    length += size;
  }
  return out;
}

async function everyLinkKey(browser) {
  await check('README documents the shared link keys and every calculator\'s', async () => {
    expectEqual(SHARED_KEYS.join(' '), 'v lang cur rate embed', 'shared keys');
    expectEqual(Object.keys(LINK_KEYS).sort().join(' '), CALCULATORS.map((c) => c.slug).sort().join(' '),
      'calculators with a key table');
    for (const calc of CALCULATORS) expect(LINK_KEYS[calc.slug].includes(calc.key), `${calc.slug}: no ${calc.key}`);
  });
  const context = await securedContext(browser);
  for (const [slug, keys] of Object.entries(LINK_KEYS)) {
    const page = await openPage(context, `#/${slug}`, `links ${slug}`);
    await check(`${slug}: the address it writes uses only documented keys`, async () => {
      const query = await until(async () => {
        const q = hashQuery(page.url());
        return [...q.keys()].length > 3 ? q : null;
      }, 'the scenario in the address');
      const unknown = [...query.keys()].filter((k) => !keys.includes(k) && !SHARED_KEYS.includes(k));
      expect(unknown.length === 0, `undocumented keys ${unknown.join(' ')}`);
    });
    for (const payload of PAYLOADS) {
      await check(`${slug}: ${label(payload)} in every link key and as an unknown key name is listed as text`, async () => {
        const pairs = [...SHARED_KEYS, ...keys].map((k) => [k, payload]);
        pairs.push([payload, '1'], [`${payload}2`, payload]);
        for (const batch of batches(pairs)) {
          const query = batch.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
          await navigate(page, `#/${slug}?${query}`);
          const free = FREE_TEXT[slug] ?? {};
          const expected = batch.filter(([k]) => !(k in free)).map(([k, v]) => (keys.includes(k) || SHARED_KEYS.includes(k)
            ? `${k} = “${shortened(v)}”` : `“${shortened(k)}”`));
          const notices = page.locator('[data-notices]');
          // The notice lists every key; a key it leaves out must have been
          // kept as typed (the page writes it back into the address).
          const text = (await notices.count()) ? await notices.innerText() : '';
          await frames(page);
          const address = hashQuery(page.url());
          const missing = [];
          for (const [[k, v], e] of batch.filter(([k]) => !(k in free)).map((p, i) => [p, expected[i]])) {
            if (text.includes(e)) continue;
            if (address.get(k) === v) {
              counts.keptKeys += 1;
              continue;
            }
            missing.push(e);
          }
          expect(missing.length === 0, `not listed as text (nor kept): ${missing.slice(0, 4).join(' ')}`);
          for (const [k, selector] of Object.entries(free)) {
            if (batch.some(([key]) => key === k)) {
              expectEqual(await page.locator(selector).inputValue(), payload, `${k} in ${selector}`);
            }
          }
          const listed = (await notices.count()) ? Number(await notices.getAttribute('data-notices')) : 0;
          expect(listed <= batch.length, `${listed} notices for ${batch.length} keys`);
          await expectClean(page, `${slug} link`);
          counts.linkKeys += batch.filter(([k]) => keys.includes(k) || SHARED_KEYS.includes(k)).length;
          counts.unknownKeys += batch.filter(([k]) => !keys.includes(k) && !SHARED_KEYS.includes(k)).length;
        }
      });
    }
    await page.close();
  }
  await context.close();
}

// ------------------------------------------------------------ other routes

async function routesAndEchoes(browser) {
  const context = await securedContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await openPage(context, '#/', 'routes');
  const routes = ['#/javascript:alert(1)', '#javascript:alert(1)', '#/javascript:window.__xss=4',
    `#/${encodeURIComponent(PAYLOADS[1])}`, `#/${PAYLOADS[2]}`, `#/engagement/${encodeURIComponent(PAYLOADS[0])}`];
  for (const route of routes) {
    // A fragment that is not a published `#/page` link is the home page's
    // scenario, which it has none of: the home page, running nothing.
    const shown = route.startsWith('#/') ? 'not-found' : 'home';
    await check(`${JSON.stringify(route)} shows the ${shown} page and runs nothing`, async () => {
      await page.goto(`${base}/${route}`);
      await page.locator(`main.${shown}`).waitFor({ timeout: 3000 });
      if (shown === 'not-found') {
        expectEqual(await page.locator('main.not-found a').first().getAttribute('href'), './', 'back-home link');
      }
      const text = await page.locator('main').innerText();
      expect(!text.includes('__xss') && !text.includes('alert'), `the route is echoed: ${text}`);
      await frames(page);
      await expectClean(page, route);
      counts.routes += 1;
    });
  }
  await page.close();

  await check('the copy-by-hand box (clipboard refused) holds the address with the payload, as a value', async () => {
    const refused = await securedContext(browser);
    await refused.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    const p = await openPage(refused, `#/engagement?v=1&lang=en&cm=${encodeURIComponent(PAYLOADS.join('\n'))}`, 'copy by hand');
    await until(async () => hashQuery(p.url()).get('cm') === PAYLOADS.join('\n'), 'cm in the address');
    await p.getByRole('button', { name: 'Copy link', exact: true }).click();
    const box = p.locator('input.copy-by-hand');
    await box.waitFor({ timeout: 2000 });
    // A copied link names no language unless the sender chose one.
    const address = new URL(p.url());
    address.hash = address.hash.replace('&lang=en', '');
    expectEqual(await box.inputValue(), address.href, 'the box holds the address, without its language');
    expectEqual(hashQuery(await box.inputValue()).get('cm'), PAYLOADS.join('\n'), 'cm read back from the box');
    await expectClean(p, 'copy by hand');
    counts.copyByHand += 1;
    await refused.close();
  });

  await check('the Embed snippet of a link full of payloads parses to one iframe and one script, nothing else', async () => {
    const p = await openPage(context, `#/engagement?v=1&lang=en&cm=${encodeURIComponent(PAYLOADS.join('\n'))}`, 'snippet');
    await until(async () => hashQuery(p.url()).get('cm') === PAYLOADS.join('\n'), 'cm in the address');
    await p.locator('#embed-button').click();
    const snippet = await p.locator('#embed-snippet').inputValue();
    await expectClean(p, 'snippet');
    // Parsed in a blank page: parsing the snippet's style attribute under
    // the app's CSP would itself report a violation.
    const blank = await context.newPage();
    const parsed = await blank.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const all = [...doc.body.querySelectorAll('*')];
      return {
        tags: all.map((e) => e.localName),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        src: doc.querySelector('iframe')?.getAttribute('src'),
      };
    }, snippet);
    await blank.close();
    expectEqual(parsed.tags.join(' '), 'iframe script', 'elements in the snippet');
    expectEqual(parsed.handlers.length, 0, 'event-handler attributes');
    expect(parsed.src?.startsWith(`${base}/engagement/#`), `iframe src ${parsed.src}`);
    expectEqual(hashQuery(parsed.src).get('cm'), PAYLOADS.join('\n'), 'cm in the iframe src');
    expectEqual(hashQuery(parsed.src).get('embed'), '1', 'embed in the iframe src');
    counts.snippets += 1;

    // The embedded page of that snippet: the "Open full calculator" link.
    await p.goto(parsed.src);
    await p.locator('.embed-bar a').waitFor({ timeout: 3000 });
    const href = await p.locator('.embed-bar a').getAttribute('href');
    expect(href.startsWith(`${base}/engagement/#`), `open-full link ${href}`);
    expectEqual(await p.locator('#comments').inputValue(), PAYLOADS.join('\n'), 'comments in the embedded page');
    await expectClean(p, 'embedded');
    await p.close();
  });

  await context.close();
}

async function savedAndCompared(browser) {
  const context = await securedContext(browser, { bypassCSP: true });
  const page = await openPage(context, '#/engagement?v=1&lang=en', 'saved names');
  if ((await page.locator('#saved-name').count()) === 0) {
    console.log('# no saved-scenario panel in this build: saved names not checked');
  } else {
    await check('saved-scenario names: each payload is saved and listed as text, runs nothing', async () => {
      for (const payload of PAYLOADS) {
        await page.locator('#saved-name').fill(payload);
        await page.locator('#saved-name').press('Enter');
        const name = kept(payload, await page.locator('#saved-name').evaluate((e) => e.maxLength)).split(/\s+/).join(' ').trim();
        await until(async () => (await page.locator('a.saved-name').allInnerTexts()).some((t) => t === name),
          `saved name ${label(name)} listed`);
        expect((await page.locator('.saved-status').innerText()).includes(name), 'the status names it as text');
        await expectClean(page, 'saved');
        counts.saved += 1;
      }
      expectEqual(await page.locator('a.saved-name').count(), PAYLOADS.length, 'saved scenarios listed');
    });
    await check('comparing saved scenarios with payload names shows the names as text', async () => {
      const boxes = page.locator('.saved-item input[type=checkbox]');
      for (const i of [0, 1, 2]) await boxes.nth(i).check();
      await page.locator('#saved-compare').click();
      await page.locator('main.compare table').first().waitFor({ timeout: 5000 });
      const head = await page.locator('main.compare thead').first().innerText();
      for (const payload of PAYLOADS.slice(0, 3)) expect(head.includes(payload), `header lacks ${label(payload)}`);
      await frames(page);
      await expectClean(page, 'compare');
      counts.compared += 3;
    });
  }
  await page.close();

  const compare = await open(context, '#/compare', 'compare route');
  await ready(compare);
  if ((await compare.locator('main.compare').count()) === 0) {
    console.log('# no comparison page in this build: comparison links not checked');
  } else {
    await compare.evaluate(() => window.__security.arm());
    for (const slug of Object.keys(LINK_KEYS)) {
      await check(`#/compare of ${slug} with payload names (n1–n3) and values shows them as text`, async () => {
        const q = (s) => encodeURIComponent(s);
        const key = LINK_KEYS[slug][0];
        await compare.goto(`${base}/#/compare?lang=en&calc=${slug}`
          + `&n1=${q(PAYLOADS[0])}&s1=${q(`${key}=${q(PAYLOADS[1])}`)}`
          + `&n2=${q(PAYLOADS[4])}&s2=${q(`${key}=${q(PAYLOADS[2])}&${q(PAYLOADS[3])}=1`)}`
          + `&n3=${q(LONG_UNICODE)}&s3=${q(`${key}=${q(LONG_UNICODE)}`)}`);
        await compare.locator('main.compare table').first().waitFor({ timeout: 5000 });
        const head = await compare.locator('main.compare thead').first().innerText();
        for (const name of [PAYLOADS[0], PAYLOADS[4], LONG_UNICODE]) {
          expect(head.includes(name), `header lacks ${label(name)}`);
        }
        // Inputs and results are two tables: the values are in either.
        const body = (await compare.locator('main.compare tbody').allInnerTexts()).join('\n');
        for (const value of [PAYLOADS[1], PAYLOADS[2]]) expect(body.includes(value), `table lacks ${label(value)}`);
        await frames(compare);
        await expectClean(compare, `compare ${slug}`);
        counts.compared += 3;
      });
    }
  }
  await compare.close();
  await context.close();
}

async function noForeignRequests(browser) {
  // Loading and using every calculator at two sizes and in both languages,
  // CSP on: what it asks for is checked by the harness at the end (only
  // 127.0.0.1:<port>), every file served.
  const context = await securedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const calc of CALCULATORS) {
    await check(`${calc.slug} in Chinese on a phone: loading and typing stay on the page's origin`, async () => {
      const page = await openPage(context, `#/${calc.slug}?lang=zh`, `phone ${calc.slug}`);
      await page.locator(calc.field).fill('12');
      await page.getByRole('button', { name: 'English', exact: true }).click().catch(() => {});
      await frames(page);
      await expectClean(page, calc.slug);
      await page.close();
    });
  }
  await context.close();
}

async function summary() {
  await check('no alert, confirm or prompt appeared anywhere', async () => {
    expect(dialogs.length === 0, dialogs.slice(0, 3).join(' | '));
  });
  const combinations = counts.pasted + counts.filled + counts.typed + counts.linkKeys + counts.unknownKeys;
  console.log(`# ${PAYLOADS.length} payloads; ${counts.fieldsSeen} text fields; payload×field: ${counts.pasted} pasted, ${counts.filled} filled, `
    + `${counts.typed} typed key by key; payload×link key: ${counts.linkKeys} (+${counts.unknownKeys} payload key names; `
    + `${counts.keptKeys} kept as typed rather than listed); ${counts.routes} hostile routes; ${counts.saved} saved names, `
    + `${counts.compared} compared names; ${counts.copyByHand} copy-by-hand, ${counts.snippets} snippet; `
    + `${combinations} combinations in all; ${passed + failed} checks before the harness's closing three`);
}

// --------------------------------------------------------------------- main

await runScenarios({ dist, outDir, watchdogMs: 300_000 }, [
  everyField,
  everyLinkKey,
  routesAndEchoes,
  savedAndCompared,
  noForeignRequests,
  summary,
]);
