// The first-day flow in a real browser against the real server: sign up, create an
// organization, invite a colleague by e-mail, the colleague reads the invitation in the outbox
// and accepts it, the language switch (and that it persists), and an operator finding the
// invitation and its acceptance in the audit log. Screenshots of each step are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createAccount,
  eventually,
  launchBrowser,
  newContext,
  removeDir,
  screenshotter,
  startServer,
  tempDataDir,
  watchPage,
  type RunningServer,
} from './support.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { en } from '../../src/web/i18n/en.ts';

const PASSWORD = 'correct horse battery staple';
const run = Date.now().toString(36);
const OWNER = { name: '林晓', email: `lin.xiao.${run}@example.cn` };
const INVITEE = { name: 'Chen Mo', email: `chen.mo.${run}@example.cn` };
const NEWCOMER = { name: '周 启', email: `zhou.qi.${run}@example.cn` };
const OPERATOR = { name: '运营 王', email: `ops.${run}@example.cn` };
const ORG = { name: `浦江测试研究院 ${run}`, nameEn: `Pujiang Test Institute ${run}` };
const HAN = /[\u4e00-\u9fff]/;

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const shot = screenshotter('flow');
const pageErrors: string[] = [];
// Filled in as the flow goes; later steps need what earlier ones made.
let orgUrl = '';
let ownerCtx: BrowserContext;
let inviteeCtx: BrowserContext;
let operatorCtx: BrowserContext;

