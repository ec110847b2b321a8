#!/usr/bin/env node
// End-to-end tests of the campaign-timeline page in the release build, in
// Chromium: schedules over real holidays opened from links, errors beside
// fields in both languages, conflicts, backward scheduling, holiday and
// calendar edits, tampered links, the calendar and CSV downloads, the Gantt
// chart, and screenshots.
//
// Assumes `trunk build --release` has produced dist/. Serves dist/ on
// 127.0.0.1 (a random free port), launches Chromium through playwright-core,
// prints one line per check and exits non-zero if any check fails. The last
// line is always `N passed, M failed`. Screenshots go to tests/e2e/out/.
//
// The page's "today" is the browser's date; nothing here depends on which
// day the run happens: where today matters it is read in the page.
//
//   node tests/e2e/timeline.mjs              (KOLCALC_DIST=… to serve another dist/)

import fs from 'node:fs';
import path from 'node:path';
import {
  passed, failed, check, expect, expectEqual, until, base, newContext, open, ready, outputs,
  dataValue, shownText, outputBecomes, typeInto, hashQuery, runScenarios, SCREENS,
  copiedLinkReopens, dist, outDir, canvasState,
} from '../support/e2e.mjs';

// One vertical KOL, every step at a fixed length, no revision rounds, a brand
// in China's time zone (worked by hand in tests/timeline_schedules.rs).
const ONE_KOL = 'dir=start&rounds=0&tz=8&sel=3,3,3,w&brief=2,2,2,w&draft=3,3,3,w&final=2,2,2,w'
  + '&review=1,1,1,w&pub=1,1,1,c&w1=0,1,0&w2=1,1,0&w3=0,1,7';
