// The voucher market in a real browser against the real server: a provider's admin publishes a
// price; a provider's member issues an order to a company; the company's admin confirms it with a
// voucher (the split shown before confirming), is refused a second subsidy on the same contract
// (the error in Chinese); the provider delivers, the company accepts, the provider claims; the
// company's wallet shows the money moved and the month's invoice; the language switch turns the
// wallet into English and back. The data (organizations, program, voucher, deposit) is made
// through the API. Screenshots of each step are kept.
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAccount, eventually, launchBrowser, newContext, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { zhCN, zhCNErrors } from '../../src/web/i18n/zh-CN.ts';
import { en } from '../../src/web/i18n/en.ts';
import { formatFen } from '../../src/web/ledger/money.ts';

const PASSWORD = 'correct horse battery staple';
const run = Date.now().toString(36);
const OPERATOR = { name: '运营 赵', email: `ops.${run}@example.cn` };
const PROVIDER_ADMIN = { name: '检测 钱主任', email: `qian.${run}@example.cn` };
const PROVIDER_MEMBER = { name: '检测 孙工', email: `sun.${run}@example.cn` };
const COMPANY_ADMIN = { name: '智造 李总', email: `li.${run}@example.cn` };
const PROVIDER_ORG = { name: `浦江检测中心 ${run}`, nameEn: `Pujiang Testing Center ${run}`, kind: 'service_provider' };
const COMPANY_ORG = { name: `浦江智造科技 ${run}`, nameEn: `Pujiang Smart Manufacturing ${run}`, kind: 'enterprise' };
const PROGRAM = { name: `${run} 创新券`, nameEn: `${run} Innovation voucher`, rateBp: 3000 };
const PRICE = { sku: 'XRD-01', name: 'X 射线衍射测试', nameEn: 'X-ray diffraction test', unit: '样品', yuan: '1,250' };
const CONTRACT = `HT-${run}-001`;

// Money in fen: the deposit, the voucher, the order (4 × ¥1,250) and its split at 30%.
const DEPOSIT = 1_000_000;
const VOUCHER = 2_000_000;
const TOTAL = 4 * 125_000;
const SUBSIDY = Math.floor((TOTAL * PROGRAM.rateBp) / 10000);
const OWN = TOTAL - SUBSIDY;
const zh = (fen: number) => formatFen(fen, 'zh-CN');

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const shot = screenshotter('ledger-market');
const pageErrors: string[] = [];
let current: Page | undefined;

let operatorCtx: BrowserContext;
let providerAdminCtx: BrowserContext;
let providerMemberCtx: BrowserContext;
let companyCtx: BrowserContext;
const csrf = new Map<BrowserContext, string>();
let providerOrgId = '';
let companyOrgId = '';
let providerId = '';
let voucherId = '';
let orderUrl = '';

/** One API call in a browser profile's session (its cookies; its CSRF token on writes). */
async function api<T = any>(ctx: BrowserContext, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const token = csrf.get(ctx);
  const r = await ctx.request.fetch(`/api${path}`, {
    method,
    ...(body === undefined ? {} : { data: body }),
    headers: { ...(token ? { 'x-csrf-token': token } : {}), ...headers },
  });
  if (!r.ok()) throw new Error(`${method} ${path} answered ${r.status()}: ${await r.text()}`);
  return (r.status() === 204 ? null : await r.json()) as T;
}

/** A browser profile signed up (or in) through the API: its pages open signed in. */
async function person(who: { name: string; email: string }, signUp = true): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, 'zh-CN');
  const s = signUp
    ? await api<{ csrfToken: string }>(ctx, 'POST', '/auth/signup', { email: who.email, name: who.name, password: PASSWORD, locale: 'zh-CN' })
    : await api<{ csrfToken: string }>(ctx, 'POST', '/auth/signin', { email: who.email, password: PASSWORD });
  csrf.set(ctx, s.csrfToken);
  return ctx;
}

