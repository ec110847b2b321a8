#!/usr/bin/env node
// End-to-end tests of the creator shortlist in the release build, in
// Chromium: a 40-row proposal sheet pasted with Chinese headings and one
// with English headings, the picks and the answer, the stale state of a bad
// cell, the mapping step, the link round trip, and screenshots at phone and
// desktop widths in both languages. A 500-row list: its link carries the list
// compressed (`listz`), reopens to the same outputs after a loading state,
// survives a saved scenario, and a tampered payload opens the defaults with
// a notice.
//
//   node tests/e2e/shortlist.mjs            (KOLCALC_DIST=… to serve another dist/)

import path from 'node:path';
import zlib from 'node:zlib';
import {
  check, expect, expectEqual, until, base, newContext, open, ready, outputs, dataValue,
  outputBecomes, typeInto, SCREENS, dist, outDir, runScenarios, copiedLinkReopens,
} from '../support/e2e.mjs';

// A seeded sheet of 40 creators, as an agency's proposal (达人提报表).
function sheet(headings, rows = 40, seed = 7) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const lines = [headings.join('\t')];
  for (let i = 0; i < rows; i += 1) {
    const followers = Math.round(3000 + next() * 300000);
    const ratio = 0.008 + next() * 0.07;
    const likes = Math.round(followers * ratio * 0.65);
    const saves = Math.round(followers * ratio * 0.35);
    const quote = Math.round(followers * (0.05 + next() * 0.1));
    const wan = (followers / 10000).toFixed(2);
    lines.push([`达人${i + 1}`, `${wan}万`, `¥${quote.toLocaleString('en-US')}`, likes, saves,
      Math.round(likes * 0.08), Math.round(likes * 0.03)].join('\t'));
  }
  return lines.join('\n');
}

const ZH = ['达人昵称', '粉丝数', '图文报价', '平均点赞', '平均收藏', '平均评论', '平均分享'];
const EN = ['Name', 'Followers', 'Quote', 'Likes', 'Saves', 'Comments', 'Shares'];

async function paste(page, text) {
  await page.locator('#sl-paste').fill(text);
  await page.locator('#sl-read').click();
}

async function pickedRows(page) {
  const all = await outputs(page);
  return Object.entries(all).filter(([k, v]) => /^c\d+_picked$/.test(k) && v === '1').length;
}

