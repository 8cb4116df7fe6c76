// A startup's compute journey in a real browser against the real server, whose compute controller
// ticks every 500 ms and runs jobs on the embedded local executor: the startup's admin submits a
// GPU job from the web form while another of its jobs holds every GPU, sees it wait in the queue
// (its position, the reason in words) and in "my jobs", cancels the other job from its page,
// watches its own run (state running, log lines arriving live) to completion with its exit code,
// charge and the voucher's share, and finds the voucher balance on the wallet page dropped by
// exactly that share. Usage and spend, and the provider's income, show the same money. Every
// screen is photographed in Chinese and in English. The world (provider, cluster, program,
// voucher, project, allocation) is made through the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCREENSHOTS, createAccount, eventually, fillField, launchBrowser, newContext, pickSelectOption, removeDir, screenshotter, startServer, tempDataDir, watchPage, type RunningServer } from './support.ts';
import { computeWorldOverHttp, type HttpComputeWorld } from '../support/compute-http.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { en } from '../../src/web/i18n/en.ts';
import { formatFen } from '../../src/web/ledger/money.ts';

const PASSWORD = 'correct horse battery staple';
const run = Date.now().toString(36);
const OPERATOR = { name: '运营 赵', email: `ops.${run}@example.cn` };
const JOB_NAME = `finetune-${run}`;
const COMMAND = 'echo start; sleep 3; echo done';
const zh = (fen: number) => formatFen(fen, 'zh-CN');
const inEn = (fen: number) => formatFen(fen, 'en');

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const shot = screenshotter('compute');
const pageErrors: string[] = [];
let current: Page | undefined;
const csrf = new Map<BrowserContext, string>();
let operatorCtx: BrowserContext;
let world: HttpComputeWorld<BrowserContext>;
let blockerId = '';
let jobId = '';
let voucherBefore = 0;
let blockerCharge = 0;
let jobCharge = { totalFen: 0, subsidyFen: 0, ownFen: 0 };

/** One API call in a browser profile's session (its cookies; its CSRF token on writes). */
async function api<T = any>(ctx: BrowserContext, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const token = csrf.get(ctx);
  const r = await ctx.request.fetch(`/api${path}`, { method, ...(body === undefined ? {} : { data: body }), headers: { ...(token ? { 'x-csrf-token': token } : {}), ...headers } });
  if (!r.ok()) throw new Error(`${method} ${path} answered ${r.status()}: ${await r.text()}`);
  return (r.status() === 204 ? null : await r.json()) as T;
}

async function session(who: { name: string; email: string }, signUp: boolean): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, 'zh-CN');
  const s = signUp
    ? await api<{ csrfToken: string }>(ctx, 'POST', '/auth/signup', { email: who.email, name: who.name, password: PASSWORD, locale: 'zh-CN' })
    : await api<{ csrfToken: string }>(ctx, 'POST', '/auth/signin', { email: who.email, password: PASSWORD });
  csrf.set(ctx, s.csrfToken);
  return ctx;
}

const voucherBalance = async () => (await api<{ items: { id: string; balanceFen: number }[] }>(operatorCtx, 'GET', `/ledger/vouchers?orgId=${world.tenantOrgId}&limit=50`)).items.find((v) => v.id === world.voucherId)!.balanceFen;
const jobOf = (id: string) => api(world.tenantOwner, 'GET', `/compute/jobs/${id}`);