before(async () => {
  dataDir = tempDataDir('ledger-market');
  createAccount(dataDir, { ...OPERATOR, password: PASSWORD, platformRole: 'operator' });
  server = await startServer({ dataDir, seed: 'none' });
  browser = await launchBrowser();

  operatorCtx = await person(OPERATOR, false);
  providerAdminCtx = await person(PROVIDER_ADMIN);
  companyCtx = await person(COMPANY_ADMIN);
  providerMemberCtx = await person(PROVIDER_MEMBER);

  // Two organizations: the provider's and the company's, each made by its first admin.
  providerOrgId = (await api<{ id: string }>(providerAdminCtx, 'POST', '/orgs', PROVIDER_ORG)).id;
  companyOrgId = (await api<{ id: string }>(companyCtx, 'POST', '/orgs', COMPANY_ORG)).id;

  // The provider's member joins by invitation; the link is read from the outbox as an operator would.
  await api(providerAdminCtx, 'POST', `/orgs/${providerOrgId}/invitations`, { email: PROVIDER_MEMBER.email, role: 'member' });
  const token = await eventually(
    async () => {
      const mails = await api<{ items: { to: string; body: string }[] }>(operatorCtx, 'GET', '/outbox?limit=50');
      return /\/invitations\/([A-Za-z0-9_-]{20,64})/.exec(mails.items.find((m) => m.to === PROVIDER_MEMBER.email)?.body ?? '')?.[1] ?? '';
    },
    (t) => t !== '',
    'the invitation mail',
  );
  await api(providerMemberCtx, 'POST', `/invitations/${token}/accept`);

  // The operator admits the provider, opens a program for testing services, grants the company a
  // voucher and records its deposit.
  providerId = (await api<{ id: string }>(operatorCtx, 'POST', '/ledger/providers', { orgId: providerOrgId, categories: ['testing', 'consulting'], description: '材料表征与检测' })).id;
  const now = Date.now();
  const program = await api<{ id: string }>(operatorCtx, 'POST', '/ledger/programs', {
    code: `IV-${run}`,
    kind: 'innovation_voucher',
    status: 'active',
    budgetFen: 100_000_000,
    name: PROGRAM.name,
    nameEn: PROGRAM.nameEn,
    validFrom: new Date(now - 86_400_000).toISOString(),
    validTo: new Date(now + 365 * 86_400_000).toISOString(),
    voucherDays: 365,
    rateBp: PROGRAM.rateBp,
    capPerOrgYearFen: 10_000_000,
    eligibleOrgKinds: ['enterprise', 'startup'],
    eligibleCategories: ['testing'],
    approvalThresholdFen: 50_000_000,
  });
  voucherId = (await api<{ id: string }>(operatorCtx, 'POST', `/ledger/programs/${program.id}/vouchers`, { orgId: companyOrgId, amountFen: VOUCHER, reason: '2025 年度创新券' }, { 'idempotency-key': `grant-${run}` })).id;
  await api(operatorCtx, 'POST', `/ledger/orgs/${companyOrgId}/deposits`, { amountFen: DEPOSIT, memo: '企业自筹资金' }, { 'idempotency-key': `deposit-${run}` });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDir(dataDir);
});

/** A new tab whose page errors and 5xx answers join the run's list when it closes. */
async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  current = page;
  const w = watchPage(page);
  page.on('close', () => pageErrors.push(...w.errors));
  await page.goto(path);
  return page;
}

