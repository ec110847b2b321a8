#!/usr/bin/env node
// End-to-end tests of the exports every calculator offers, in real
// Chromium: the CSV of inputs and results (parsed back and compared with
// the page's outputs and link), and printing (print media hides the site's
// navigation and buttons; the PDF has pages).
//
//   node tests/e2e/exports.mjs           (KOLCALC_DIST=… to serve another dist/)

import path from 'node:path';
import fs from 'node:fs';
import {
  check, expect, expectEqual, until, newContext, open, ready, outputs, hashQuery, runScenarios,
  dist, outDir,
} from '../support/e2e.mjs';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const PAGES = [
  ['#/engagement?lang=zh&f=12000', 'ratio_mean', '部分', 'zh'],
  ['#/budget-mix?lang=en&cur=EUR&b=300000', 'opt_status', 'Section', 'en'],
  ['#/compensation?lang=en&q=8000', 'cheapest', 'Section', 'en'],
  ['#/timeline?lang=zh&s=2026-09-22', 'last_live_likely', '部分', 'zh'],
  ['#/shortlist?lang=en&b=200000', 'pick_cost', 'Section', 'en'],
];

/** Output keys of money: their exact value is yuan, shown in the display
 * currency with yuan beside it. */
const MONEY = { '#/budget-mix': ['feed_budget', '€', 8.2], '#/compensation': ['cheapest_total', '¥', 1] };

async function exportsOfEveryCalculator(browser) {
  const context = await newContext(browser, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const [hash, settle, header, lang] of PAGES) {
    const route = hash.split('?')[0];
    const page = await open(context, hash, route);
    await ready(page);
    await page.locator(`output[name="${settle}"]`).waitFor();
    const shown = await outputs(page);
    const link = hashQuery(await until(async () => (page.url().includes('v=1') ? page.url() : null), 'address written'));
    const keys = new Set([...link.keys(), ...Object.keys(shown)]);
    /** Checks rows parsed from the CSV or the copied table. */
    const checkRows = (rows, what) => {
      expectEqual(rows[0][0], header, `${what}: header in the page language`);
      expect(rows.every((r) => r.length === 6), `${what}: six fields on every row`);
      const body = rows.slice(1);
      const inputs = body.filter((r) => r[0] === body[0][0]);
      const results = new Map(body.filter((r) => r[0] !== body[0][0]).map((r) => [r[5], r]));
      for (const [key, value] of link) {
        if (['v', 'lang', 'embed'].includes(key)) continue;
        expect(inputs.some((r) => r[5] === key && r[4] === value), `${what}: input ${key}=${value} missing`);
      }
      expectEqual(results.size, Object.keys(shown).length, `${what}: one row per output`);
      for (const r of body) {
        expect(r[1].trim() !== '' && !keys.has(r[1].trim()), `${what}: row ${r[5]} is labelled “${r[1]}”`);
      }
      return { inputs, results };
    };
    await check(`${route}: the CSV labels every input and output, money in the display currency and yuan, exact values apart`, async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv-button').click()]);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'starts with a UTF-8 byte-order mark');
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      const { results } = checkRows(rows, 'CSV');
      for (const [name, value] of Object.entries(shown)) {
        expectEqual(results.get(name)?.[4], value ?? '', `output ${name}`);
      }
      expect(expectNumbersPlain(new Map([...results].map(([k, r]) => [k, r[4]]))), 'exact values are unformatted');
      const money = MONEY[route];
      if (money) {
        const [name, symbol, rate] = money;
        const row = results.get(name);
        const exact = Number(row[4]);
        expect(row[2].startsWith(symbol) && row[3].startsWith('¥'), `${name}: ${row[2]} / ${row[3]}`);
        const readable = Number(row[2].replace(/[^\d.]/g, ''));
        expect(Math.abs(readable - exact / rate) <= 0.5, `${name}: ${row[2]} reads ${exact} yuan at ${rate}`);
      }
    });
    await check(`${route}: Copy as table puts tab-separated rows on the clipboard and says so (${lang})`, async () => {
      await page.locator('#table-button').click();
      const status = page.locator('.copy-link .status');
      await until(async () => ((await status.innerText()).trim() !== '' ? true : null), 'confirmation shown');
      expectEqual(await status.getAttribute('role'), 'status', 'announced to screen readers');
      expect(await status.isVisible(), 'the confirmation is visible');
      expect(/Excel/.test(await status.innerText()), `confirmation: ${await status.innerText()}`);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(!text.includes('"'), 'no CSV quoting in pasted cells');
      const rows = text.split('\r\n').filter((l) => l !== '').map((l) => l.split('\t'));
      const { results } = checkRows(rows, 'table');
      for (const [name, value] of Object.entries(shown)) {
        if (value && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(value)) {
          expectEqual(Number(results.get(name)?.[4]), Number(value), `output ${name} in the table`);
        }
      }
    });
    if (route === '#/engagement') {
      await check('a copied link names no language unless the sender picks one', async () => {
        expect(page.url().includes('lang=zh'), 'the address keeps the language the link named');
        await page.locator('#copy-link-button').click();
        await until(async () => ((await page.evaluate(() => navigator.clipboard.readText())).includes('/engagement/#') ? true : null), 'copied');
        const plain = await page.evaluate(() => navigator.clipboard.readText());
        expect(!plain.includes('lang='), `copied: ${plain}`);
        expect(plain.includes('f=12000'), 'the scenario is in it');
        await page.locator('#link-lang').selectOption('en');
        await page.locator('#copy-link-button').click();
        await until(async () => ((await page.evaluate(() => navigator.clipboard.readText())).includes('lang=en') ? true : null), 'language chosen');
        await page.locator('#link-lang').selectOption('');
      });
    }
    await check(`${route}: printing shows the calculator alone and makes A4 pages`, async () => {
      await page.emulateMedia({ media: 'print' });
      expectEqual(await page.locator('.site-header').isVisible(), false, 'header printed');
      expectEqual(await page.locator('#csv-button').isVisible(), false, 'buttons printed');
      expect(await page.locator('section.results').isVisible(), 'results not printed');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages >= 1 && pages <= 12, `${pages} pages`);
      fs.writeFileSync(path.join(outDir, `print-${route.slice(2)}.pdf`), pdf);
      await page.emulateMedia({ media: 'screen' });
    });
    await page.close();
  }
  await context.close();
}

function expectNumbersPlain(results) {
  return [...results.values()].every((v) => !/^[\d.-]+,\d/.test(v) && !/[万亿¥]/.test(v));
}

fs.mkdirSync(outDir, { recursive: true });
await runScenarios({ dist, outDir }, [exportsOfEveryCalculator]);