before(async () => {
  dataDir = tempDataDir('flow');
  // The operator is made with the CLI before the server starts, as on a new install.
  createAccount(dataDir, { ...OPERATOR, password: PASSWORD, platformRole: 'operator' });
  server = await startServer({ dataDir, seed: 'none' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDir(dataDir);
});

let current: Page | undefined;

/** A new tab whose page errors and 5xx answers join the run's list when it closes. */
async function open(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  current = page;
  const w = watchPage(page);
  page.on('close', () => pageErrors.push(...w.errors));
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

async function signUp(page: Page, who: { name: string; email: string }) {
  await page.goto('/');
  await page.getByTestId('nav-signup').click();
  await page.getByTestId('signup-name').fill(who.name);
  await page.getByTestId('signup-email').fill(who.email);
  await page.getByTestId('signup-password').fill(PASSWORD);
  await page.getByTestId('signup-confirm').fill(PASSWORD);
  await page.getByTestId('signup-submit').click();
  // Signed in: the header shows the person's name in the user menu.
  await page.getByTestId('user-menu').filter({ hasText: who.name }).waitFor();
}

/** Chooses an option of an antd Select by its label, and waits until the Select shows it. */
async function pickOption(page: Page, testId: string, label: string) {
  const select = page.getByTestId(testId);
  await eventually(
    async () => {
      if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click();
      const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`);
      if (await option.count()) await option.click({ timeout: 2_000 }).catch(() => undefined);
      return (await select.innerText()).includes(label);
    },
    (shown) => shown,
    `${testId} shows ${label}`,
  );
}

async function signIn(page: Page, who: { name: string; email: string }) {
  await page.goto('/');
  await page.getByTestId('nav-signin').click();
  await page.getByTestId('signin-email').fill(who.email);
  await page.getByTestId('signin-password').fill(PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').filter({ hasText: who.name }).waitFor();
}

/** Opens the first mail to `email` in the outbox screen and returns its invitation link. */
async function invitationLinkIn(page: Page, email: string): Promise<string> {
  const row = page.getByTestId('outbox-table').locator('tr.ant-table-row').filter({ hasText: email }).first();
  await row.waitFor();
  await row.locator('.ant-table-row-expand-icon').click();
  const link = page.locator('[data-testid^="mail-body-"] a[href*="/invitations/"]').first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  assert.ok(href, 'the mail links to its invitation');
  return href;
}

step('sign up, create an organization, invite a colleague', async () => {
  ownerCtx = await newContext(browser, server.url, 'zh-CN');
  const page = await open(ownerCtx);

  await page.goto('/');
  await page.getByTestId('home').waitFor();
  await shot(page, 'home');

  await signUp(page, OWNER);
  await shot(page, 'signed-up');

  await page.getByTestId('nav-orgs').click();
  await page.getByTestId('orgs-page').waitFor();
  await page.getByTestId('org-create').click();
  const form = page.getByTestId('org-create-form');
  await form.waitFor();
  await page.getByTestId('org-create-name').fill(ORG.name);
  await page.getByTestId('org-create-name-en').fill(ORG.nameEn);
  await pickOption(page, 'org-create-kind', zhCN['orgKind.research_institute']);
  await page.getByTestId('org-create-city').fill('上海');
  await shot(page, 'org-create-form');
  await page.getByTestId('org-create-submit').click();

  await page.waitForURL(/\/orgs\/[^/?]+/);
  await page.getByTestId('org-page').getByRole('heading', { name: ORG.name }).waitFor();
  orgUrl = new URL(page.url()).pathname;
  await shot(page, 'org-created');

  await page.locator('[data-testid="org-tabs"] [data-node-key="invitations"]').click();
  await page.getByTestId('invite-form').waitFor();
  await page.getByTestId('invite-email').fill(INVITEE.email);
  await page.getByTestId('invite-submit').click();
  const row = page.getByTestId('invitation-table').locator('tr', { hasText: INVITEE.email });
  await row.waitFor();
  await shot(page, 'invitation-sent');
  assert.match(await row.innerText(), new RegExp(INVITEE.email.replace(/\./g, '\\.')));
});

step('the invitee reads the mail in the outbox and accepts', async () => {
  assert.ok(orgUrl, 'the previous step created an organization');
  inviteeCtx = await newContext(browser, server.url, 'zh-CN');
  const page = await open(inviteeCtx);
  await signUp(page, INVITEE);

  // The outbox through the user menu, as a person would find it.
  await eventually(
    async () => {
      if (!(await page.locator('.ant-dropdown:visible').count())) await page.getByTestId('user-menu').click();
      // The menu slides in: a click during the animation may not land, so this retries.
      await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: zhCN['nav.outbox'] }).click({ timeout: 2_000 }).catch(() => undefined);
      await page.waitForURL(/\/outbox/, { timeout: 1_000 }).catch(() => undefined);
      return new URL(page.url()).pathname;
    },
    (path) => path === '/outbox',
    'the outbox from the user menu',
  );
  const mailRow = page.getByTestId('outbox-table').locator('tr.ant-table-row').filter({ hasText: INVITEE.email }).first();
  await mailRow.waitFor();
  await mailRow.locator('.ant-table-row-expand-icon').click();
  const body = page.locator('[data-testid^="mail-body-"]').first();
  await body.waitFor();
  // The mail is written in both languages; each names the same link.
  const link = body.locator('a[href*="/invitations/"]').first();
  assert.ok((await body.locator('a[href*="/invitations/"]').count()) >= 1, 'the invitation mail holds an invitation link');
  assert.match(await body.innerText(), new RegExp(ORG.name));
  await shot(page, 'outbox-mail');

  // A link into the app stays in this tab.
  await link.click();
  await page.waitForURL(/\/invitations\//);
  await page.getByTestId('invitation-page').waitFor();
  await page.getByTestId('invite-accept').waitFor();
  await shot(page, 'invitation-page');
  await page.getByTestId('invite-accept').click();
  await page.waitForURL((u) => u.pathname === orgUrl);
  await page.getByTestId('org-page').waitFor();
  await shot(page, 'invitation-accepted');

  // Now a member: the members tab lists both people.
  await page.locator('[data-testid="org-tabs"] [data-node-key="members"]').click();
  const members = page.getByTestId('member-table');
  await members.locator('tr', { hasText: INVITEE.email }).waitFor();
  await members.locator('tr', { hasText: OWNER.email }).waitFor();
  await shot(page, 'members');
});

step('a newcomer without an account signs up from the invitation link and accepts', async () => {
  // The owner invites an admin.
  const owner = await open(ownerCtx);
  await owner.goto(`${orgUrl}?tab=invitations`);
  await owner.getByTestId('invite-email').fill(NEWCOMER.email);
  await pickOption(owner, 'invite-role', zhCN['orgRole.admin']);
  await owner.getByTestId('invite-submit').click();
  await owner.getByTestId('invitation-table').locator('tr', { hasText: NEWCOMER.email }).waitFor();
  await owner.close();

  // Operators see every mail in the outbox; the newcomer cannot sign in to read theirs yet.
  operatorCtx = await newContext(browser, server.url, 'zh-CN');
  const ops = await open(operatorCtx);
  await signIn(ops, OPERATOR);
  await ops.getByTestId('nav-outbox').click();
  await ops.getByTestId('outbox-page').waitFor();
  const href = await invitationLinkIn(ops, NEWCOMER.email);
  await shot(ops, 'operator-outbox');

  const ctx = await newContext(browser, server.url, 'zh-CN');
  const page = await open(ctx);
  await page.goto(href);
  await page.getByTestId('invitation-page').waitFor();
  await page.getByTestId('invite-signup').click();
  await page.waitForURL(/\/signup\?/);
  // The preview masks the invited address, so the newcomer types it.
  await page.getByTestId('signup-email').fill(NEWCOMER.email);
  await page.getByTestId('signup-name').fill(NEWCOMER.name);
  await page.getByTestId('signup-password').fill(PASSWORD);
  await page.getByTestId('signup-confirm').fill(PASSWORD);
  await shot(page, 'newcomer-signup');
  await page.getByTestId('signup-submit').click();
  // Back on the invitation, now signed in.
  await page.waitForURL(/\/invitations\//);
  await page.getByTestId('invite-accept').click();
  await page.waitForURL((u) => u.pathname === orgUrl);
  await page.locator('[data-testid="org-tabs"] [data-node-key="invitations"]').waitFor();
  await shot(page, 'newcomer-admin');
  await ctx.close();
});

step('the language switch changes the screen and persists after reload', async () => {
  const page = await open(inviteeCtx);
  await page.goto('/orgs');
  const nav = page.getByTestId('nav-orgs');
  await nav.waitFor();
  const zhLabel = await nav.innerText();
  assert.equal(zhLabel, zhCN['nav.orgs']);
  assert.match(zhLabel, HAN);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

  await page.getByTestId('lang-en').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  const enLabel = await nav.innerText();
  assert.equal(enLabel, en['nav.orgs']);
  assert.equal(await page.getByTestId('orgs-page').locator('h1, h2, h3').first().innerText(), en['orgs.title']);
  await shot(page, 'english');

  await page.reload();
  await page.getByTestId('nav-orgs').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'English is remembered after reload');
  assert.equal(await page.getByTestId('nav-orgs').innerText(), enLabel);
  await shot(page, 'english-after-reload');

  await page.getByTestId('lang-zh-CN').click();
  await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('nav-orgs').innerText(), zhLabel);
  await page.reload();
  await page.getByTestId('nav-orgs').waitFor();
  assert.equal(await page.getByTestId('nav-orgs').innerText(), zhLabel, 'Chinese is remembered after reload');
});

step('an operator finds the invitation and its acceptance in the audit log', async () => {
  const page = await open(operatorCtx);
  await page.goto('/');
  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-page').waitFor();
  const table = page.getByTestId('audit-table');
  await table.locator('tr.ant-table-row').first().waitFor();
  await shot(page, 'audit');
  // Action names are the tags with a dot (object types are tags too).
  const actionTags = () => table.locator('tr.ant-table-row .ant-tag').allInnerTexts().then((tags) => tags.filter((a) => a.includes('.')));
  const actions = await actionTags();
  assert.ok(actions.some((a) => /^invitation\.(create|send|invite)/.test(a)), `an invitation action is listed: ${actions.join(', ')}`);
  assert.ok(actions.some((a) => /^invitation\.accept/.test(a)), `the acceptance is listed: ${actions.join(', ')}`);

  // The filter narrows the log to invitations only.
  await page.getByTestId('audit-filter-action').fill('invitation.accept');
  await page.getByTestId('audit-search').click();
  await page.waitForURL(/action=invitation\.accept/);
  const filtered = await eventually(
    actionTags,
    (tags) => tags.length > 0 && tags.every((a) => a === 'invitation.accept'),
    'the audit table filtered to acceptances',
  );
  assert.equal(filtered.length, 2, 'both invitations were accepted');
  await shot(page, 'audit-filtered');
});

step('no page threw or met a server error during the flow', async () => {
  for (const ctx of [ownerCtx, inviteeCtx, operatorCtx]) await ctx?.close();
  assert.deepEqual(pageErrors, []);
});