/** A test step that leaves a screenshot of the screen it failed on. */
function step(name: string, fn: () => Promise<void>) {
  test(name, async () => {
    try {
      await fn();
    } catch (e) {
      if (current && !current.isClosed()) await shot(current, `FAILED-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
      throw e;
    }
  });
}

/** Types into the input behind a test id (antd puts the id on the input or on its wrapper). */
async function inputOf(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  const tag = await el.evaluate((n) => n.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input, textarea').first();
}

/**
 * Fills a field and checks that the text landed there: while a modal form re-renders (validation
 * messages coming and going), a keystroke can reach the field that still had the focus.
 */
async function fill(page: Page, testId: string, value: string) {
  for (let attempt = 0; ; attempt++) {
    const input = await inputOf(page, testId);
    await input.click();
    await input.fill(value);
    if ((await input.inputValue()) === value || attempt === 4) return;
  }
}

/** Fills every field, then checks them all again (a later field's text may have landed in an earlier one). */
async function fillAll(page: Page, fields: [string, string][]) {
  for (const [testId, value] of fields) await fill(page, testId, value);
  for (let pass = 0; pass < 3; pass++) {
    let clean = true;
    for (const [testId, value] of fields) {
      if ((await (await inputOf(page, testId)).inputValue()) !== value) {
        clean = false;
        await fill(page, testId, value);
      }
    }
    if (clean) return;
  }
}

/** Chooses an option of an antd Select by its label (typing `search` first for remote ones). */
async function pickOption(page: Page, testId: string, label: string, search?: string) {
  const select = page.getByTestId(testId);
  await eventually(
    async () => {
      // Chosen already (the last round's click took effect late): do not open the list again.
      if ((await select.innerText()).includes(label)) return true;
      if (!(await page.locator('.ant-select-dropdown:visible').count())) {
        await select.click();
        if (search) await page.keyboard.type(search);
      }
      const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`);
      if (await option.count()) await option.click({ timeout: 2_000 }).catch(() => undefined);
      return (await select.innerText()).includes(label);
    },
    (shown) => shown,
    `${testId} shows ${label}`,
  );
  // A list still open would cover the next fields: close it by clicking beside it.
  for (let i = 0; i < 20 && (await page.locator('.ant-select-dropdown:visible').count()); i++) {
    const title = page.locator('.ant-modal-title:visible');
    await ((await title.count()) ? title.first() : page.locator('h1, h2, h3').first()).click();
    await page.waitForTimeout(150);
  }
}

/** The text of an element, once it shows what `ok` wants. */
async function textOf(page: Page, testId: string, ok: (s: string) => boolean, what: string) {
  return eventually(() => page.getByTestId(testId).innerText(), ok, what);
}

step('the provider appears in the public directory', async () => {
  const ctx = await newContext(browser, server.url, 'zh-CN');
  const page = await open(ctx, '/ledger/providers');
  await page.getByTestId('providers-page').waitFor();
  const link = page.getByTestId(`provider-link-${providerOrgId}`);
  await link.waitFor();
  assert.equal(await link.innerText(), PROVIDER_ORG.name);
  assert.match(await page.getByTestId('providers-table').innerText(), new RegExp(zhCN['ledgerMarket.category.testing']));
  // Signed out: no application button.
  assert.equal(await page.getByTestId('provider-apply').count(), 0);
  await shot(page, 'directory');
  await ctx.close();
});

step("a company's admin may apply to become a provider", async () => {
  const page = await open(companyCtx, '/ledger/providers');
  await page.getByTestId('provider-apply').click();
  await page.getByTestId('provider-apply-form').waitFor();
  assert.match(await page.getByTestId('provider-apply-form').innerText(), new RegExp(COMPANY_ORG.name));
  await shot(page, 'apply-form');
  await page.locator('.ant-modal-close').click();
  await page.close();
});

step("the provider's admin publishes a price", async () => {
  const page = await open(providerAdminCtx, `/ledger/providers/${providerId}`);
  await page.getByTestId('provider-page').waitFor();
  await page.getByTestId('price-publish').click();
  await page.getByTestId('price-form').waitFor();
  await pickOption(page, 'price-category', zhCN['ledgerMarket.category.testing']);
  await fillAll(page, [
    ['price-sku', PRICE.sku],
    ['price-name', PRICE.name],
    ['price-name-en', PRICE.nameEn],
    ['price-unit', PRICE.unit],
    ['price-unit-price', PRICE.yuan],
  ]);
  await shot(page, 'price-form');
  await page.getByTestId('price-submit').click();
  const row = page.getByTestId('price-table').locator('tr.ant-table-row', { hasText: PRICE.sku });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(zh(125_000).replace(/[.$¥]/g, '\\$&')));
  await shot(page, 'price-published');
  await page.close();
});

step("the provider's member issues an order to the company", async () => {
  const page = await open(providerMemberCtx, `/ledger/providers/${providerId}`);
  await page.getByTestId('provider-page').waitFor();
  // A plain member issues orders but does not set prices.
  await page.getByTestId('order-issue').waitFor();
  assert.equal(await page.getByTestId('price-publish').count(), 0);
  await page.getByTestId('order-issue').click();
  await page.getByTestId('issue-form').waitFor();
  await pickOption(page, 'issue-buyer', COMPANY_ORG.name, COMPANY_ORG.name.slice(0, 4));
  await fill(page, 'issue-contract', CONTRACT);
  await pickOption(page, 'issue-line-item-0', `${PRICE.sku} · ${PRICE.name} · ${zh(125_000)} / ${PRICE.unit}`);
  await fill(page, 'issue-line-qty-0', '4');
  // The total follows the lines as they are typed.
  await textOf(page, 'issue-total', (s) => s === zh(TOTAL), 'the live total');
  await shot(page, 'issue-form');
  await page.getByTestId('issue-submit').click();
  await page.waitForURL(/\/ledger\/orders\/[^/]+$/);
  await page.getByTestId('order-page').waitFor();
  orderUrl = new URL(page.url()).pathname;
  assert.equal(await page.getByTestId('order-status').innerText(), zhCN['ledgerMarket.orderStatus.issued']);
  assert.equal(await page.getByTestId('order-total').innerText(), zh(TOTAL));
  await shot(page, 'order-issued');
  await page.close();
});

