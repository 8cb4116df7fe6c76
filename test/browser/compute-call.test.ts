// Deciding a compute application on the review board sets the compute award, in a real browser
// against the real server with the demo center: the platform operator opens a compute call of the
// SSRF through the API, the founder's startup applies with a compute part (800 GPU-hours a month,
// 16 GPUs at once, 6 months) and submits it; the SSRF director opens the call's review board,
// where the decision dialog asks for the allocation (hours, concurrency, months, weight, each with
// what was asked beside it) instead of an amount, in Chinese and in English, and decides 'partial'
// with 100 GPU-hours a month and weight 2. The allocation the decision made has exactly those, and
// what was asked for the rest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, fillField, launchBrowser, newContext, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.plan.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { en } from '../../src/web/i18n/en.ts';

const run = Date.now().toString(36);
const ASKED = { gpuHoursPerMonth: 800, maxConcurrentGpus: 16, months: 6 };
const DAY = 86_400_000;
/** The award fields of the dialog, with their labels' message keys. */
const FIELDS = [
  ['decision-compute-hours', 'review.decision.compute.hours'],
  ['decision-compute-concurrency', 'review.decision.compute.concurrency'],
  ['decision-compute-months', 'review.decision.compute.months'],
  ['decision-compute-weight', 'review.decision.compute.weight'],
] as const;

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const shot = screenshotter('compute-call');
const pageErrors: string[] = [];
let current: Page | undefined;
const csrf = new Map<BrowserContext, string>();
let operator: BrowserContext;
let founder: BrowserContext;
let directorZh: BrowserContext;
let directorEn: BrowserContext;
let callId = '';
let applicationId = '';

/** One API call in a browser profile's session (its cookies; its CSRF token on writes). */
async function api<T = any>(ctx: BrowserContext, method: string, path: string, body?: unknown): Promise<T> {
  const token = csrf.get(ctx);
  const r = await ctx.request.fetch(`/api${path}`, { method, ...(body === undefined ? {} : { data: body }), headers: token ? { 'x-csrf-token': token } : {} });
  if (!r.ok()) throw new Error(`${method} ${path} answered ${r.status()}: ${await r.text()}`);
  return (r.status() === 204 ? null : await r.json()) as T;
}

/** A demo account signed in in a new browser profile of the given UI language. */
async function signedIn(email: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, locale);
  const s = await api<{ csrfToken: string }>(ctx, 'POST', '/auth/signin', { email, password: DEMO_PASSWORD });
  csrf.set(ctx, s.csrfToken);
  return ctx;
}

/** The one organization an account of the demo belongs to. */
async function orgOf(ctx: BrowserContext): Promise<string> {
  const s = await api<{ memberships: { orgId: string }[] }>(ctx, 'GET', '/auth/session');
  assert.equal(s.memberships.length, 1);
  return s.memberships[0]!.orgId;
}

