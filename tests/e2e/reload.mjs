#!/usr/bin/env node
// The same link opens the same page, in real Chromium: a field typed with
// a mistake (a whole field, or one cell of a row) is edited, the page is
// reloaded, and every output and every field's text and message must be
// what they were, with no link notice (the app wrote that link itself). A
// link edited by hand into something no field can hold still opens, with
// a notice.
//
//   node tests/e2e/reload.mjs          (KOLCALC_DIST=… to serve another dist/)

import {
  check, expect, expectEqual, until, newContext, open, ready, outputs, outputBecomes, dataValue,
  typeInto, runScenarios, dist, outDir,
} from '../support/e2e.mjs';

/** Every text box of the calculator with its text, and every message shown
 *  beside a field, in page order. */
async function fieldState(page) {
  // A pager's menu of rows is navigation, not part of the scenario.
  return page.$$eval('main input[type="text"], main input:not([type]), main textarea, main select:not(.sl-pager select)', (boxes) =>
    boxes.map((box) => `${box.id}=${box.value}`),
  ).then(async (boxes) => ({
    boxes,
    messages: await page.$$eval('main .field-error, main .cell-error', (els) => els.map((e) => e.textContent.trim())),
  }));
}

/** What the page shows: outputs (name → data-value), fields and messages. */
async function snapshot(page) {
  return { outputs: await outputs(page), ...(await fieldState(page)) };
}

function differences(before, after) {
  const diffs = [];
  const names = new Set([...Object.keys(before.outputs), ...Object.keys(after.outputs)]);
  for (const name of names) {
    if (before.outputs[name] !== after.outputs[name]) {
      diffs.push(`${name}: ${before.outputs[name]} → ${after.outputs[name]}`);
    }
  }
  if (JSON.stringify(before.boxes) !== JSON.stringify(after.boxes)) {
    const changed = before.boxes.filter((b, i) => b !== after.boxes[i]);
    diffs.push(`fields: ${changed.slice(0, 4).join(' | ')} (${before.boxes.length} → ${after.boxes.length} boxes)`);
  }
  if (JSON.stringify(before.messages) !== JSON.stringify(after.messages)) {
    diffs.push(`messages: ${JSON.stringify(before.messages)} → ${JSON.stringify(after.messages)}`);
  }
  return diffs;
}

/** Reloads `page` and waits until it shows `before` again (or times out),
 *  then fails with every difference left. */
async function reloadShowsTheSame(page, before) {
  await page.reload();
  await ready(page);
  let after;
  try {
    await until(async () => {
      after = await snapshot(page);
      return differences(before, after).length === 0;
    }, 'the reloaded page to show the same', 8000);
  } catch {
    throw new Error(`${differences(before, after).length} differ after reload: ${differences(before, after).slice(0, 6).join('; ')}`);
  }
  expectEqual(await page.locator('[data-notices]').count(), 0, 'link notices');
}

async function addressHas(page, fragment) {
  await until(async () => (decodeURIComponent(page.url()).includes(fragment) ? true : null), `address holds ${fragment}`);
}