step("the company's admin confirms it with the voucher", async () => {
  assert.ok(orderUrl, 'the previous step issued an order');
  const page = await open(companyCtx, '/ledger/orders');
  await page.getByTestId('orders-page').waitFor();
  await page.getByTestId(`order-link-${orderUrl.split('/').pop()}`).click();
  await page.waitForURL((u) => u.pathname === orderUrl);
  await page.getByTestId('order-confirm').click();
  await page.getByTestId('confirm-form').waitFor();
  await page.getByTestId('confirm-vouchers').getByText(PROGRAM.name).click();
  // The split is shown before confirming: 30% from the voucher, the rest from the company.
  await textOf(page, 'confirm-subsidy', (s) => s === zh(SUBSIDY), 'the program share');
  assert.equal(await page.getByTestId('confirm-own').innerText(), zh(OWN));
  await shot(page, 'confirm-dialog');
  await page.getByTestId('confirm-submit').click();
  await textOf(page, 'order-status', (s) => s === zhCN['ledgerMarket.orderStatus.confirmed'], 'the order confirmed');
  assert.equal(await page.getByTestId('order-subsidy').innerText(), zh(SUBSIDY));
  assert.equal(await page.getByTestId('order-own').innerText(), zh(OWN));
  assert.equal(await page.getByTestId('order-voucher').innerText(), voucherId);
  await shot(page, 'order-confirmed');
  await page.close();

  // The wallet shows the own share reserved on the account and the program share on the voucher.
  const wallet = await open(companyCtx, '/ledger/wallet');
  await wallet.getByTestId('wallet-page').waitFor();
  await textOf(wallet, 'wallet-reserved', (s) => s.includes(zh(OWN)), 'the reserved own share');
  assert.match(await wallet.getByTestId('wallet-available').innerText(), new RegExp(zh(DEPOSIT - OWN).replace(/[.$¥]/g, '\\$&')));
  const voucherRow = wallet.getByTestId('wallet-vouchers').locator('tr.ant-table-row', { hasText: PROGRAM.name });
  await voucherRow.waitFor();
  assert.ok((await voucherRow.innerText()).includes(zh(SUBSIDY)), 'the voucher shows the program share reserved');
  await shot(wallet, 'wallet-reserved');
  await wallet.close();
});

