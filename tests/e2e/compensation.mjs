#!/usr/bin/env node
// End-to-end tests of the compensation page in the release build, driven in
// Debian's Chromium the way a user would: typing, choosing, copying links.
//
// Assumes `trunk build --release` has produced dist/. Serves dist/ on
// 127.0.0.1 (a random free port), launches Chromium through playwright-core,
// prints one line per check and exits non-zero if any check fails. The last
// line is always `N passed, M failed`. Screenshots go to tests/e2e/out/.
//
//   node tests/e2e/compensation.mjs           (KOLCALC_DIST=… to serve another dist/)

import fs from 'node:fs';
import path from 'node:path';
import {
  passed, failed, check, expect, expectEqual, until, base, newContext, open, ready, outputs,
  dataValue, shownText, outputBecomes, typeInto, hashQuery, runScenarios, SCREENS,
  copiedLinkReopens, dist, outDir, canvasState,
} from '../support/e2e.mjs';

// ---------------------------------------------------------------- scenarios

const near = (v, w) => v !== null && v !== '' && Math.abs(Number(v) - w) <= 1e-9 * Math.max(1, Math.abs(w));

async function compensationByKeyboard(browser) {
  const context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await open(context, '#/compensation', 'compensation');
  await ready(page);

  await check('compensation page opens with its form, figures, table and checklist', async () => {
    await page.locator('#quote').waitFor();
    expectEqual(await page.locator('#quote').inputValue(), '12000', 'default quote');
    const values = await outputs(page);
    for (const name of ['cheapest', 'cheapest_total', 'warnings', 'contribution_margin', 'breakeven_roas',
      'perf_vs_flat_platform', 'hybrid_vs_flat_agency', 'total_flat_platform', 'fx_flat_agency',
      'product_seeding_mcn', 'cps_hybrid_agency', 'profit_perf_mcn', 'pays_flat_platform',
      'contract_hold_mcn', 'contract_currency_agency', 'cheapest_ties']) {
      expect(name in values, `no output ${name}`);
    }
    for (const model of ['flat', 'perf', 'seeding', 'hybrid']) {
      for (const channel of ['platform', 'mcn', 'agency']) {
        expect(`pays_until_${model}_${channel}` in values, `no output pays_until_${model}_${channel}`);
      }
    }
    // 5 headline figures (cheapest, cheapest_total, warnings, contribution
    // margin, break-even ROAS) + cheapest_ties; 6 break-even volumes against
    // the flat fee; 12 model × channel combinations × 12 figures each (total,
    // creator pay, fees, FX, product, 4 cost-per, profit, pays, pays_until);
    // 15 contract items (5 × 3 channels).
    expectEqual(Object.keys(values).length, 1 + 5 + 1 + 6 + 12 * 12 + 15, 'number of outputs (172, the answer first)');
    // Flat via the platform: 12,000 + 10% fee = 13,200, then the brand's 1%
    // bank conversion (bfx): 13,200 × 1.01 = 13,332.
    expectEqual(values.total_flat_platform, '13332', 'flat via platform: 12,000 × 1.1 × 1.01');
    // Seeding is left out: the ¥12,000 quote is at or above seedmax (5,000).
    // Commission on kept units: 20% × ¥300 × 60 × (1 − 10%) = 3,240, × 1.01
    // conversion = 3,272.4 via the platform and via the MCN (its share sits
    // inside its quote, no fee): a tie, won by the platform (fewer contract
    // gaps); the agency adds its 2% FX spread instead: 3,304.8.
    expectEqual(values.cheapest, 'perf_platform', 'cheapest');
    expectEqual(values.cheapest_ties, 'perf_mcn', 'cheapest_ties');
    expect(near(values.cheapest_total, 3240 * 1.01), `cheapest_total ${values.cheapest_total}`);
    expectEqual(values.warnings, 'seeding_unrealistic', 'warnings');
    expectEqual(await shownText(page, 'total_flat_platform'), '¥13,332', 'shown in yuan');
    // Profit = 0.54 × 300 × 60 − 13,332 = 9,720 − 13,332 = −3,612, written
    // with a typographic minus before the yuan sign.
    expect(near(values.profit_flat_platform, 0.54 * 300 * 60 - 13332), `profit ${values.profit_flat_platform}`);
    expectEqual(await shownText(page, 'profit_flat_platform'), '−¥3,612', 'negative money');
  });

  await check('the address carries every key once the page opens', async () => {
    const query = await until(async () => {
      const q = hashQuery(page.url());
      return q.get('q') ? q : null;
    }, 'q in the address');
    // No language: a link names one only when the sender chose it.
    expect(!hashQuery(page.url()).has('lang'), 'no lang in the address');
    for (const key of ['v', 'cur', 'q', 'fmt', 'eng', 'reads', 'clicks', 'sales', 'price', 'margin',
      'ret', 'basis', 'pe', 'pc', 'com', 'pcost', 'ship', 'post', 'hb', 'bonus', 'thr', 'hcom', 'pf', 'mcn',
      'af', 'fx', 'ur', 'um', 'qsrc', 'gp', 'gur', 'seedmax', 'bfx']) {
      expect(query.has(key), `no ${key} in the address`);
    }
    expectEqual(query.get('eng'), '800,2000,5000', 'eng');
  });

  // Q* = F × (1 + fee) / commission per unit kept: 8,000 × 1.1 = 8,800 over
  // 20% × ¥300 × (1 − 10% returns) = ¥54 a unit; the 1% conversion is paid on
  // both sides and cancels.
  await check('typing the quote updates totals and Q* (8,000 × 1.1 / 54 = 162.96 units)', async () => {
    await typeInto(page.locator('#quote'), '8000');
    // 8,000 × 1.1 × 1.01 = 8,888.
    await outputBecomes(page, 'total_flat_platform', (v) => near(v, 8888));
    expect(near(await dataValue(page, 'perf_vs_flat_platform'), 8800 / 54), 'perf_vs_flat_platform');
    // The agency: 15% fee and its 2% FX spread, no bank conversion: 9,384.
    expect(near(await dataValue(page, 'total_flat_agency'), 8000 * 1.15 * 1.02), 'agency with FX');
  });

  // Per engagement: 8,800 / ¥5 (the conversion again on both sides) = 1,760.
  await check('choosing "engagements" as the basis gives Q* = 8,800 / ¥5 = 1,760 engagements', async () => {
    await page.locator('#basis').selectOption('engagement');
    await outputBecomes(page, 'perf_vs_flat_platform', '1760');
    expectEqual(await shownText(page, 'perf_vs_flat_platform'), '1,760 engagements', 'text');
    await until(async () => hashQuery(page.url()).get('basis') === 'engagement', 'basis in the address');
  });

  await check('a fee over 100% shows its error beside the field; the last results stay, marked out of date', async () => {
    // "15" is read first (8,000 × 1.15 × 1.01 = 9,292), then a "0" makes
    // it 150%: waiting for 15's results keeps a busy machine from reading
    // both keystrokes in one render.
    await typeInto(page.locator('#platform-fee'), '15');
    await outputBecomes(page, 'total_flat_platform', (v) => near(v, 9292));
    await page.locator('#platform-fee').press('0');
    await page.locator('#platform-fee-error').waitFor({ timeout: 2000 });
    expectEqual(await page.locator('#platform-fee').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    expectEqual(await page.locator('#platform-fee').inputValue(), '150', 'the fee as typed');
    // Nothing computes with a default fee put in for it: the last results
    // read stay, marked out of date: those of "15".
    await until(async () => ((await page.locator('section.results').getAttribute('data-state')) === 'stale' ? true : null), 'stale');
    expectEqual(await dataValue(page, 'total_flat_platform'), '', 'no current total');
    const kept = await page.locator('section.results output[name="total_flat_platform"]').getAttribute('data-value');
    expect(near(kept, 9292), `the last total kept: ${kept}`);
    await page.locator('.stale-notice a[data-field="platform-fee"]').waitFor({ timeout: 2000 });
    await typeInto(page.locator('#platform-fee'), '12');
    await page.locator('#platform-fee-error').waitFor({ state: 'detached', timeout: 2000 });
    // 8,000 × 1.12 × 1.01 = 8,960 × 1.01 = 9,049.6.
    await outputBecomes(page, 'total_flat_platform', (v) => near(v, 9049.6));
  });

  await check('a 100% return rate says "never breaks even", no NaN or Infinity', async () => {
    await typeInto(page.locator('#returns'), '100');
    await until(async () => (await dataValue(page, 'breakeven_roas')) === '', 'breakeven_roas undefined');
    const text = await page.getByRole('main').innerText();
    expect(/Never breaks even/.test(text), 'never breaks even shown');
    expect(!/NaN|Infinity|\binf\b/.test(text), 'no NaN or Infinity');
    expect((await dataValue(page, 'warnings')).includes('no_margin'), 'no_margin warning');
    await typeInto(page.locator('#returns'), '10');
    // Contribution margin 60% × (1 − 10%) = 0.54.
    await outputBecomes(page, 'breakeven_roas', (v) => near(v, 1 / 0.54));
  });

  await check('both charts are drawn', async () => {
    expectEqual(await page.locator('canvas').count(), 2, 'two canvases');
    for (const i of [0, 1]) {
      await until(async () => (await canvasState(page, i)).inked > 0, `chart ${i + 1} drawn`);
    }
  });

  const scenario = await outputs(page);

  await check('"Copy link" copies the address, which reopens the same scenario in a fresh profile', async () => {
    const copied = await copiedLinkReopens(browser, page, scenario, ['total_flat_platform', '9049.6'], async (other) => {
      expectEqual(await other.locator('#quote').inputValue(), '8000', 'quote box');
      expectEqual(await other.locator('#basis').inputValue(), 'engagement', 'basis');
    });
    expect(copied.startsWith(`${base}/compensation/#`), `copied ${copied}`);
  });

  await check('简体中文 in the header switches labels, html lang and the address; figures stay', async () => {
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await until(async () => (await page.locator('label[for="quote"]').innerText()).trim() === '单篇报价',
      'label 单篇报价');
    expectEqual(await page.locator('html').getAttribute('lang'), 'zh-CN', 'html lang');
    // The reader's own choice is remembered, not written into the link.
    expect(!hashQuery(page.url()).has('lang'), 'no lang in the address');
    const after = await outputs(page);
    for (const [name, value] of Object.entries(scenario)) {
      if (name !== 'link') expectEqual(after[name], value, `output ${name} after switching`);
    }
    const text = await page.getByRole('main').innerText();
    for (const term of ['报价', '佣金', '纯佣', '置换', '坑位费', '蒲公英', 'MCN', '代理']) {
      expect(text.includes(term), `${term} on the Chinese page`);
    }
  });

  await context.close();
}

async function tamperedAndCurrency(browser) {
  const context = await newContext(browser);
  // README, "Scenario links": what a field can hold opens in it with its
  // message (q, pf, an estimate that falls); what none can (an unknown basis,
  // an unknown key) keeps its default and is listed.
  await check('a tampered link shows its values in their fields and lists what no field holds', async () => {
    const page = await open(context,
      '#/compensation?v=1&lang=en&q=abc&pf=150&eng=5000,2000,800&basis=xyz&zzz=1&margin=60', 'tampered');
    await ready(page);
    await page.locator('[data-notices]').waitFor({ timeout: 2000 });
    expectEqual(await page.locator('[data-notices]').getAttribute('data-notices'), '2', 'two notices (basis, zzz)');
    const notices = await page.locator('[data-notices] li').allInnerTexts();
    expect(notices.some((t) => t.includes('basis')) && notices.some((t) => t.includes('zzz')),
      `notices: ${notices.join(' | ')}`);
    expect(!notices.some((t) => /\b(q|pf|eng|margin) =/.test(t)), `a field's value listed: ${notices.join(' | ')}`);
    expectEqual(await page.locator('#quote').inputValue(), 'abc', 'quote as the link wrote it');
    expectEqual(await page.locator('#platform-fee').inputValue(), '150', 'fee as the link wrote it');
    expectEqual(await page.locator('#quote').getAttribute('aria-invalid'), 'true', 'quote marked invalid');
    expectEqual(await page.locator('#platform-fee').getAttribute('aria-invalid'), 'true', 'fee marked invalid');
    await page.locator('#platform-fee-error').waitFor({ timeout: 2000 });
    expectEqual(await page.locator('.field-error').count(), 3, 'a message beside q, pf and eng');
    expectEqual(await page.locator('#basis').inputValue(), 'sale', 'the default basis');
    // No result is computed from defaults put in for what the link typed.
    expectEqual(await dataValue(page, 'total_flat_platform'), null, 'no results');
    expectEqual(await page.locator('section.results').getAttribute('data-state'), 'stale', 'results state');
    await page.close();
  });
  await check('the display currency shows beside yuan (EUR at 8.20)', async () => {
    const page = await open(context, '#/compensation?v=1&lang=en&cur=EUR', 'currency');
    await ready(page);
    const text = await until(async () => {
      const t = await shownText(page, 'total_flat_platform');
      return t.includes('€') ? t : null;
    }, 'euro amount');
    // 13,332 / 8.20 = €1,625.85, written in whole euros from 1,000.
    expectEqual(text, `¥13,332 (€${Math.round(13332 / 8.2).toLocaleString('en-US')})`, 'text');
    expectEqual(await dataValue(page, 'total_flat_platform'), '13332', 'data-value stays in CNY');
    await page.close();
  });
  // US$1,500 × 7.10 = ¥10,650; × 1.1 fee × 1.01 bank conversion = ¥11,832.15.
  await check('a quote typed in the display currency is converted at the rate (US$1,500 × 7.10 × 1.1 × 1.01)', async () => {
    const page = await open(context, '#/compensation?v=1&lang=en&cur=USD', 'quote in USD');
    await ready(page);
    await page.locator('#quote-unit').selectOption('cur');
    await typeInto(page.locator('#quote'), '1500');
    await until(async () => near(await dataValue(page, 'total_flat_platform'), 1500 * 7.1 * 1.1 * 1.01), 'total in yuan');
    await until(async () => hashQuery(page.url()).get('qcur') === 'cur', 'qcur=cur in the address');
    await page.close();
  });
  await context.close();
}

async function screenshots(browser) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of ['en', 'zh']) {
    for (const size of SCREENS) {
      const { width, height, ...device } = size;
      const name = `compensation-${lang}-${width}x${height}`;
      const context = await newContext(browser, {
        viewport: { width, height }, ...device, locale: lang === 'zh' ? 'zh-CN' : 'en-US',
      });
      const page = await open(context, `#/compensation?v=1&lang=${lang}`, name);
      await ready(page);
      await check(`${name}: both charts drawn at CSS size × devicePixelRatio`, async () => {
        for (const i of [0, 1]) {
          const state = await until(async () => {
            const s = await canvasState(page, i);
            return s.width > 0 && s.inked > 0 ? s : null;
          }, `chart ${i + 1} drawn`);
          expectEqual(state.width, Math.round(state.cssWidth * state.dpr), 'canvas width');
        }
      });
      await check(`${name}: nothing overflows the viewport sideways`, async () => {
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [];
          for (const element of document.querySelectorAll('body *')) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            if (rect.right <= limit + 1 && rect.left >= -1) continue;
            let clipped = false;
            for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; }
            }
            if (clipped || element.closest('.visually-hidden, .skip-link')) continue;
            const cls = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
            wide.push(`${element.tagName.toLowerCase()}${cls} (${Math.round(rect.left)}…${Math.round(rect.right)})`);
          }
          return { scroll: document.documentElement.scrollWidth, limit, wide: wide.slice(0, 5) };
        });
        expect(overflow.scroll <= overflow.limit && overflow.wide.length === 0,
          `page ${overflow.scroll}px wide in ${overflow.limit}px: ${overflow.wide.join(', ')}`);
      });
      await page.waitForTimeout(100);
      await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
      for (const i of [0, 1]) {
        await page.locator('canvas').nth(i).screenshot({ path: path.join(outDir, `${name}-chart${i + 1}.png`) });
      }
      await page.locator('.comp-table').first().screenshot({ path: path.join(outDir, `${name}-table.png`) });
      await page.locator('.compensation-results > .verdict').screenshot({ path: path.join(outDir, `${name}-head.png`) });
      await page.locator('.compensation-results > .figures').screenshot({ path: path.join(outDir, `${name}-figures.png`) });
      await page.locator('.comp-table.checklist').screenshot({ path: path.join(outDir, `${name}-checklist.png`) });
      await page.locator('.inputs').screenshot({ path: path.join(outDir, `${name}-inputs.png`) });
      await context.close();
    }
  }
}

// --------------------------------------------------------------------- main

await runScenarios({ dist, outDir }, [
  compensationByKeyboard,
  tamperedAndCurrency,
  screenshots,
]);