async function reloads(browser) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });

  const engagement = await open(context, '#/engagement?lang=en', 'engagement');
  await ready(engagement);
  await outputBecomes(engagement, 'ratio_mean', (v) => v !== null && v !== '');
  for (const typed of ['abc', '']) {
    await check(`engagement: Followers typed as ${JSON.stringify(typed)} reopens with its message and no ratio`, async () => {
      await typeInto(engagement.locator('#followers'), typed);
      // No current ratio: results kept out of date, or none after a reload.
      await until(async () => (['', null].includes(await dataValue(engagement, 'ratio_mean')) ? true : null), 'no ratio');
      await addressHas(engagement, `f=${typed}&`);
      const before = await snapshot(engagement);
      expect(before.messages.length > 0, 'the field shows its message');
      await reloadShowsTheSame(engagement, before);
      expectEqual(await engagement.locator('#followers').inputValue(), typed, 'Followers');
    });
  }

  const compensation = await open(context, '#/compensation?lang=en', 'compensation');
  await ready(compensation);
  await compensation.locator('output[name="cheapest"]').waitFor();
  await check('compensation: a bad quote and a falling estimate reopen in their fields with their messages', async () => {
    await typeInto(compensation.locator('#quote'), 'abc');
    await typeInto(compensation.locator('#eng-high'), '500');
    await addressHas(compensation, 'q=abc&');
    await addressHas(compensation, 'eng=800,2000,500&');
    const before = await snapshot(compensation);
    expect(before.messages.length === 2, `two messages: ${before.messages}`);
    // Neither computes with a default put in for it: no current results.
    expectEqual(before.outputs.total_flat_platform, undefined, 'no result from a default quote');
    expectEqual(await compensation.locator('section.results').getAttribute('data-state'), 'stale', 'results state');
    await reloadShowsTheSame(compensation, before);
    expectEqual(await compensation.locator('#quote').inputValue(), 'abc', 'Quote');
    expectEqual(await compensation.locator('#eng-high').inputValue(), '500', 'High engagements');
  });

  const mix = await open(context, '#/budget-mix?lang=en', 'budget mix');
  await ready(mix);
  await mix.locator('output[name="opt_status"]').waitFor();
  await check('budget mix: a tier row with one bad cell reopens cell by cell', async () => {
    await typeInto(mix.locator('#mix-mid-0'), '50');
    await outputBecomes(mix, 'manual_mid_cost', (v) => v !== null && Number(v) < 1000);
    await typeInto(mix.locator('#mix-mid-1'), 'abc');
    await addressHas(mix, 'mid=50,abc,');
    const before = await snapshot(mix);
    expect(before.messages.length === 1, `one message: ${before.messages}`);
    await reloadShowsTheSame(mix, before);
  });

  const timeline = await open(context, '#/timeline?lang=en', 'timeline');
  await ready(timeline);
  await timeline.locator('output[name="last_live_likely"]').waitFor();
  await check('timeline: a wave with one bad cell reopens cell by cell', async () => {
    await typeInto(timeline.locator('#tl-w1-0'), '123');
    await outputBecomes(timeline, 'creators_seeding', '123');
    await typeInto(timeline.locator('#tl-w1-1'), 'abc');
    await addressHas(timeline, 'w1=123,abc,');
    const before = await snapshot(timeline);
    expectEqual(before.outputs.creators_seeding, undefined, 'no result while a cell is invalid');
    expectEqual(await timeline.locator('section.results').getAttribute('data-state'), 'stale', 'results state');
    await reloadShowsTheSame(timeline, before);
  });

  await check('a value typed with the link\'s own separators stays in its cell', async () => {
    await typeInto(timeline.locator('#tl-w1-1'), '1,5;%');
    await addressHas(timeline, 'w1=123,1%2C5%3B%25,');
    await reloadShowsTheSame(timeline, await snapshot(timeline));
    expectEqual(await timeline.locator('#tl-w1-1').inputValue(), '1,5;%', 'the cell');
  });

  // The shortlist: a 60-row list (two pages), a bad cell and a name with
  // the list's separators; the reload shows the same page of rows.
  const rows = Array.from({ length: 60 }, (_, i) => `C${i + 1},${20000 + i * 997},${2000 + i * 31},${900 + i * 7},${400 + i},${60},${20}`);
  const shortlist = await open(context, `#/shortlist?lang=en&b=500000&list=${rows.join(';')}`, 'shortlist');
  await ready(shortlist);
  await shortlist.locator('output[name="opt_status"]').waitFor();
  await check('shortlist: a bad cell and a name with , ; % reopen cell by cell', async () => {
    await typeInto(shortlist.locator('#sl-followers-3'), 'lots');
    await typeInto(shortlist.locator('#sl-name-2'), 'a,b;c%');
    await addressHas(shortlist, 'lots');
    const before = await snapshot(shortlist);
    expectEqual(await shortlist.locator('#sl-results').getAttribute('data-state'), 'stale', 'results state');
    await reloadShowsTheSame(shortlist, before);
    expectEqual(await shortlist.locator('#sl-name-2').inputValue(), 'a,b;c%', 'the name');
    expectEqual(await shortlist.locator('[data-notices]').count(), 0, 'no notice');
  });

  await check('a link edited by hand into a row of the wrong length opens with a notice', async () => {
    const tampered = await open(context, '#/budget-mix?lang=en&mid=1,2,3&obj=fame&b=abc', 'tampered');
    await ready(tampered);
    await tampered.locator('[data-notices]').waitFor({ timeout: 3000 });
    expectEqual(await tampered.locator('[data-notices]').getAttribute('data-notices'), '2', 'notices');
    expectEqual(await tampered.locator('#mix-budget').inputValue(), 'abc', 'the budget as written');
    await tampered.close();
  });
  await context.close();
}

await runScenarios({ dist, outDir }, [reloads]);
