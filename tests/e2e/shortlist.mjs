#!/usr/bin/env node
// End-to-end tests of the creator shortlist in the release build, in
// Chromium: a 40-row proposal sheet pasted with Chinese headings and one
// with English headings, the picks and the answer, the stale state of a bad
// cell, the mapping step, the link round trip, and screenshots at phone and
// desktop widths in both languages.
//
//   node tests/e2e/shortlist.mjs            (KOLCALC_DIST=… to serve another dist/)

import path from 'node:path';
import {
  check, expect, expectEqual, until, base, newContext, open, ready, outputs, dataValue,
  outputBecomes, typeInto, SCREENS, dist, outDir, runScenarios,
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
      const context = await newContext(browser, device);
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

await runScenarios({ dist, outDir }, [shortlist, screenshots]);
