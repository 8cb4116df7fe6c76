// The ledger desk's operator screens in a real browser against the real server with the demo
// center: the demo operator opens the desk, defines a program, funds it, grants a voucher (a
// double click grants once), claws part of it back, asks for a clawback above the threshold and
// is refused deciding it himself, reads the reports (difference 0) and exports one, settles a
// month, finds reconciliation balanced, explores an account, and switches to Chinese. Anonymous
// visitors see the open programs. Screenshots of each step are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REDUCED_MOTION, eventually, launchBrowser, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { zhCN, zhCNErrors } from '../../src/web/i18n/zh-CN.ts';
import { en, enErrors } from '../../src/web/i18n/en.ts';
import { formatFen } from '../../src/web/ledger/money.ts';

const OPERATOR = { email: 'operator@pujiang.example', password: 'pujiang-demo-2024' };
const run = Date.now().toString(36).toUpperCase();
const PROGRAM = { code: `OPS-${run}`, name: `浏览器测试券 ${run}`, nameEn: `Browser Test Voucher ${run}` };
// A startup of the demo center: the new program admits startups by default.
const COMPANY = { search: '星澜', nameZh: '上海星澜智能科技有限公司', nameEnPart: 'Xinglan' };
const HAN = /[\u4e00-\u9fff]/;

let server: RunningServer;
let browser: Browser;
let dataDir: string;
let ctx: BrowserContext;
let page: Page;
const shot = screenshotter('ledger-ops');
const pageErrors: string[] = [];
// Filled in as the flow goes.
let programPath = '';
let voucherPath = '';

before(async () => {
  dataDir = tempDataDir('ledger-ops');
  server = await startServer({ dataDir, seed: 'demo', timeoutMs: 180_000 });
  browser = await launchBrowser();
  // The center's clock: dates on screen read as they do in Shanghai.
  ctx = await browser.newContext({ baseURL: server.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 860 }, acceptDownloads: true, ...REDUCED_MOTION });
  ctx.setDefaultTimeout(20_000);
  page = await ctx.newPage();
  const w = watchPage(page);
  page.on('close', () => pageErrors.push(...w.errors));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDir(dataDir);
});