/** Over Spring Festival 2026 (15–23 Feb): live Sunday 1 March, 21 days. */
const SPRING = `#/timeline?v=1&lang=en&s=2026-02-09&${ONE_KOL}`;
/** Over Mid-Autumn and National Day 2026: live Wednesday 14 October. */
const AUTUMN = `#/timeline?v=1&lang=en&s=2026-09-22&${ONE_KOL}`;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the page, as the page reads it (the browser's local date), ISO. */
async function pageToday(page, plusDays = 0) {
  return page.evaluate((plus) => {
    const d = new Date();
    d.setDate(d.getDate() + plus);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, plusDays);
}

/** Clicks `button` and resolves to the downloaded file's name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), button.click()]);
  const where = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(where) };
}

/** Checks an iCalendar file's framing (RFC 5545 §3.1) and unfolds it. */
function icsLines(bytes) {
  const text = bytes.toString('utf8');
  expect(!text.includes('\ufffd'), 'not valid UTF-8 (a fold split a character?)');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n'), `starts ${JSON.stringify(text.slice(0, 20))}`);
  expect(text.endsWith('END:VCALENDAR\r\n'), `ends ${JSON.stringify(text.slice(-20))}`);
  text.split('\r\n').slice(0, -1).forEach((line, i) => {
    expect(!line.includes('\n') && !line.includes('\r'), `line ${i + 1} has a bare LF or CR`);
    expect(Buffer.byteLength(line, 'utf8') <= 75, `line ${i + 1} is ${Buffer.byteLength(line, 'utf8')} octets`);
  });
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Waits until the page shows a schedule (no conflict) and returns its outputs. */
async function schedule(page) {
  await outputBecomes(page, 'last_live_likely', (v) => ISO.test(v ?? ''));
  return outputs(page);
}

// ---------------------------------------------------------------- scenarios

async function handWorked(browser) {
  const context = await newContext(browser);
  await check('Spring Festival 2026 from a link: live 1 March (likely = P80), 21 days, spans_holiday', async () => {
    const page = await open(context, SPRING, 'spring festival');
    await ready(page);
    await outputBecomes(page, 'last_live_likely', '2026-03-01');
    const values = await outputs(page);
    expectEqual(values.start, '2026-02-09', 'start');
    expectEqual(values.p80, '2026-03-01', 'p80');
    expectEqual(values.last_live_earliest, '2026-03-01', 'earliest (fixed durations)');
    expectEqual(values.last_live_latest, '2026-03-01', 'latest (fixed durations)');
    expectEqual(values.duration_days, '21', 'duration_days');
    expectEqual(values.last_live_vertical, '2026-03-01', 'last_live_vertical');
    expectEqual(values.creators_vertical, '1', 'creators_vertical');
    expect(!('creators_seeding' in values), 'an empty wave has no row');
    const spans = page.locator('ul.warnings li[data-kind="spans_holiday"]');
    expect(await spans.count() >= 1, 'no spans_holiday warning');
    const text = await spans.allInnerTexts();
    expect(text.some((t) => t.includes('Spring Festival')), `warnings: ${text.join(' | ')}`);
    expectEqual(await page.locator('[data-notices]').count(), 0, 'no link notice');
    await page.close();
  });
  await check('Mid-Autumn and National Day 2026 from a link: live 14 October', async () => {
    const page = await open(context, AUTUMN, 'national day');
    await ready(page);
    await outputBecomes(page, 'last_live_likely', '2026-10-14');
    expectEqual(await dataValue(page, 'p80'), '2026-10-14', 'p80');
    expectEqual(await dataValue(page, 'start'), '2026-09-22', 'start');
    await page.close();
  });
  await context.close();
}

/** The results read from the last valid fields stay on the page, marked
 *  out of date, and the field to fix is named. */
async function staleResults(page, field) {
  await until(async () => ((await page.locator('section.results').getAttribute('data-state')) === 'stale' ? true : null), 'stale results');
  await page.locator(`.stale-notice a[data-field^="${field}"]`).first().waitFor({ timeout: 2000 });
  const kept = await page.locator('section.results output[name="last_live_likely"]').getAttribute('data-value');
  expect(ISO.test(kept ?? ''), `the last valid go-live date is kept: ${kept}`);
}

async function errorsAndConflicts(browser) {
  const context = await newContext(browser);
  const page = await open(context, SPRING, 'errors');
  await ready(page);
  await outputBecomes(page, 'last_live_likely', '2026-03-01');

  await check('a step\'s max below its min shows the error in that step\'s row; the last results stay, marked out of date', async () => {
    const max = page.locator('#tl-sel-2');
    await typeInto(max, '1');
    const row = page.locator('tr', { has: max });
    const error = row.locator('.cell-error');
    await error.first().waitFor({ timeout: 2000 });
    expectEqual((await error.first().innerText()).trim(), '⚠ Minimum, likely and maximum must not decrease.', 'error text');
    const invalid = await row.locator('input[aria-invalid="true"]').count();
    expect(invalid >= 1, 'no field of the row is marked aria-invalid');
    await staleResults(page, 'tl-sel-');
    await typeInto(max, '3');
    await error.first().waitFor({ state: 'detached', timeout: 2000 });
    await outputBecomes(page, 'last_live_likely', '2026-03-01');
  });

  await check('with lang=zh the same error is in Chinese', async () => {
    const zh = await open(context, SPRING.replace('lang=en', 'lang=zh'), 'errors zh');
    await ready(zh);
    await outputBecomes(zh, 'last_live_likely', '2026-03-01');
    const max = zh.locator('#tl-draft-2');
    await typeInto(max, '2');
    const error = zh.locator('tr', { has: max }).locator('.cell-error');
    await error.first().waitFor({ timeout: 2000 });
    expectEqual((await error.first().innerText()).trim(), '⚠ 最少、最可能、最多的天数不能递减。', 'error text');
    await staleResults(zh, 'tl-draft-');
    await zh.close();
  });

  await check('every wave at 0 creators: status = no_creators, no dates', async () => {
    for (const w of [1, 2, 3]) await typeInto(page.locator(`#tl-w${w}-0`), '0');
    await outputBecomes(page, 'status', 'no_creators');
    expectEqual(await page.locator('output[name="last_live_likely"]').count(), 0, 'no last_live_likely');
    const said = await shownText(page, 'status');
    expect(said.includes('0 creators'), said);
  });

  await check('10,000 creators reviewed 1 at once: status = too_long; 1,000 at once: a schedule', async () => {
    await typeInto(page.locator('#tl-w1-1'), '1');
    await typeInto(page.locator('#tl-w1-0'), '10000');
    await outputBecomes(page, 'status', 'too_long');
    expect(/\d/.test(await shownText(page, 'status')), 'the years are said');
    await typeInto(page.locator('#tl-w1-1'), '1000');
    await outputBecomes(page, 'groups_seeding', '10');
    expectEqual(await dataValue(page, 'creators_seeding'), '10000', 'creators_seeding');
    expectEqual(await page.locator('output[name="status"]').count(), 0, 'no status');
    await schedule(page);
    await until(async () => hashQuery(page.url()).get('w1') === '10000,1000,0', 'w1 in the address');
  });
  await context.close();
}

async function backward(browser) {
  const context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await open(context, '#/timeline?v=1&lang=en', 'backward');
  await ready(page);
  await schedule(page);

  await check('backward from a target: latest_start_p80 ≤ latest_start_likely', async () => {
    const target = await pageToday(page, 70);
    await page.locator('#tl-direction').selectOption('target');
    await page.locator('#tl-target').waitFor({ timeout: 2000 });
    expectEqual(await page.locator('#tl-start').count(), 0, 'start box hidden');
    await typeInto(page.locator('#tl-target'), target);
    await until(async () => hashQuery(page.url()).get('t') === target && hashQuery(page.url()).get('dir') === 'target',
      'dir and t in the address');
    const p80 = await outputBecomes(page, 'latest_start_p80', (v) => ISO.test(v ?? ''));
    const likely = await dataValue(page, 'latest_start_likely');
    expect(ISO.test(likely ?? ''), `latest_start_likely = ${likely}`);
    expect(p80 <= likely, `P80 start ${p80} after likely start ${likely}`);
    const last = await dataValue(page, 'p80');
    const missed = await page.locator('ul.warnings li[data-kind="target_missed"]').count();
    if (missed === 0) expect(last <= target, `P80 go-live ${last} after the target ${target}`);
  });

  const scenario = await outputs(page);
  await check('"Copy link" of the backward plan reopens the same outputs in a fresh profile', async () => {
    const copied = await copiedLinkReopens(browser, page, scenario,
      ['latest_start_p80', scenario.latest_start_p80], async (other) => {
        expectEqual(await other.locator('#tl-direction').inputValue(), 'target', 'direction');
        expectEqual(await other.locator('#tl-target').inputValue(), hashQuery(page.url()).get('t'), 'target box');
      });
    expect(copied.startsWith(`${base}/timeline/#`), `copied ${copied}`);
    const query = hashQuery(copied);
    for (const key of ['dir', 's', 't', 'rounds', 'tz', 'seed', 'off', 'work', 'ign', 'sel', 'brief', 'draft',
      'final', 'review', 'pub', 'rc', 'rb', 'w1', 'w2', 'w3']) {
      expect(query.has(key), `no ${key} in the link`);
    }
  });
  await context.close();
}

async function calendarEdits(browser) {
  const context = await newContext(browser);
  await check('unticking Spring Festival 2026 moves the go-live earlier and writes ign=2026-02-15', async () => {
    const page = await open(context, SPRING, 'holiday off');
    await ready(page);
    await outputBecomes(page, 'last_live_likely', '2026-03-01');
    const box = page.locator('#tl-holiday-2026-02-15');
    expect(await box.isChecked(), 'counted at first');
    await box.uncheck();
    await outputBecomes(page, 'last_live_likely', (v) => ISO.test(v ?? '') && v < '2026-03-01');
    // By hand: with the festival (and its make-up Saturday 14 Feb) gone,
    // draft review Mon 16–Wed 18, approval Thu 19–Fri 20, platform review
    // Mon 23, live Tuesday 24 February.
    expectEqual(await dataValue(page, 'last_live_likely'), '2026-02-24', 'last_live_likely');
    await until(async () => (hashQuery(page.url()).get('ign') ?? '').split(';').includes('2026-02-15'), 'ign in the address');
    expect(!(await page.locator('#tl-holiday-2026-02-15').isChecked()), 'the box stays unticked');
    const spans = await page.locator('ul.warnings li[data-kind="spans_holiday"]').allInnerTexts();
    expect(!spans.some((t) => t.includes('Spring Festival')), `still warned: ${spans.join(' | ')}`);
    await page.close();
  });

  await check('typing an extra working day (2026-02-16) moves the go-live earlier', async () => {
    const page = await open(context, SPRING, 'working day');
    await ready(page);
    await outputBecomes(page, 'last_live_likely', '2026-03-01');
    await typeInto(page.locator('#tl-working-days'), '2026-02-16');
    await outputBecomes(page, 'last_live_likely', (v) => ISO.test(v ?? '') && v < '2026-03-01');
    // By hand: draft review Sat 14, Mon 16 and Tue 24; approval Wed 25–Thu
    // 26; platform review Fri 27; live Saturday 28 February.
    expectEqual(await dataValue(page, 'last_live_likely'), '2026-02-28', 'last_live_likely');
    await until(async () => hashQuery(page.url()).get('work') === '2026-02-16', 'work in the address');
    expectEqual(await page.locator('#tl-working-days-error').count(), 0, 'no error');
    await page.close();
  });

  await check('a garbage days-off line shows an error under the textarea; the last results stay, marked out of date', async () => {
    const page = await open(context, SPRING, 'days off');
    await ready(page);
    await outputBecomes(page, 'last_live_likely', '2026-03-01');
    const area = page.locator('#tl-days-off');
    await typeInto(area, '2026-03-02\nnext tuesday-ish');
    const error = page.locator('#tl-days-off-error');
    await error.waitFor({ timeout: 2000 });
    expect((await error.innerText()).includes('Not a date'), await error.innerText());
    expectEqual(await area.getAttribute('aria-invalid'), 'true', 'aria-invalid');
    const [a, e] = [await area.boundingBox(), await error.boundingBox()];
    expect(e.y >= a.y + a.height - 1, `error at y=${e.y}, textarea ends at ${a.y + a.height}`);
    await staleResults(page, 'tl-days-off');
    await page.close();
  });

  const plain = await open(context, '#/timeline?v=1&lang=en', 'defaults');
  await ready(plain);
  const defaults = await schedule(plain);
  const tampered = [
    // rows of another length than the app writes: no field can hold them
    ['sel', '9,1,w', ['tl-sel-0', 'tl-sel-1', 'tl-sel-2']],
    ['w1', 'abc', ['tl-w1-0', 'tl-w1-1', 'tl-w1-2']],
    ['rc', '1,2', ['tl-rc-0', 'tl-rc-1', 'tl-rc-2']],
  ];
  for (const [key, value, ids] of tampered) {
    await check(`a tampered link (${key}=${value}) opens with defaults and a notice naming ${key}`, async () => {
      const page = await open(context, `#/timeline?v=1&lang=en&${key}=${value}`, `tampered ${key}`);
      await ready(page);
      const values = await schedule(page);
      const notice = page.locator('[data-notices]');
      const text = (await notice.count()) ? await notice.locator('li').allInnerTexts() : [];
      expect(text.some((t) => t.includes(`${key} = “${value}”`)),
        `no notice names ${key} (notices: ${text.join(' | ') || 'none'})`);
      expectEqual(await notice.getAttribute('data-notices'), '1', 'one notice');
      for (const id of ids) {
        expectEqual(await page.locator(`#${id}`).inputValue(), await plain.locator(`#${id}`).inputValue(), `#${id}`);
      }
      const errors = await page.locator('.cell-error, .field-error').allInnerTexts();
      expect(errors.length === 0, `field errors: ${errors.join(' | ')}`);
      for (const [name, wanted] of Object.entries(defaults)) expectEqual(values[name], wanted, `output ${name}`);
      await until(async () => hashQuery(page.url()).get(key) === hashQuery(plain.url()).get(key),
        `${key} back to its default in the address`);
      await page.close();
    });
  }
  await check('the start a tampered link falls back to is the browser\'s today', async () => {
    expectEqual(await plain.locator('#tl-start').inputValue(), await pageToday(plain), '#tl-start');
    expectEqual(defaults.start, await pageToday(plain), 'start output');
  });
  await plain.close();
  await context.close();
}

async function exportsAndChart(browser) {
  const context = await newContext(browser, { acceptDownloads: true });
  const page = await open(context, SPRING, 'exports');
  await ready(page);
  await outputBecomes(page, 'last_live_likely', '2026-03-01');
  // The chart's data table is built when opened.
  await page.locator('details.chart-data > summary').click();
  await page.locator('details.chart-data tbody tr').first().waitFor();
  const milestones = await page.locator('details.chart-data tbody tr').count();

  await check('the calendar (.ics) download parses: CRLF, ≤ 75 octets a line, all-day VEVENTs incl. P80', async () => {
    const { name, bytes } = await download(page, page.locator('#tl-export-ics'));
    expectEqual(name, 'kolcalc-timeline.ics', 'file name');
    const lines = icsLines(bytes);
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expectEqual(events, lines.filter((l) => l === 'END:VEVENT').length, 'END:VEVENT count');
    expectEqual(events, milestones, 'one VEVENT per milestone');
    const starts = lines.filter((l) => l.startsWith('DTSTART')).map((l) => l.replace('DTSTART;VALUE=DATE:', ''));
    expectEqual(starts.length, events, 'DTSTART;VALUE=DATE: lines');
    expect(starts.every((s) => /^\d{8}$/.test(s)), `DTSTART values ${starts.join(' ')}`);
    expect(starts.includes('20260301'), 'no event on the P80 date 20260301');
    expect(lines.some((l) => l.startsWith('SUMMARY:') && l.includes('P80')), 'no P80 event');
  });

  await check('the Chinese calendar (.ics) keeps CRLF and ≤ 75 octets a line with multi-byte titles', async () => {
    const zh = await open(context, SPRING.replace('lang=en', 'lang=zh'), 'exports zh');
    await ready(zh);
    await outputBecomes(zh, 'last_live_likely', '2026-03-01');
    const lines = icsLines((await download(zh, zh.locator('#tl-export-ics'))).bytes);
    expect(lines.includes('X-WR-CALNAME:投放排期'), 'calendar name in Chinese');
    expectEqual(lines.filter((l) => l === 'BEGIN:VEVENT').length, milestones, 'one VEVENT per milestone');
    expect(lines.some((l) => l.startsWith('SUMMARY:') && /[\u4e00-\u9fff]/.test(l)), 'no Chinese SUMMARY');
    await zh.close();
  });

  await check('the CSV download has a UTF-8 BOM, a header row and one row per milestone', async () => {
    const { name, bytes } = await download(page, page.locator('#tl-export-csv'));
    expectEqual(name, 'kolcalc-timeline.csv', 'file name');
    expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, `first bytes ${bytes.subarray(0, 3).toString('hex')}`);
    const rows = bytes.toString('utf8').slice(1).split('\r\n').filter((r) => r !== '');
    expectEqual(rows.length, 1 + milestones, 'rows');
    expect(/Milestone/i.test(rows[0]) && !/\d{4}-\d{2}-\d{2}/.test(rows[0]), `header ${rows[0]}`);
    expect(rows.slice(1).every((r) => /,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},\d+$/.test(r)), 'a row without ISO dates');
    expect(rows.some((r) => r.includes('P80') && r.includes('2026-03-01')), 'no P80 row on 2026-03-01');
  });

  await check('the Gantt chart is drawn, with PNG and SVG downloads', async () => {
    await until(async () => (await canvasState(page)).inked > 0, 'ink on the Gantt canvas');
    const figure = page.locator('figure.chart');
    const png = figure.getByRole('button', { name: 'Download PNG', exact: true });
    const svg = figure.getByRole('button', { name: 'Download SVG', exact: true });
    expectEqual(await png.count(), 1, 'PNG button');
    expectEqual(await svg.count(), 1, 'SVG button');
    const image = await download(page, png);
    expectEqual(image.name, 'kolcalc-timeline.png', 'PNG name');
    expect(image.bytes.subarray(1, 4).toString('latin1') === 'PNG', 'not a PNG');
    const vector = await download(page, svg);
    expectEqual(vector.name, 'kolcalc-timeline.svg', 'SVG name');
    expect(/<svg[\s>]/.test(vector.bytes.toString('utf8')), 'not an SVG');
  });
  await context.close();
}

async function screenshots(browser) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of ['en', 'zh']) {
    const screens = [...SCREENS, { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true }];
    for (const size of screens) {
      const { width, height, ...device } = size;
      const name = `timeline-${lang}-${width}`;
      const context = await newContext(browser, {
        viewport: { width, height }, ...device, locale: lang === 'zh' ? 'zh-CN' : 'en-US',
      });
      // Default waves over Mid-Autumn and National Day: every table filled.
      const page = await open(context, `#/timeline?v=1&lang=${lang}&s=2026-09-22`, name);
      await ready(page);
      await schedule(page);
      await check(`${name}: the Gantt chart is drawn at CSS size × devicePixelRatio`, async () => {
        const state = await until(async () => {
          const s = await canvasState(page);
          return s.width > 0 && s.inked > 0 ? s : null;
        }, 'Gantt drawn');
        expectEqual(state.width, Math.round(state.cssWidth * state.dpr), 'canvas width');
      });
      await check(`${name}: the page does not scroll sideways`, async () => {
        const sizes = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
        }));
        expect(sizes.scroll <= sizes.inner, `page ${sizes.scroll}px wide in ${sizes.inner}px`);
      });
      await page.locator('details.chart-data > summary').click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
      await page.locator('figure.chart').screenshot({ path: path.join(outDir, `${name}-gantt.png`) });
      await context.close();
    }
  }
}

// --------------------------------------------------------------------- main

await runScenarios({ dist, outDir, watchdogMs: 150_000 }, [
  handWorked,
  errorsAndConflicts,
  backward,
  calendarEdits,
  exportsAndChart,
  screenshots,
]);
