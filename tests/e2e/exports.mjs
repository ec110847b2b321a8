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
  ['#/engagement?lang=zh&f=12000', 'ratio_mean', '类型'],
  ['#/budget-mix?lang=en&b=300000', 'opt_status', 'Kind'],
  ['#/compensation?lang=en&q=8000', 'cheapest', 'Kind'],
  ['#/timeline?lang=zh&s=2026-09-22', 'last_live_likely', '类型'],
];

async function exportsOfEveryCalculator(browser) {
  const context = await newContext(browser, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  for (const [hash, settle, header] of PAGES) {
    const route = hash.split('?')[0];
    const page = await open(context, hash, route);
    await ready(page);
    await page.locator(`output[name="${settle}"]`).waitFor();
    await check(`${route}: the CSV holds every input of the link and every output of the page`, async () => {
      const shown = await outputs(page);
      const link = hashQuery(await until(async () => (page.url().includes('v=1') ? page.url() : null), 'address written'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv-button').click()]);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'starts with a UTF-8 byte-order mark');
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      expectEqual(rows[0][0], header, 'header in the page language');
      expect(rows.every((r) => r.length === 4), 'four fields on every row');
      const inputs = rows.filter((r) => r[0] === rows[1][0]);
      const results = new Map(rows.slice(1).filter((r) => r[0] !== rows[1][0]).map((r) => [r[1], r[2]]));
      for (const [key, value] of link) {
        expect(inputs.some((r) => r[1] === key && r[2] === value), `input ${key}=${value} missing`);
      }
      expectEqual(results.size, Object.keys(shown).length, 'one row per output');
      for (const [name, value] of Object.entries(shown)) {
        expectEqual(results.get(name), value ?? '', `output ${name}`);
      }
      expect(expectNumbersPlain(results), 'numbers are unformatted');
    });
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