before(async () => {
  dataDir = tempDataDir('compute-call');
  server = await startServer({ dataDir, seed: 'demo', timeoutMs: 180_000 });
  browser = await launchBrowser();
  operator = await signedIn('operator@pujiang.example');
  founder = await signedIn('founder@pujiang.example');
  directorZh = await signedIn('director@pujiang.example', 'zh-CN');
  directorEn = await signedIn('director@pujiang.example', 'en');
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
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- server output (tail) ---\n${server.output().slice(-3000)}`, { cause: e });
    }
  });
}

/** The label of the form item that holds a field. */
const labelOf = (page: Page, testId: string) => page.locator('.ant-form-item', { has: page.getByTestId(testId) }).locator('.ant-form-item-label').innerText();

/** Opens the decision dialog of the application on the board and chooses 'partial'. */
async function decidePartial(page: Page): Promise<void> {
  await page.getByTestId('call-review-page').waitFor();
  await page.getByTestId(`board-decide-${applicationId}`).click();
  await page.getByTestId('decision-form').waitFor();
  // A rejection has no award to set.
  assert.equal(await page.getByTestId('decision-compute-hours').count(), 0);
  await page.getByTestId('decision-outcome-partial').click();
  await page.getByTestId('decision-compute-hours').waitFor();
  assert.equal(await page.getByTestId('decision-amount').count(), 0, 'no generic amount for a compute call');
}

step('the operator opens a compute call of the SSRF; the founder applies with a compute part and submits', async () => {
  const ssrf = await orgOf(directorZh);
  const tpl = await api(operator, 'POST', '/calls/forms', { key: `compute-${run}`, title: '算力申请', titleEn: 'Compute request', questions: [{ key: 'plan', type: 'longtext', label: '计划', labelEn: 'Plan' }] });
  const call = await api(operator, 'POST', '/calls', {
    ownerOrgId: ssrf,
    desk: 'compute',
    code: `GPU${run}`.toUpperCase().slice(0, 20),
    title: '算力配额征集',
    titleEn: 'Compute allocations',
    track: 'general',
    mode: 'continuous',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: null,
    eligibility: {},
    formTemplateId: tpl.id,
    stages: [{ key: 'approval', kind: 'approval' }],
    award: { unit: 'GPU-hour' },
  });
  callId = call.id;
  await api(operator, 'POST', `/calls/${callId}/open`);

  const startup = await orgOf(founder);
  const project = await api(founder, 'POST', `/orgs/${startup}/projects`, { code: `V-${run}`.slice(0, 20), name: '视频生成模型预训练', nameEn: 'Video model pre-training' });
  const draft = await api(founder, 'POST', `/calls/${callId}/applications`, { orgId: startup, title: '' });
  applicationId = draft.id;
  await api(founder, 'PATCH', `/applications/${applicationId}`, { revision: draft.revision, title: '视频生成大模型预训练', abstract: '训练一个视频生成模型。' });
  await api(founder, 'PUT', `/compute/applications/${applicationId}/part`, { projectId: project.id, gpuClass: 'training', ...ASKED });
  await api(founder, 'POST', `/applications/${applicationId}/submit`);
});

step('in Chinese, the decision dialog of a compute call asks for the allocation beside what was asked', async () => {
  const page = await open(directorZh, `/calls/${callId}/review`);
  await decidePartial(page);
  for (const [testId, key] of FIELDS) assert.equal(await labelOf(page, testId), zhCN[key], `${testId} in Chinese`);
  const asked = (n: number) => zhCN['review.decision.compute.asked'].replace('{n}', String(n));
  await eventually(() => page.getByTestId('decision-compute-hours-asked').innerText(), (s) => s === asked(ASKED.gpuHoursPerMonth), 'the hours asked');
  assert.equal(await page.getByTestId('decision-compute-concurrency-asked').innerText(), asked(ASKED.maxConcurrentGpus));
  assert.equal(await page.getByTestId('decision-compute-months-asked').innerText(), asked(ASKED.months));
  assert.equal(await page.getByTestId('decision-compute-weight-asked').innerText(), zhCN['review.decision.compute.weightDefault']);
  assert.equal(await page.getByTestId('decision-compute-hours').getAttribute('placeholder'), zhCN['review.decision.compute.asRequested']);
  const help = await page.getByTestId('decision-compute-help').innerText();
  assert.ok(help.includes(zhCN['review.decision.compute.partial'].replace('{outcome}', zhCN['review.outcome.partial'])), help);
  await shot(page, 'decision-partial-zh');
  await page.close();
});

step('in English, the director decides partial with 100 GPU-hours a month and weight 2; the allocation follows', async () => {
  const page = await open(directorEn, `/calls/${callId}/review`);
  await decidePartial(page);
  assert.equal(await labelOf(page, 'decision-compute-hours'), en['review.decision.compute.hours']);
  await eventually(() => page.getByTestId('decision-compute-hours-asked').innerText(), (s) => s === en['review.decision.compute.asked'].replace('{n}', '800'), 'the hours asked');
  await fillField(page, 'decision-compute-hours', '100');
  await fillField(page, 'decision-compute-weight', '2');
  await shot(page, 'decision-partial-en');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/applications/${applicationId}/decision`));
  await page.getByTestId('decision-submit').click();
  // Empty fields are not sent: the server grants what was asked for them.
  assert.deepEqual((await sent).postDataJSON(), { outcome: 'partial', award: { gpuHoursPerMonth: 100, weight: 2 } });
  await page.getByTestId('decision-form').waitFor({ state: 'detached' });
  await page.getByTestId(`board-decide-${applicationId}`).waitFor({ state: 'detached' });
  await page.getByText(en['review.outcome.partial'], { exact: true }).waitFor();
  await shot(page, 'board-decided-en');
  await page.close();

  const part = await api(founder, 'GET', `/compute/applications/${applicationId}/part`);
  assert.ok(part.allocationId, 'the decision made an allocation');
  const a = await api(founder, 'GET', `/compute/allocations/${part.allocationId}`);
  assert.equal(a.status, 'active');
  assert.equal(a.source, 'call');
  assert.equal(a.gpuHoursPerMonth, 100);
  assert.equal(a.weight, 2);
  assert.equal(a.maxConcurrentGpus, ASKED.maxConcurrentGpus);
  assert.equal(Date.parse(a.endsAt) - Date.parse(a.startsAt), ASKED.months * 30 * DAY);
});

test('no page errors and no 5xx answers', () => {
  assert.deepEqual(pageErrors, []);
});