async function shortlist(browser) {
  const context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });

  for (const [lang, headings] of [['zh', ZH], ['en', EN]]) {
    const page = await open(context, `#/shortlist?v=1&lang=${lang}&b=300000&minrev=2&headcap=0`, `shortlist ${lang}`);
    await ready(page);
    await check(`${lang}: a 40-row sheet pasted with ${lang === 'zh' ? 'Chinese' : 'English'} headings is read whole`, async () => {
      await paste(page, sheet(headings));
      await outputBecomes(page, 'c40_tier', (v) => v !== null);
      expectEqual(await page.locator('output[name="c41_tier"]').count(), 0, 'no 41st row');
      expectEqual(await page.locator('#sl-name-40').inputValue(), '达人40', 'row 40 name');
    });
    await check(`${lang}: the pick is proven, within the budget, and the answer says it`, async () => {
      await outputBecomes(page, 'opt_status', 'proven');
      const count = Number(await dataValue(page, 'pick_count'));
      expect(count > 0, 'creators picked');
      expectEqual(await pickedRows(page), count, 'picked rows = pick_count');
      expect(Number(await dataValue(page, 'pick_cost')) <= 300000, 'within the budget');
      const answer = await page.locator('[data-answer]').innerText();
      expect(answer.includes(String(count)), `answer "${answer}" names ${count}`);
      expect(answer.includes(await dataValue(page, 'failed_count')), 'answer names the failures');
      expectEqual(await page.locator('#sl-results').getAttribute('data-state'), null, 'results current');
      const failed = Number(await dataValue(page, 'failed_count'));
      const fails = Object.entries(await outputs(page))
        .filter(([k, v]) => /^c\d+_verdict$/.test(k) && (v === 'below' || v === 'red_flags'));
      expectEqual(fails.length, failed, 'failed_count = rows failing');
      for (const [key] of fails) {
        expectEqual(await dataValue(page, key.replace('verdict', 'picked')), '0', `${key} not picked`);
      }
    });
    if (lang === 'en') {
      await check('en: a bad cell marks the results stale and names the cell; fixing it restores them', async () => {
        const before = await dataValue(page, 'pick_cost');
        await typeInto(page.locator('#sl-followers-3'), 'lots');
        const results = page.locator('#sl-results');
        await until(async () => (await results.getAttribute('data-state')) === 'stale', 'stale');
        const message = await page.locator('.answer-bar .stale-notice').innerText();
        expect(/Followers 3\b/.test(message), `message "${message}" names the cell`);
        // The results kept are the last valid ones, marked out of date.
        expectEqual(await dataValue(page, 'pick_cost'), '', 'no current pick_cost');
        expectEqual(
          await page.locator('#sl-results output[name="pick_cost"]').getAttribute('data-value'), before, 'kept pick_cost');
        await page.locator('#sl-followers-3').fill('');
        await typeInto(page.locator('#sl-followers-3'), '50000');
        await until(async () => (await results.getAttribute('data-state')) === null, 'current');
        expect((await dataValue(page, 'pick_cost')) !== null, `cost back (${before})`);
      });
      await check('en: must-book and never-book marks move the pick and travel in the link', async () => {
        await page.locator('#sl-mark-1').selectOption('never');
        await outputBecomes(page, 'c1_picked', '0');
        await until(async () => new URL(page.url()).hash.includes('never=1'), 'never=1 in the link');
      });
      await check('en: the link reopens the same outputs in a fresh profile, with no notice', async () => {
        const all = await outputs(page);
        const fresh = await newContext(browser);
        const other = await open(fresh, page.url().slice(base.length + 1), 'reopened');
        // Until the app has taken over, the prerendered page is there too.
        await ready(other);
        await outputBecomes(other, 'opt_status', all.opt_status);
        const again = await outputs(other);
        for (const [k, v] of Object.entries(all)) expectEqual(again[k], v, k);
        expectEqual(await other.locator('[data-notices]').count(), 0, 'no notice');
        await fresh.close();
      });
      await check('en: unknown headings open the mapping step, and mapped columns are read', async () => {
        await paste(page, 'Handle\tFans count\tRate card\tL\tS\nAmy\t12000\t900\t300\t100\nBo\t8000\t500\t90\t40');
        await page.locator('.sl-mapping').waitFor({ timeout: 2000 });
        await page.locator('#sl-map-2').selectOption('quote');
        await page.locator('#sl-map-3').selectOption('likes');
        await page.locator('#sl-map-4').selectOption('saves');
        await page.locator('#sl-apply-mapping').click();
        await outputBecomes(page, 'c2_tier', 'koc');
        expectEqual(await page.locator('output[name="c3_tier"]').count(), 0, 'two rows');
      });
    }
    await page.close();
  }
  await context.close();
}

async function screenshots(browser) {
  for (const device of SCREENS) {
    for (const lang of ['en', 'zh']) {
      const name = `shortlist-${lang}-${device.width}`;
      const context = await newContext(browser, screen(device));
      const page = await open(context, `#/shortlist?v=1&lang=${lang}`, name);
      await ready(page);
      await outputBecomes(page, 'opt_status', 'proven');
      await check(`${name}: nothing overflows the viewport sideways`, async () => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow <= 0, `${overflow}px too wide`);
      });
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
      await context.close();
    }
  }
}

/** Context options of a screen of `SCREENS`: its viewport and device. */
function screen({ width, height, ...device }) {
  return { viewport: { width, height }, ...device };
}

const PHONE = screen(SCREENS.find((s) => s.width === 390));