/** A test step that leaves a screenshot of the screen it failed on. */
function step(name: string, fn: () => Promise<void>) {
  test(name, async () => {
    try {
      await fn();
    } catch (e) {
      if (page && !page.isClosed()) await shot(page, `FAILED-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
      throw e;
    }
  });
}

const yuan = (fen: number) => formatFen(fen, 'en');

/** The open modal dialog (antd keeps closed ones in the page, hidden). */
const dialog = () => page.locator('.ant-modal-wrap:visible .ant-modal');

/** Waits until no modal dialog is open. */
async function dialogClosed() {
  await eventually(() => page.locator('.ant-modal-wrap:visible').count(), (n) => n === 0, 'the dialog closes');
}

/** Types into an antd Select with search and picks the option whose title contains `text`. */
async function searchAndPick(testId: string, query: string, text: string) {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(query);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title*="${text}"]`).first();
  await option.waitFor();
  await option.click();
  await eventually(() => select.innerText(), (s) => s.includes(text), `${testId} shows ${text}`);
}

step('the demo operator signs in and sees the desk', async () => {
  await page.goto('/');
  await page.getByTestId('nav-signin').click();
  await page.getByTestId('signin-email').fill(OPERATOR.email);
  await page.getByTestId('signin-password').fill(OPERATOR.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
  // The demo operator reads Chinese; this run works in English first.
  await page.getByTestId('lang-en').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });

  await page.getByTestId('nav-ledger').click();
  await page.getByTestId('ledger-home').waitFor();
  await page.getByTestId('home-operator').waitFor();
  for (const id of ['home-programs', 'home-approvals', 'home-vouchers', 'home-settlements', 'home-recon', 'home-reports']) await page.getByTestId(id).waitFor();
  // The pending count of approvals comes with the tile.
  await page.getByTestId('home-pending-count').waitFor();
  // The open programs of the demo center are listed for everyone.
  await page.getByTestId('home-public').locator('.ant-card').first().waitFor();
  assert.equal(await page.getByTestId('ledger-home').locator('h2').first().innerText(), en['ledgerOps.home.title']);
  await shot(page, 'home-operator-en');
});

step('the programs list shows the demo programs with their budgets', async () => {
  await page.getByTestId('home-programs').click();
  await page.getByTestId('ledger-programs-page').waitFor();
  const rows = page.getByTestId('programs-table').locator('tr.ant-table-row');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 1, 'the demo seed has programs');
  assert.ok((await page.getByTestId('programs-table').locator('.ant-progress').count()) >= 1, 'each program shows its budget bar');
  await shot(page, 'programs-en');
});

step('an operator defines a new program', async () => {
  await page.getByTestId('program-create').click();
  await page.getByTestId('program-form').waitFor();
  await page.getByTestId('program-code').fill(PROGRAM.code);
  await page.getByTestId('program-name').fill(PROGRAM.name);
  await page.getByTestId('program-name-en').fill(PROGRAM.nameEn);
  await page.getByTestId('program-budget').fill('100,000');
  await page.getByTestId('program-cap').fill('50000');
  // Clawbacks above 500 yuan will need a second operator.
  await page.getByTestId('program-threshold').fill('500');
  await page.getByTestId('program-description').fill('Created by the browser test');
  await shot(page, 'program-form-en');
  await page.getByTestId('program-submit').click();

  await page.waitForURL(/\/ledger\/programs\/prg_/);
  programPath = new URL(page.url()).pathname;
  await page.getByTestId('ledger-program-page').waitFor();
  assert.equal(await page.getByTestId('program-title').innerText(), PROGRAM.nameEn);
  const terms = await page.getByTestId('program-terms').innerText();
  assert.match(terms, new RegExp(`(^|\\s)${PROGRAM.code}(\\s|$)`), `the code is exactly ${PROGRAM.code}: ${terms}`);
  assert.match(terms, /30%/);
  assert.ok(terms.includes(yuan(5_000_000)), `the cap shows as ${yuan(5_000_000)}: ${terms}`);
  assert.ok(terms.includes(yuan(50_000)), `the approval threshold shows as ${yuan(50_000)}: ${terms}`);
  assert.ok((await page.getByTestId('ledger-program-page').innerText()).includes(yuan(10_000_000)), 'the initial budget is funded');
  await page.getByTestId('program-vouchers').waitFor();
  await shot(page, 'program-created-en');
});

step('an operator edits the terms of the program', async () => {
  await page.getByTestId('program-edit').click();
  await page.getByTestId('program-form').waitFor();
  assert.equal(await page.getByTestId('program-code').isDisabled(), true, 'the code is fixed');
  await page.getByTestId('program-description').fill('Edited by the browser test');
  await page.getByTestId('program-submit').click();
  await dialogClosed();
  await eventually(() => page.getByTestId('program-terms').innerText(), (s) => s.includes('Edited by the browser test'), 'the new description');
});

step('funding adds to the budget', async () => {
  await page.getByTestId('program-fund').click();
  await page.getByTestId('fund-amount').fill('2500.50');
  await page.getByTestId('fund-memo').fill('top-up');
  await page.getByTestId('fund-submit').click();
  await dialogClosed();
  await eventually(() => page.getByTestId('ledger-program-page').innerText(), (s) => s.includes(yuan(10_250_050)), 'the funded total shows the top-up');
});

step('granting a voucher: a double click grants once', async () => {
  await page.getByTestId('program-grant').click();
  await page.getByTestId('grant-form').waitFor();
  await searchAndPick('grant-org', COMPANY.search, COMPANY.nameEnPart);
  await page.getByTestId('grant-amount').fill('1200');
  await page.getByTestId('grant-reason').fill('browser test grant');
  await shot(page, 'grant-form-en');
  await page.getByTestId('grant-submit').dblclick();
  await dialogClosed();

  const rows = page.getByTestId('program-vouchers').locator('tr.ant-table-row');
  await rows.first().waitFor();
  // One submission of the form is one voucher, however many clicks it took.
  await page.waitForLoadState('networkidle');
  assert.equal(await rows.count(), 1, 'exactly one voucher was granted');
  const row = await rows.first().innerText();
  assert.ok(row.includes(COMPANY.nameEnPart), `the voucher is the company's, named in English: ${row}`);
  assert.ok(row.includes(yuan(120_000)), `the voucher holds ${yuan(120_000)}: ${row}`);
  await shot(page, 'voucher-granted-en');
});

step('the voucher page shows its figures and transfers, and a small clawback is done at once', async () => {
  await page.getByTestId('program-vouchers').locator('a[data-testid^="voucher-link-"]').first().click();
  await page.getByTestId('ledger-voucher-page').waitFor();
  voucherPath = new URL(page.url()).pathname;
  const figures = page.getByTestId('voucher-figures');
  await eventually(() => figures.innerText(), (s) => s.includes(yuan(120_000)), 'the voucher figures');
  const transfers = page.getByTestId('voucher-transfers').locator('tr.ant-table-row');
  await transfers.first().waitFor();
  assert.equal(await transfers.count(), 1, 'the grant is the only transfer');
  assert.match(await transfers.first().innerText(), new RegExp(en['ledgerOps.transferCode.grant']));

  await page.getByTestId('voucher-clawback').click();
  await page.getByTestId('clawback-amount').fill('100');
  await page.getByTestId('clawback-reason').fill('over-granted by mistake');
  await page.getByTestId('clawback-submit').click();
  await dialogClosed();
  await eventually(() => figures.innerText(), (s) => s.includes(yuan(110_000)), 'the available amount after the clawback');
  await eventually(() => transfers.count(), (n) => n === 2, 'the clawback is a transfer');
  await shot(page, 'voucher-clawed-back-en');
});

step('a clawback above the threshold waits, and its requester may not approve it', async () => {
  await page.getByTestId('voucher-clawback').click();
  await page.getByTestId('clawback-amount').fill('600');
  await page.getByTestId('clawback-reason').fill('audit: contract claimed twice');
  await page.getByTestId('clawback-submit').click();
  await dialogClosed();
  await page.getByTestId('clawback-pending').waitFor();
  // Nothing moved yet.
  assert.ok((await page.getByTestId('voucher-figures').innerText()).includes(yuan(110_000)));
  await shot(page, 'clawback-pending-en');

  await page.getByTestId('clawback-pending').getByRole('link').click();
  await page.getByTestId('ledger-approvals-page').waitFor();
  const row = page.getByTestId('approvals-table').locator('tr.ant-table-row', { hasText: 'audit: contract claimed twice' });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(en['ledgerOps.approvals.you']));
  await row.locator('[data-testid^="approve-"]').click();
  await page.getByTestId('decision-note').fill('looks right');
  await page.getByTestId('decision-submit').click();
  const alert = dialog().getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(enErrors.same_approver.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await shot(page, 'same-approver-en');
  await dialog().getByRole('button', { name: en['common.cancel'] }).click();
  await dialogClosed();
});

step('the reports balance (difference 0) and export', async () => {
  await page.goto('/ledger/reports');
  await page.getByTestId('ledger-reports-page').waitFor();
  const table = page.getByTestId('reports-table');
  await table.locator(`[data-testid="report-row-${PROGRAM.code}"]`).waitFor();
  assert.equal(await table.getByTestId('difference-bad').count(), 0, 'no program has a difference');
  assert.ok((await table.getByTestId('difference-ok').count()) >= 2, 'every row (and the total) shows 0');
  await page.getByTestId('reports-flow-chart').waitFor();
  await shot(page, 'reports-en');

  await table.locator(`[data-testid="report-row-${PROGRAM.code}"]`).click();
  const detail = page.getByTestId('program-report');
  await detail.waitFor();
  const byCompany = page.getByTestId('report-by-company').locator('tr.ant-table-row');
  await byCompany.first().waitFor();
  const company = await byCompany.first().innerText();
  assert.ok(company.includes(COMPANY.nameEnPart), `the company is listed, named in English: ${company}`);
  // Issued 1,200, clawed back 100: 1,100 outstanding.
  assert.ok(company.includes(yuan(110_000)), `its outstanding amount: ${company}`);
  await page.getByTestId('month-chart').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export-csv').click()]);
  assert.match(download.suggestedFilename(), new RegExp(`${PROGRAM.code}.*\\.csv$`));
  // A full-page picture taken scrolled down would draw the sticky header mid-page.
  await page.mouse.wheel(0, -100_000);
  await shot(page, 'report-detail-en');
});

step('settling a month shows the result, and a statement lists its orders', async () => {
  await page.goto('/ledger/settlements');
  await page.getByTestId('ledger-settlements-page').waitFor();
  await page.getByTestId('settle-run').click();
  await page.getByTestId('settle-form').waitFor();
  await page.getByTestId('settle-submit').click();
  await page.getByTestId('settle-result').waitFor();
  // The result dialog zooms in: let it finish before the picture.
  await page.waitForTimeout(500);
  await shot(page, 'settlement-run-en');
  await page.locator('.ant-modal-confirm-btns button').click();
  await dialogClosed();
  const first = page.getByTestId('settlements-table').locator('a[data-testid^="settlement-link-"]').first();
  if (await first.count()) {
    await first.click();
    await page.getByTestId('ledger-settlement-page').waitFor();
    await page.getByTestId('settlement-orders').locator('tr.ant-table-row').first().waitFor();
    await shot(page, 'settlement-en');
  }
});

step('reconciliation says the ledger is balanced', async () => {
  await page.goto('/ledger/reconciliation');
  await page.getByTestId('ledger-recon-page').waitFor();
  await page.getByTestId('recon-run').click();
  const status = page.getByTestId('recon-status');
  await status.waitFor();
  assert.equal(await status.innerText(), en['ledgerOps.recon.ok']);
  const ledgers = await page.getByTestId('recon-ledgers').innerText();
  assert.ok(!ledgers.includes(en['ledgerOps.recon.no']), `every ledger is balanced: ${ledgers}`);
  await shot(page, 'reconciliation-en');
});

step('the account explorer shows a voucher account now and as of an earlier instant', async () => {
  assert.ok(voucherPath, 'a voucher was granted');
  await page.goto(voucherPath);
  await page.getByTestId('ledger-voucher-page').waitFor();
  await page.getByTestId('ledger-voucher-page').locator('a[href^="/ledger/accounts/"]').first().click();
  await page.getByTestId('ledger-account-page').waitFor();
  const now = await page.getByTestId('account-balances').innerText();
  assert.ok(now.includes(yuan(110_000)), `the balance now: ${now}`);
  // As of the start of this year the voucher did not exist: every figure is zero.
  const asOf = page.getByTestId('account-as-of');
  await asOf.click();
  await page.keyboard.type(`${new Date().getFullYear()}-01-01 00:00:00`);
  await page.keyboard.press('Enter');
  const then = page.getByTestId('account-balances-at');
  await then.waitFor();
  assert.ok((await then.innerText()).includes(yuan(0)), `the balance then: ${await then.innerText()}`);
  await page.keyboard.press('Escape');
  await page.getByTestId('account-transfers').locator('tr.ant-table-row').first().waitFor();
  await shot(page, 'account-en');
});

step('switching to Chinese translates the screens', async () => {
  await page.goto('/ledger/reconciliation');
  await page.getByTestId('recon-run').click();
  await page.getByTestId('recon-status').waitFor();
  await page.getByTestId('lang-zh-CN').click();
  await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('recon-status').innerText(), zhCN['ledgerOps.recon.ok']);
  assert.equal(await page.getByTestId('ledger-recon-page').locator('h2').first().innerText(), zhCN['ledgerOps.recon.title']);
  await shot(page, 'reconciliation-zh');

  assert.ok(programPath, 'a program was created');
  await page.goto(programPath);
  await page.getByTestId('ledger-program-page').waitFor();
  assert.equal(await page.getByTestId('program-title').innerText(), PROGRAM.name);
  assert.match(await page.getByTestId('program-terms').innerText(), HAN);
  await page.getByTestId('program-vouchers').locator('tr.ant-table-row').first().waitFor();
  await shot(page, 'program-zh');

  await page.goto('/ledger');
  await page.getByTestId('home-operator').waitFor();
  assert.equal(await page.getByTestId('ledger-home').locator('h2').first().innerText(), zhCN['ledgerOps.home.title']);
  await shot(page, 'home-operator-zh');

  await page.goto('/ledger/approvals');
  await page.getByTestId('approvals-table').locator('tr.ant-table-row').first().waitFor();
  await shot(page, 'approvals-zh');
  await page.goto('/ledger/reports');
  await page.getByTestId('reports-table').waitFor();
  await shot(page, 'reports-zh');
  await page.goto(voucherPath);
  await page.getByTestId('voucher-transfers').locator('tr.ant-table-row').first().waitFor();
  await shot(page, 'voucher-zh');
});

