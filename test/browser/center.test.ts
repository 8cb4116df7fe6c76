// The public face of a demo install (PUJIANG_SEED=demo), signed out, in English: the home page
// shows the center's facilities and organizations, and the SSRF facility page lists its
// beamlines and stations; then the same page in Chinese. Then the user office's new call form:
// its desk is picked from the desks that have a screen and brings the desk's award unit.
// Screenshots are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { eventually, fillField, inputOf, launchBrowser, newContext, pickSelectOption, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.plan.ts';
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

test('a new call picks its desk from a list, and the award unit follows the desk', async () => {
  for (const [locale, m] of [['en', en], ['zh-CN', zhCN]] as const) {
    const ctx = await newContext(browser, server.url, locale);
    const page = await ctx.newPage();
    const watch = watchPage(page);
    const signin = await page.request.post('/api/auth/signin', { data: { email: 'useroffice@pujiang.example', password: DEMO_PASSWORD } });
    assert.equal(signin.status(), 200, await signin.text());

    await page.goto('/calls');
    await page.getByTestId('call-create').click();
    await page.getByTestId('call-form').waitFor();
    const unit = await inputOf(page, 'call-unit');
    assert.equal(await page.getByTestId('call-desk').innerText(), m['calls.desk.facilities'], 'a new call starts at the facilities desk');
    assert.equal(await unit.inputValue(), 'shift');

    await pickSelectOption(page, 'call-desk', m['calls.desk.compute']);
    await eventually(() => unit.inputValue(), (v) => v === 'GPU-hour', 'the compute desk’s unit');
    await shot(page, `call-form-compute-${locale === 'en' ? 'en' : 'zh'}`);

    // A unit the office wrote itself stays when the desk changes.
    await fillField(page, 'call-unit', 'node-day');
    await pickSelectOption(page, 'call-desk', m['calls.desk.facilities']);
    assert.equal(await unit.inputValue(), 'node-day');

    await ctx.close();
    assert.deepEqual(watch.errors, []);
  }
});