/** A fragment (`…#v=1&…&listz=…`) with `listz` replaced by `value`. */
function withPayload(link, value) {
  return link.replace(/([#&?])listz=[^&]*/, `$1listz=${value}`);
}

/** base64url, no padding, of raw deflate of `text`. */
function deflated(text) {
  return zlib.deflateRawSync(Buffer.from(text)).toString('base64url');
}

/** Slows the browser's decompression down until `window.releaseList()`, so
 *  the loading state stays long enough to be looked at. */
function holdDecompression() {
  const Original = window.DecompressionStream;
  const hold = new Promise((resolve) => { window.releaseList = resolve; });
  window.DecompressionStream = function HeldDecompression(format) {
    const inner = new Original(format);
    const gate = new TransformStream({ start: () => hold });
    return { writable: inner.writable, readable: inner.readable.pipeThrough(gate) };
  };
}

async function longList(browser) {
  const context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await open(context, '#/shortlist?v=1&lang=en', 'long list');
  await ready(page);
  await outputBecomes(page, 'opt_status', 'proven');
  const defaults = await outputs(page);
  let scenario;
  let copied;
  await check('a 500-row list goes into the address compressed (listz), not plain', async () => {
    await paste(page, sheet(EN, 500, 11));
    await outputBecomes(page, 'c50_tier', (v) => v !== null);
    await until(async () => new URL(page.url()).hash.includes('listz='), 'listz in the address', 10_000);
    const hash = new URL(page.url()).hash;
    expect(!/[#&?]list=/.test(hash), 'no plain list beside it');
    expect(hash.length > 8 * 1024, `${hash.length} bytes: over the plain limit, as 500 rows are`);
    expectEqual(await page.locator('.link-warning').count(), 0, 'no warning: the link carries the list');
    // The payload is plain raw deflate: any inflater reads the list back.
    const payload = hash.match(/listz=([^&]*)/)[1];
    const list = zlib.inflateRawSync(Buffer.from(payload, 'base64url')).toString();
    expectEqual(list.split(';').length, 500, 'rows in the payload');
    expect(list.startsWith('达人1,'), list.slice(0, 40));
    const plain = hash.replace(/listz=[^&]*/, `list=${encodeURIComponent(list).replace(/%2C/gi, ',').replace(/%3B/gi, ';')}`);
    console.log(`# 500 rows: the address is ${hash.length} bytes with listz (payload ${payload.length}); plain it would be ${plain.length}`);
    expectEqual(await page.locator('#sl-name-1').inputValue(), '达人1', 'row 1');
    await outputBecomes(page, 'opt_status', (v) => v === 'proven' || v === 'best_found');
    scenario = await outputs(page);
    expect(Object.keys(scenario).length > 50, `${Object.keys(scenario).length} outputs`);
    expect(scenario.c1_tier !== undefined && scenario.pick_count !== undefined, 'creator and totals outputs');
  });
  await check('copy link: the compressed link opens the same outputs in a fresh profile', async () => {
    copied = await copiedLinkReopens(browser, page, scenario, ['pick_cost', scenario.pick_cost]);
    expect(copied.includes('listz='), 'the copied link is compressed');
  });
  await check('while the list is read, the page says so and shows no results (en and zh, 390 px)', async () => {
    for (const lang of ['en', 'zh']) {
      const held = await newContext(browser, PHONE);
      await held.addInitScript(holdDecompression);
      const link = `${copied.slice(base.length + 1)}&lang=${lang}`;
      const other = await open(held, link, `held ${lang}`);
      await ready(other);
      const note = other.locator('[data-reading-list] .sl-reading');
      await note.waitFor({ timeout: 5000 });
      const text = await note.innerText();
      expect(lang === 'en' ? text.startsWith('Reading the creator list') : text.startsWith('正在读取'), text);
      expectEqual(await other.locator('output[name]').count(), 0, 'no results while reading');
      await other.screenshot({ path: path.join(outDir, `shortlist-reading-${lang}-390.png`) });
      await other.evaluate(() => window.releaseList());
      await outputBecomes(other, 'pick_cost', scenario.pick_cost);
      const again = await outputs(other);
      for (const [k, v] of Object.entries(scenario)) expectEqual(again[k], v, k);
      await held.close();
    }
  });
  await check('a tampered listz opens the default list with a notice, in the page language', async () => {
    const fragment = copied.slice(base.length + 1);
    const payload = new URL(copied).hash.match(/listz=([^&]*)/)[1];
    const tampered = {
      'bad base64': '!!not*base64!!',
      truncated: payload.slice(0, Math.floor(payload.length / 2)),
      'not deflate': Buffer.from('not deflate at all').toString('base64url'),
      'not a list': deflated('hello, world'),
      // 500 well-formed rows, but over the 1 MB a list may inflate to.
      'a zip bomb': deflated(Array.from({ length: 500 }, () => `${'x'.repeat(2100)},1,2,3,4,5,6`).join(';')),
    };
    for (const [what, value] of Object.entries(tampered)) {
      for (const lang of ['en', 'zh']) {
        const fresh = await newContext(browser, PHONE);
        const other = await open(fresh, `${withPayload(fragment, value)}&lang=${lang}`, `tampered ${what}`);
        await ready(other);
        await other.locator('[data-notices]').waitFor({ timeout: 5000 });
        const notice = await other.locator('[data-notices]').innerText();
        expect(notice.includes('listz'), `${what}: notice "${notice}" names listz`);
        expect(lang === 'en' ? notice.includes('could not be read') && notice.includes('cut off') : notice.includes('无法读取') && notice.includes('截断'), `${what} ${lang}: "${notice}"`);
        await outputBecomes(other, 'opt_status', defaults.opt_status);
        const opened = await outputs(other);
        for (const [k, v] of Object.entries(defaults)) expectEqual(opened[k], v, `${what}: ${k}`);
        if (what === 'truncated') {
          await other.screenshot({ path: path.join(outDir, `shortlist-tampered-${lang}-390.png`) });
        }
        await fresh.close();
      }
    }
  });
  await check('a list too long even compressed keeps the plain list in the address and warns', async () => {
    // 500 rows with 300 random characters in each name: over 64 KB compressed.
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    };
    const rows = Array.from({ length: 500 }, (_, i) =>
      [Array.from({ length: 60 }, random).join('').slice(0, 300), 20000 + i, 3000, 300, 200, 20, 5].join('\t'));
    await paste(page, [EN.join('\t'), ...rows].join('\n'));
    const warning = page.locator('.link-warning');
    await warning.waitFor({ timeout: 10_000 });
    const text = await warning.innerText();
    expect(text.includes('64 KB') && text.includes('open with defaults'), text);
    const hash = new URL(page.url()).hash;
    expect(/[#&?]list=/.test(hash) && !hash.includes('listz='), 'the plain list stays in the address');
    // Back to the 500 rows that fit.
    await paste(page, sheet(EN, 500, 11));
    await until(async () => new URL(page.url()).hash.includes('listz='), 'listz again', 10_000);
    expectEqual(await page.locator('.link-warning').count(), 0, 'no warning');
    await outputBecomes(page, 'pick_cost', scenario.pick_cost);
  });
  await check('a saved 500-row shortlist reopens whole from the saved list, after a reload too', async () => {
    await typeInto(page.locator('#saved-name'), 'Long list');
    await page.getByRole('button', { name: 'Save this scenario' }).click();
    await page.getByText('Saved “Long list').waitFor({ timeout: 3000 });
    const stored = await page.evaluate(() => localStorage.getItem('kolcalc.saved'));
    const query = new URL(page.url()).hash.slice(1);
    expect(stored.includes(`\t${query}`), 'the store holds the whole address');
    await page.evaluate(() => { location.hash = '#v=1&lang=en'; });
    await outputBecomes(page, 'pick_cost', defaults.pick_cost);
    await page.reload();
    await ready(page);
    await page.getByRole('link', { name: 'Long list', exact: true }).click();
    await outputBecomes(page, 'pick_cost', scenario.pick_cost);
    const reopened = await outputs(page);
    for (const [k, v] of Object.entries(scenario)) expectEqual(reopened[k], v, k);
    expectEqual(await page.locator('[data-notices]').count(), 0, 'no notice');
  });
  await check('the comparison reads a compressed list beside the example list', async () => {
    const long = new URL(page.url()).hash.slice(1);
    expect(long.includes('listz='), 'the reopened scenario carries listz');
    const fresh = await newContext(browser, PHONE);
    const compare = await open(fresh, `#/compare?calc=shortlist&n1=Long&s1=${encodeURIComponent(long)}&n2=Example&s2=${encodeURIComponent('v=1')}&lang=en`, 'compare long list');
    await ready(compare);
    const row = compare.locator('tr[data-name="pick_cost"] td:not(.delta)');
    await until(async () => (await row.count()) === 2, 'pick_cost in both columns', 10_000);
    expectEqual(await row.nth(0).getAttribute('data-value'), scenario.pick_cost, 'the long list\'s pick');
    expectEqual(await row.nth(1).getAttribute('data-value'), defaults.pick_cost, 'the example list\'s pick');
    expectEqual(await compare.locator('tr[data-name="c50_tier"] td:not(.delta)').first().getAttribute('data-value'), scenario.c50_tier, 'row 50');
    await fresh.close();
  });
  await context.close();
}

await runScenarios({ dist, outDir }, [shortlist, longList, screenshots]);