step('the same approval in Chinese: the refusal is translated', async () => {
  await page.goto('/ledger/approvals');
  const row = page.getByTestId('approvals-table').locator('tr.ant-table-row', { hasText: 'audit: contract claimed twice' });
  await row.waitFor();
  await row.locator('[data-testid^="reject-"]').click();
  await page.getByTestId('decision-submit').click();
  const alert = dialog().getByRole('alert');
  await alert.waitFor();
  assert.ok((await alert.innerText()).includes(zhCNErrors.same_approver), await alert.innerText());
  await dialog().getByRole('button', { name: zhCN['common.cancel'] }).click();
  await dialogClosed();
});

step('anonymous visitors see the open programs and the provider directory', async () => {
  const anon = await browser.newContext({ baseURL: server.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 860 }, ...REDUCED_MOTION });
  const p = await anon.newPage();
  const w = watchPage(p);
  await p.goto('/ledger');
  await p.getByTestId('home-public').locator('.ant-card').first().waitFor();
  await p.getByTestId('home-signin-hint').waitFor();
  await p.getByTestId('home-provider-directory').waitFor();
  assert.equal(await p.getByTestId('home-operator').count(), 0, 'no operator desk for visitors');
  await shot(p, 'home-anonymous-zh');
  await p.goto('/ledger/programs');
  await p.getByTestId('programs-table').locator('tr.ant-table-row').first().waitFor();
  assert.equal(await p.getByTestId('program-create').count(), 0, 'visitors cannot define programs');
  // Operator screens send visitors to sign in.
  await p.goto('/ledger/reconciliation');
  await p.waitForURL(/\/signin\?returnTo=/);
  pageErrors.push(...w.errors);
  await anon.close();
});

step('no page threw or met a server error', async () => {
  await page.close();
  assert.deepEqual(pageErrors, []);
});
