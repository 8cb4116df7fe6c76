// The public face of a demo install (PUJIANG_SEED=demo), signed out, in English: the home page
// shows the center's facilities and organizations, and the SSRF facility page lists its
// beamlines and stations; then the same page in Chinese. Screenshots are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { eventually, launchBrowser, newContext, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { en } from '../../src/web/i18n/en.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const shot = screenshotter('center');

before(async () => {
  dataDir = tempDataDir('center');
  server = await startServer({ dataDir, seed: 'demo', timeoutMs: 120_000 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDir(dataDir);
});

test('the home page and a facility page of the demo center, in English and Chinese', async () => {
  const ctx = await newContext(browser, server.url, 'en');
  const page = await ctx.newPage();
  const watch = watchPage(page);

  await page.goto('/');
  await page.getByTestId('home').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'an English browser gets English');
  const ssrf = page.getByTestId('facility-card-SSRF');
  await ssrf.waitFor();
  assert.match(await ssrf.innerText(), /Shanghai Synchrotron Radiation Facility/);
  // Organization counts by kind come from the seed: research institutes are there.
  assert.match(await page.getByTestId('org-kind-research_institute').innerText(), /[1-9]/);
  await shot(page, 'home-en');

  await ssrf.click();
  await page.getByTestId('facility-page').waitFor();
  const rows = page.getByTestId('instrument-table').locator('tr.ant-table-row');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 10, `SSRF lists its beamlines (${await rows.count()} rows)`);
  await shot(page, 'facility-en');

  await page.getByTestId('lang-zh-CN').click();
  await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('nav-home').innerText(), zhCN['nav.home']);
  await eventually(() => page.getByTestId('facility-page').innerText(), (text) => text.includes('上海同步辐射光源'), 'the facility page in Chinese');
  await shot(page, 'facility-zh');

  await page.getByTestId('nav-home').click();
  await page.getByTestId('facility-card-SSRF').waitFor();
  assert.notEqual(zhCN['nav.home'], en['nav.home']);
  await shot(page, 'home-zh');

  await ctx.close();
  assert.deepEqual(watch.errors, []);
});