before(async () => {
  dataDir = tempDataDir('compute');
  createAccount(dataDir, { ...OPERATOR, password: PASSWORD, platformRole: 'operator' });
  server = await startServer({ dataDir, seed: 'none', env: { PUJIANG_COMPUTE_TICK_MS: '500' } });
  browser = await launchBrowser();
  operatorCtx = await session(OPERATOR, false);
  world = await computeWorldOverHttp<BrowserContext>({ call: (as, method, path, body, headers) => api(as, method, path, body, headers), signUp: (who) => session(who, true) }, operatorCtx, {
    tag: run,
    names: { tenant: `深流智能 ${run}`, tenantEn: `DeepFlow AI ${run}`, project: '多模态大模型微调', projectEn: 'Multimodal model fine-tuning' },
  });
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

/** A screenshot from the top of the page (a form scrolled to its field would draw the sticky header mid-page). */
async function snap(page: Page, name: string): Promise<string> {
  await page.evaluate('window.scrollTo(0, 0)');
  return shot(page, name);
}

const textOf = (page: Page, testId: string, ok: (s: string) => boolean, what: string, timeoutMs = 20_000) => eventually(() => page.getByTestId(testId).innerText(), ok, what, timeoutMs);

step('another job of the startup holds every GPU of the cluster', async () => {
  const r = await api<{ jobs: { id: string }[] }>(world.tenantOwner, 'POST', '/compute/jobs', { projectId: world.projectId, name: `blocker-${run}`, command: 'echo blocker; sleep 300', gpus: 4, gpuModel: 'H100', cpus: 1, memGb: 1, timeLimitMinutes: 10 }, { 'idempotency-key': `blocker-${run}` });
  blockerId = r.jobs[0]!.id;
  await eventually(() => jobOf(blockerId), (j) => j.state === 'running', 'the blocker runs', 30_000);
});

step("the startup's admin submits a GPU job from the web form", async () => {
  const page = await open(world.tenantOwner, '/');
  // My work → my compute jobs → submit.
  await page.getByTestId('nav-work').hover();
  await page.getByTestId('nav-compute-jobs').click();
  await page.getByTestId('cj-mine-page').waitFor();
  await page.getByTestId(`cj-row-${blockerId}`).waitFor();
  await page.getByTestId('cj-submit-open').click();
  await page.getByTestId('cj-submit-form').waitFor();
  // The only project with an allocation is chosen already.
  assert.match(await page.getByTestId('cj-submit-project').innerText(), new RegExp(world.projectCode));
  await fillField(page, 'cj-submit-name', JOB_NAME);
  await fillField(page, 'cj-submit-command', COMMAND);
  await pickSelectOption(page, 'cj-submit-model', 'H100 (80 GB)');
  await fillField(page, 'cj-submit-mem', '1');
  await fillField(page, 'cj-submit-time', '30');
  // The most it can cost at the cluster's prices: 1 GPU and 1 CPU for 30 minutes.
  const maxFen = Math.ceil(((world.gpuHourFen + world.cpuHourFen) * 30) / 60);
  await textOf(page, 'cj-submit-estimate', (s) => s.includes(zh(maxFen)), 'the estimate of the most it can cost');
  await snap(page, 'submit-zh');
  await page.getByTestId('cj-submit-go').click();
  await page.waitForURL(/\/compute\/jobs\/cj_[0-9A-Z]+$/);
  jobId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByTestId('cj-job-page').waitFor();
  assert.equal(await page.getByTestId('cj-job-name').innerText(), JOB_NAME);
  assert.equal(await page.getByTestId('cj-command').innerText(), COMMAND);
  // It waits: every GPU is taken. Its place and the reason, in words.
  const reasonEl = page.getByTestId('cj-reason');
  await reasonEl.waitFor({ timeout: 20_000 });
  const reason = (await reasonEl.getAttribute('data-reason'))!;
  assert.ok(['concurrency_limit', 'resources', 'priority', 'reserved'].includes(reason), reason);
  assert.equal(await reasonEl.innerText(), zhCN[`computeJobs.reason.${reason}` as keyof typeof zhCN]);
  await textOf(page, 'cj-position', (s) => /\d/.test(s), 'its place in the queue');
  const j = await jobOf(jobId);
  assert.equal(j.submittedVia, 'web');
  assert.equal(j.gpuModel, 'H100');
  await snap(page, 'job-waiting-zh');
  await page.close();
});

step('the queue shows its place and why it waits; my jobs shows both jobs', async () => {
  const page = await open(world.tenantOwner, '/compute/queue');
  await page.getByTestId('cj-queue-page').waitFor();
  await page.getByTestId(`cj-queue-row-${jobId}`).waitFor();
  const reasonEl = page.getByTestId(`cj-queue-reason-${jobId}`);
  const reason = await reasonEl.getAttribute('data-reason');
  assert.equal(await reasonEl.innerText(), zhCN[`computeJobs.reason.${reason}` as keyof typeof zhCN]);
  const row = page.getByTestId('cj-queue-table').locator('tr.ant-table-row', { has: page.getByTestId(`cj-queue-row-${jobId}`) });
  assert.match(await row.innerText(), /^\s*1\s/);
  assert.match(await row.innerText(), /1 × H100/);
  await snap(page, 'queue-zh');

  await page.getByTestId('compute-nav-jobs').click();
  await page.getByTestId('cj-mine-page').waitFor();
  await textOf(page, `cj-row-state-${jobId}`, (s) => s === zhCN['computeJobs.state.pending'], 'the job pending in my jobs');
  assert.equal(await page.getByTestId(`cj-row-state-${blockerId}`).innerText(), zhCN['computeJobs.state.running']);
  await snap(page, 'my-jobs-zh');
  await page.close();
});

step('the startup cancels the other job from its page, then watches its own job run: state running, log lines arriving live, then completed with its charge', async () => {
  const blocker = await open(world.tenantOwner, `/compute/jobs/${blockerId}`);
  await textOf(blocker, 'cj-state', (s) => s === zhCN['computeJobs.state.running'], 'the blocker running');
  await textOf(blocker, 'cj-logs', (s) => s.includes('blocker'), 'the blocker log');
  await snap(blocker, 'job-running-other-zh');
  await blocker.getByTestId('cj-cancel').click();
  await blocker.locator('.ant-popconfirm .ant-btn-dangerous').click();
  await blocker.locator('.ant-message', { hasText: zhCN['computeJobs.job.cancelAsked'] }).waitFor();
  await blocker.close();

  // The GPUs are free: the web job starts. Meanwhile the blocker is charged for the time it ran;
  // the voucher's balance once it was is what the web job's share comes off.
  const balanceRead = (async () => {
    const b = await eventually(() => jobOf(blockerId), (j) => j.meteredAt !== null, 'the blocker charged', 30_000);
    assert.equal(b.state, 'cancelled');
    assert.ok(b.charge.totalFen > 0);
    blockerCharge = b.charge.totalFen;
    voucherBefore = await voucherBalance();
    assert.equal((await jobOf(jobId)).meteredAt, null, 'the web job is not charged yet when the balance is read');
  })();

  const page = await open(world.tenantOwner, `/compute/jobs/${jobId}`);
  await page.getByTestId('cj-job-page').waitFor();
  let sawRunning = false;
  let sawPartialLog = false;
  await eventually(
    async () => {
      const state = await page.getByTestId('cj-job-page').getAttribute('data-state');
      const logs = (await page.getByTestId('cj-logs').count()) ? await page.getByTestId('cj-logs').innerText() : '';
      const partial = logs.includes('start') && !logs.includes('done');
      if (partial) sawPartialLog = true;
      if (state === 'running') {
        if (!sawRunning || partial) {
          // At once: the shot helper waits for a quiet network, and the job ends in seconds.
          await page.screenshot({ path: join(SCREENSHOTS, 'compute-live-job-running-zh.png'), fullPage: true }).catch(() => undefined);
        }
        sawRunning = true;
      }
      return state;
    },
    (s) => s === 'completed',
    'the job completes',
    60_000,
  );
  await balanceRead;
  assert.ok(sawRunning, 'the page showed the job running');
  assert.ok(sawPartialLog, 'log lines arrived while the job ran (start before done)');
  await textOf(page, 'cj-logs', (s) => s.includes('done'), 'the whole log');
  assert.equal((await page.getByTestId('cj-logs').innerText()).trim(), 'start\ndone', 'each line once, in order');
  assert.equal(await page.getByTestId('cj-state').innerText(), zhCN['computeJobs.state.completed']);
  assert.match(await page.getByTestId('cj-exit-code').innerText(), /0$/);
  await textOf(page, 'cj-timeline', (s) => s.includes(zhCN['computeJobs.state.running']) && s.includes(zhCN['computeJobs.state.completed']), 'the state timeline');

  // The charge, split: the voucher pays its program's rate (rounded down to the fen), the startup the rest.
  await page.getByTestId('cj-charge-total').waitFor({ timeout: 30_000 });
  const j = await jobOf(jobId);
  jobCharge = j.charge;
  assert.ok(jobCharge.totalFen > 0);
  assert.equal(jobCharge.subsidyFen, Math.floor((jobCharge.totalFen * world.rateBp) / 10_000));
  assert.equal(jobCharge.ownFen, jobCharge.totalFen - jobCharge.subsidyFen);
  assert.ok((await page.getByTestId('cj-charge-total').innerText()).includes(zh(jobCharge.totalFen)));
  assert.ok((await page.getByTestId('cj-charge-subsidy').innerText()).includes(zh(jobCharge.subsidyFen)));
  assert.ok((await page.getByTestId('cj-charge-own').innerText()).includes(zh(jobCharge.ownFen)));
  assert.equal(await page.getByTestId('cj-voucher-paid').innerText(), zhCN['computeJobs.charge.voucherPaid']);
  assert.ok(Number((await page.getByTestId('cj-gpu-hours').innerText()).replace(/[^\d.]/g, '')) > 0);
  await snap(page, 'job-completed-zh');
  await page.close();

  // The cancelled job: its state and what the time it ran cost.
  const cancelled = await open(world.tenantOwner, `/compute/jobs/${blockerId}`);
  await textOf(cancelled, 'cj-state', (s) => s === zhCN['computeJobs.state.cancelled'], 'the blocker cancelled');
  await textOf(cancelled, 'cj-charge-total', (s) => s.includes(zh(blockerCharge)), 'the blocker charge');
  await snap(cancelled, 'job-cancelled-zh');
  await cancelled.close();
});

step('the voucher balance on the wallet page dropped by exactly the voucher share', async () => {
  const page = await open(world.tenantOwner, '/ledger/wallet');
  await page.getByTestId('wallet-page').waitFor();
  const row = page.getByTestId('wallet-vouchers').locator('tr.ant-table-row', { has: page.getByTestId(`voucher-link-${world.voucherId}`) });
  await row.waitFor();
  const balanceCell = row.locator('td').nth(2);
  assert.equal(await balanceCell.innerText(), zh(voucherBefore - jobCharge.subsidyFen));
  assert.equal(await voucherBalance(), voucherBefore - jobCharge.subsidyFen);
  await snap(page, 'wallet-zh');
  await page.close();
});

step('usage and spend show both jobs; the provider sees its income and the jobs on its cluster', async () => {
  const page = await open(world.tenantOwner, '/compute/usage');
  await page.getByTestId('cj-usage-page').waitFor();
  await textOf(page, 'cj-usage-spend', (s) => s.includes(zh(blockerCharge + jobCharge.totalFen)), 'the month spend');
  await textOf(page, 'cj-usage-jobs', (s) => s.includes('2'), 'two jobs charged');
  await page.getByTestId('cj-chart-hours-day').locator('[role="img"]').first().waitFor();
  await page.getByTestId('cj-statement-lines').locator('tr.ant-table-row', { hasText: JOB_NAME }).waitFor();
  await snap(page, 'usage-zh');
  // The month's statement as a CSV file: both jobs, amounts in yuan.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cj-statement-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  assert.ok(csv.includes(jobId) && csv.includes(blockerId), `the CSV lists both jobs: ${csv.slice(0, 400)}`);
  await page.close();

  const prov = await open(world.providerOwner, '/compute/provider/income');
  await prov.getByTestId('cj-income-page').waitFor();
  await textOf(prov, 'cj-income-total', (s) => s.includes(zh(blockerCharge + jobCharge.totalFen)), 'the income this month');
  await prov.getByTestId('cj-provider-jobs-table').locator('tr.ant-table-row', { hasText: JOB_NAME }).waitFor();
  await snap(prov, 'income-zh');
  await prov.close();
});

step('every screen in English', async () => {
  const page = await open(world.tenantOwner, `/compute/jobs/${jobId}`);
  await page.getByTestId('cj-job-page').waitFor();
  await page.getByTestId('lang-en').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await textOf(page, 'cj-state', (s) => s === en['computeJobs.state.completed'], 'the state in English');
  await textOf(page, 'cj-charge-subsidy', (s) => s.includes(inEn(jobCharge.subsidyFen)), 'the voucher share in English');
  await snap(page, 'job-completed-en');
  // A queue with something in it: again a job holding every GPU, and one waiting behind it.
  const hold = await api<{ jobs: { id: string }[] }>(world.tenantOwner, 'POST', '/compute/jobs', { projectId: world.projectId, name: `hold-${run}`, command: 'sleep 300', gpus: 4, gpuModel: 'H100', cpus: 1, memGb: 1, timeLimitMinutes: 10 });
  await eventually(() => jobOf(hold.jobs[0]!.id), (j) => j.state === 'running', 'the second blocker runs', 30_000);
  const waiting = await api<{ jobs: { id: string }[] }>(world.tenantOwner, 'POST', '/compute/jobs', { projectId: world.projectId, name: `eval-${run}`, command: 'true', gpus: 2, gpuClass: 'training', cpus: 2, memGb: 8, timeLimitMinutes: 120 });
  await eventually(() => jobOf(waiting.jobs[0]!.id), (j) => j.reason !== null, 'the waiting job has a reason', 30_000);
  await page.goto('/compute/queue');
  await page.getByTestId(`cj-queue-reason-${waiting.jobs[0]!.id}`).waitFor();
  const reason = await page.getByTestId(`cj-queue-reason-${waiting.jobs[0]!.id}`).getAttribute('data-reason');
  assert.equal(await page.getByTestId(`cj-queue-reason-${waiting.jobs[0]!.id}`).innerText(), en[`computeJobs.reason.${reason}` as keyof typeof en]);
  await snap(page, 'queue-en');
  await page.goto(`/compute/jobs/${waiting.jobs[0]!.id}`);
  await page.getByTestId('cj-reason').waitFor();
  await snap(page, 'job-waiting-en');
  for (const j of [waiting.jobs[0]!.id, hold.jobs[0]!.id]) await api(world.tenantOwner, 'POST', `/compute/jobs/${j}/cancel`);

  for (const [path, testId, name] of [
    ['/compute/jobs', 'cj-mine-page', 'my-jobs-en'],
    ['/compute/jobs/new', 'cj-submit-form', 'submit-en'],
    [`/compute/jobs/${blockerId}`, 'cj-job-page', 'job-cancelled-en'],
    ['/compute/usage', 'cj-statement-lines', 'usage-en'],
    ['/ledger/wallet', 'wallet-vouchers', 'wallet-en'],
  ] as const) {
    await page.goto(path);
    await page.getByTestId(testId).waitFor();
    await snap(page, name);
  }
  assert.equal(await page.getByTestId('wallet-page').locator('h2').first().innerText(), en['ledgerMarket.wallet.title']);
  await page.close();

  const prov = await open(world.providerOwner, '/compute/provider/income');
  await prov.getByTestId('lang-en').click();
  await prov.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await prov.getByTestId('cj-provider-jobs-table').waitFor();
  assert.match(await prov.locator('h2').first().innerText(), new RegExp(en['computeJobs.income.title']));
  await snap(prov, 'income-en');
  await prov.close();
});

step('no page error and no 5xx answer on the way', async () => {
  assert.deepEqual(pageErrors, []);
});