step('a second order on the same contract is refused, in Chinese', async () => {
  const prices = await api<{ items: { id: string }[] }>(providerMemberCtx, 'GET', `/ledger/providers/${providerId}/prices`);
  const again = await api<{ id: string }>(providerMemberCtx, 'POST', '/ledger/orders', { providerId, buyerOrgId: companyOrgId, contractNo: CONTRACT, lines: [{ priceItemId: prices.items[0]!.id, quantity: 1 }] }, { 'idempotency-key': `again-${run}` });
  const page = await open(companyCtx, `/ledger/orders/${again.id}`);
  await page.getByTestId('order-confirm').click();
  await page.getByTestId('confirm-form').waitFor();
  await page.getByTestId('confirm-submit').click();
  const alert = page.locator('.ant-modal [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(zhCNErrors.contract_already_subsidized));
  await shot(page, 'contract-refused');
  // The admin turns the duplicate down instead.
  await page.locator('.ant-modal-close').click();
  await page.getByTestId('order-reject').click();
  await fill(page, 'order-reject-reason', '合同重复');
  await page.getByTestId('order-reject-submit').click();
  await textOf(page, 'order-status', (s) => s === zhCN['ledgerMarket.orderStatus.rejected'], 'the duplicate rejected');
  await shot(page, 'duplicate-rejected');
  await page.close();
});

step('the provider delivers, the company accepts, the provider claims', async () => {
  const provider = await open(providerMemberCtx, orderUrl);
  await provider.getByTestId('order-deliver').click();
  await textOf(provider, 'order-status', (s) => s === zhCN['ledgerMarket.orderStatus.delivered'], 'delivered');
  await shot(provider, 'delivered');

  const company = await open(companyCtx, orderUrl);
  await company.getByTestId('order-accept').click();
  await company.getByTestId('order-accept-ok').click();
  await textOf(company, 'order-status', (s) => s === zhCN['ledgerMarket.orderStatus.accepted'], 'accepted');
  await shot(company, 'accepted');
  await company.close();

  // The provider's orders tab offers the claim on the row.
  await provider.goto(`/ledger/providers/${providerId}?tab=orders`);
  const orderId = orderUrl.split('/').pop()!;
  await provider.getByTestId(`order-row-claim-${orderId}`).click();
  await eventually(
    () => provider.getByTestId('provider-orders').locator('tr.ant-table-row', { has: provider.getByTestId(`order-link-${orderId}`) }).innerText(),
    (s) => s.includes(zhCN['ledgerMarket.orderStatus.claimed']),
    'claimed on the row',
  );
  await shot(provider, 'claimed');
  await provider.goto(orderUrl);
  await textOf(provider, 'order-timeline', (s) => s.includes(zhCN['ledgerMarket.orderStatus.claimed']), 'the timeline');
  await shot(provider, 'order-claimed');
  await provider.close();
});

step('the wallet shows the money moved, and switches language', async () => {
  const page = await open(companyCtx, '/ledger/wallet');
  await page.getByTestId('wallet-page').waitFor();
  // Paid: the own share left the account, nothing is reserved; the voucher paid the program share.
  await textOf(page, 'wallet-balance', (s) => s.includes(zh(DEPOSIT - OWN)), 'the balance after payment');
  assert.ok((await page.getByTestId('wallet-reserved').innerText()).includes(zh(0)));
  const voucherRow = page.getByTestId('wallet-vouchers').locator('tr.ant-table-row', { hasText: PROGRAM.name });
  assert.ok((await voucherRow.innerText()).includes(zh(VOUCHER - SUBSIDY)), 'the voucher balance after payment');
  // This month's invoice: the accepted order and who paid what.
  await textOf(page, 'invoice-total', (s) => s.includes(zh(TOTAL)), 'the invoice total');
  assert.ok((await page.getByTestId('invoice-subsidy').innerText()).includes(zh(SUBSIDY)));
  assert.ok((await page.getByTestId('invoice-own').innerText()).includes(zh(OWN)));
  await page.getByTestId('invoice-orders').locator('tr.ant-table-row', { hasText: CONTRACT }).waitFor();
  assert.equal(await page.getByTestId('wallet-page').locator('h2').first().innerText(), zhCN['ledgerMarket.wallet.title']);
  await shot(page, 'wallet-zh');

  // The invoice as a CSV file: the order is in it, amounts in yuan.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-export-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  assert.ok(csv.includes(CONTRACT), `the CSV lists the order: ${csv.slice(0, 300)}`);
  assert.ok(csv.includes((TOTAL / 100).toFixed(2)), 'the CSV carries the total in yuan');

  await page.getByTestId('lang-en').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('wallet-page').locator('h2').first().innerText(), en['ledgerMarket.wallet.title']);
  await textOf(page, 'wallet-balance', (s) => s.includes(formatFen(DEPOSIT - OWN, 'en')), 'the balance in English');
  assert.match(await page.getByTestId('wallet-orders').innerText(), new RegExp(en['ledgerMarket.orderStatus.claimed']));
  await shot(page, 'wallet-en');

  await page.goto(orderUrl);
  await textOf(page, 'order-timeline', (s) => s.includes(en['ledgerMarket.orderStatus.accepted']), 'the order in English');
  await shot(page, 'order-en');

  await page.getByTestId('lang-zh-CN').click();
  await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  await textOf(page, 'order-timeline', (s) => s.includes(zhCN['ledgerMarket.orderStatus.accepted']), 'the order in Chinese again');
  await page.getByTestId('market-nav-wallet').click();
  await page.getByTestId('wallet-page').locator('h2', { hasText: zhCN['ledgerMarket.wallet.title'] }).waitFor();
  await shot(page, 'wallet-zh-again');
  await page.close();
});

step('an operator sees every provider state and the relations screen', async () => {
  const page = await open(operatorCtx, '/ledger/providers');
  await page.getByTestId('providers-status-filter').waitFor();
  await page.getByTestId(`provider-suspend-${providerOrgId}`).waitFor();
  await shot(page, 'operator-directory');
  await page.goto('/ledger/relations');
  await page.getByTestId('relations-page').waitFor();
  await page.getByTestId('relation-record').click();
  await page.getByTestId('relation-form').waitFor();
  await pickOption(page, 'relation-org', PROVIDER_ORG.name, PROVIDER_ORG.name.slice(0, 4));
  await pickOption(page, 'relation-related', COMPANY_ORG.name, COMPANY_ORG.name.slice(0, 4));
  await fill(page, 'relation-note', '同一实际控制人（工商登记）');
  await page.locator('.ant-modal-title').click();
  await shot(page, 'relation-form');
  await page.getByTestId('relation-submit').click();
  const row = page.getByTestId('relations-table').locator('tr.ant-table-row', { hasText: PROVIDER_ORG.name });
  await row.waitFor();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
  assert.match(await row.innerText(), new RegExp(zhCN['ledgerMarket.relationKind.shared_controller']));
  await shot(page, 'relations');
  await page.close();
});

step('no page threw or met a server error', async () => {
  for (const ctx of [operatorCtx, providerAdminCtx, providerMemberCtx, companyCtx]) await ctx?.close();
  assert.deepEqual(pageErrors, []);
});
