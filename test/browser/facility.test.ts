// A full cycle of the facility user office in a real browser against the real server (issue 4):
// the SSRF of the demo install, with its user office, station scientist, reviewers and a
// researcher. The user office prepares a cycle of its own through the API (operating calendar,
// form template, an open general call, a review panel); then in the browser the PI signs in,
// starts an application, fills the questionnaire (saved as typed) and the beamtime part, invites
// a co-proposer who accepts, and submits; the station scientist judges feasibility; the user
// office puts the proposal on the panel and assigns reviewers (a reviewer of the PI's own
// organization shows as refused); a reviewer grades; the user office decides at the panel
// meeting, solves and publishes the schedule; the PI downloads the ICS; the scientist approves
// safety and runs the experiment; the PI writes the report and adds a publication by DOI; the
// statistics count it. The key screens are kept as screenshots in Chinese and in English at
// 1366×768.
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  eventually,
  fillField,
  inputOf,
  launchBrowser,
  newLaptopContext,
  pickSelectOption,
  removeDir,
  screenshotter,
  startServer,
  tempDataDir,
  textOfTestId,
  watchPage,
  type RunningServer,
} from './support.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.plan.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { en } from '../../src/web/i18n/en.ts';

const run = Date.now().toString(36).toUpperCase();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const STATION = 'BL14W1'; // one of the demo scientist's stations
const SHIFTS = 6;
const TITLE = `原位 XAFS 研究单原子催化剂 ${run}`;
const CO = { name: '钱 合作', email: `co.${run.toLowerCase()}@example.cn`, password: 'correct horse battery staple' };
const DOI = `10.1234/pujiang.${run.toLowerCase()}`;
const REPORT = '在 BL14W1 上完成了 Pt1/CeO2 的原位 XAFS 测量，获得了高质量的 EXAFS 数据。';

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const snap = screenshotter('facility');
/** A screenshot from the top of the page (a full-page picture of a scrolled page shows the sticky header mid-way). */
async function shot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  return snap(page, name);
}
const pageErrors: string[] = [];
let current: Page | undefined;

interface Who {
  ctx: BrowserContext;
  id: string;
  email: string;
  csrf: string;
  memberships: { orgId: string; orgKind: string }[];
}
let office: Who;
let scientist: Who;
let reviewer: Who;
let chair: Who;
let conflicted: Who;
let co: Who;
let piCtx: BrowserContext;

let facilityId = '';
let stationId = '';
let cycleId = '';
let callId = '';
let panelId = '';
let applicationId = '';
let applicationNumber = '';
let experimentId = '';

/** One API call in a person's session (cookies; the CSRF token on writes). */
async function api<T = any>(who: Who, method: string, path: string, body?: unknown): Promise<T> {
  const r = await who.ctx.request.fetch(`/api${path}`, { method, ...(body === undefined ? {} : { data: body }), headers: { 'x-csrf-token': who.csrf } });
  if (!r.ok()) throw new Error(`${method} ${path} answered ${r.status()}: ${await r.text()}`);
  return (r.status() === 204 ? null : await r.json()) as T;
}

/** A GET in the PI's browser session. */
async function piGet<T>(path: string): Promise<T> {
  const r = await piCtx.request.get(`/api${path}`);
  if (!r.ok()) throw new Error(`GET ${path} answered ${r.status()}: ${await r.text()}`);
  return (await r.json()) as T;
}

/** A demo account (or a new one) signed in through the API, its pages opening signed in. */
async function signedIn(email: string, signUp?: { name: string; password: string }): Promise<Who> {
  const ctx = await newLaptopContext(browser, server.url, 'zh-CN');
  const path = signUp ? '/api/auth/signup' : '/api/auth/signin';
  const data = signUp ? { email, name: signUp.name, password: signUp.password, locale: 'zh-CN' } : { email, password: DEMO_PASSWORD };
  const r = await ctx.request.post(path, { data });
  if (!r.ok()) throw new Error(`${path} for ${email} answered ${r.status()}: ${await r.text()}`);
  const s = (await r.json()) as { csrfToken: string; person: { id: string }; memberships?: Who['memberships'] };
  return { ctx, id: s.person.id, email, csrf: s.csrfToken, memberships: s.memberships ?? [] };
}

before(async () => {
  dataDir = tempDataDir('facility');
  server = await startServer({ dataDir, seed: 'demo', timeoutMs: 120_000 });
  browser = await launchBrowser();
  office = await signedIn('useroffice@pujiang.example');
  scientist = await signedIn('scientist@pujiang.example');
  reviewer = await signedIn('reviewer@pujiang.example');
  chair = await signedIn('chair@pujiang.example');
  // The PI's own organization (Fudan): on the panel, refused as a reviewer of the proposal.
  conflicted = await signedIn('owner@pujiang.example');
  co = await signedIn(CO.email, CO);
  piCtx = await newLaptopContext(browser, server.url, 'zh-CN');

  const facilities = await api<{ items: { id: string; code: string }[] }>(office, 'GET', '/facilities');
  facilityId = facilities.items.find((f) => f.code === 'SSRF')!.id;
  const detail = await api<{ instruments: { stations: { id: string; code: string }[] }[] }>(office, 'GET', `/facilities/${facilityId}`);
  stationId = detail.instruments.flatMap((i) => i.stations).find((s) => s.code === STATION)!.id;
  const operatorOrgId = office.memberships.find((m) => m.orgKind === 'facility_operator')!.orgId;

  // A two-week cycle from a Shanghai midnight three weeks on: user operation with a two-day
  // maintenance in the middle; awards in multiples of 3 shifts.
  const start = Math.floor((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 21 * DAY;
  const at = (days: number) => new Date(start + days * DAY).toISOString();
  cycleId = (
    await api<{ id: string }>(office, 'POST', `/facilities/${facilityId}/cycles`, {
      code: `T-${run}`,
      name: `测试周期 ${run}`,
      nameEn: `Test cycle ${run}`,
      startsAt: at(0),
      endsAt: at(14),
      awardMultiple: 3,
    })
  ).id;
  await api(office, 'POST', `/facilities/cycles/${cycleId}/periods`, { kind: 'user', startsAt: at(0), endsAt: at(6) });
  await api(office, 'POST', `/facilities/cycles/${cycleId}/periods`, { kind: 'maintenance', startsAt: at(6), endsAt: at(8) });
  await api(office, 'POST', `/facilities/cycles/${cycleId}/periods`, { kind: 'user', startsAt: at(8), endsAt: at(14) });
  await api(office, 'PATCH', `/facilities/cycles/${cycleId}`, { status: 'call_open' });

  const form = await api<{ id: string }>(office, 'POST', '/calls/forms', {
    key: `beamtime-${run.toLowerCase()}`,
    title: '机时申请',
    titleEn: 'Beamtime proposal',
    questions: [
      { key: 'case', type: 'longtext', label: '科学意义', labelEn: 'Scientific case', required: true, maxLength: 5000 },
      { key: 'industry', type: 'boolean', label: '是否有企业参与', labelEn: 'Industry involved' },
      { key: 'company', type: 'text', label: '企业名称', labelEn: 'Company', required: true, when: { key: 'industry', equals: true } },
    ],
  });
  callId = (
    await api<{ id: string }>(office, 'POST', '/calls', {
      ownerOrgId: operatorOrgId,
      desk: 'facilities',
      scopeRef: cycleId,
      code: `T${run}`,
      title: `测试周期 ${run} · 普通课题`,
      titleEn: `Test cycle ${run} · General proposals`,
      description: '经线站可行性审查与专家组评审，按评分分配机时。',
      descriptionEn: 'Feasibility review by the station scientists, then panel review; beamtime goes by grade.',
      track: 'general',
      mode: 'window',
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      formTemplateId: form.id,
      stages: [
        { key: 'feasibility', kind: 'technical' },
        { key: 'panel', kind: 'panel', reviewersPerApplication: 2 },
      ],
      award: { unit: 'shift', multiple: 3 },
    })
  ).id;
  await api(office, 'POST', `/calls/${callId}/open`);

  panelId = (await api<{ id: string }>(office, 'POST', '/panels', { ownerOrgId: operatorOrgId, name: `谱学专家组 ${run}`, nameEn: `Spectroscopy panel ${run}`, scopeRef: cycleId, areas: ['XAFS'] })).id;
  await api(office, 'PUT', `/panels/${panelId}/members`, {
    members: [
      { email: chair.email, role: 'chair', expertise: ['XAFS'] },
      { email: reviewer.email, role: 'reviewer', expertise: ['catalysis'] },
      { email: conflicted.email, role: 'reviewer', expertise: ['XAFS'] },
    ],
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

let failed = false;
/** A test step that leaves a screenshot of the screen it failed on; the steps after a failed one are skipped (they need what it made). */
function step(name: string, fn: () => Promise<void>) {
  test(name, async (t) => {
    if (failed) return t.skip('an earlier step failed');
    try {
      await fn();
    } catch (e) {
      failed = true;
      if (current && !current.isClosed()) await shot(current, `FAILED-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
      throw e;
    }
  });
}

/** Confirms the open Popconfirm (antd renders it in a popover). */
async function confirmPop(page: Page) {
  const ok = page.locator('.ant-popover:visible .ant-btn-primary');
  await ok.waitFor();
  await ok.click();
}

/** Opens a tab of an antd Tabs by its label. */
async function openTab(page: Page, label: string) {
  await page.getByRole('tab', { name: label }).click();
}

step('the PI signs in from the call, starts an application and fills it (saved as typed)', async () => {
  const page = await open(piCtx, `/calls/${callId}`);
  await page.getByTestId('call-page').waitFor();
  await page.getByTestId('call-signin').click();
  await page.getByTestId('signin-email').fill('researcher@pujiang.example');
  await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
  await page.getByTestId('signin-submit').click();
  // Back on the call, signed in: the questions are shown before starting.
  await page.getByTestId('call-start').waitFor();
  assert.ok(new URL(page.url()).pathname.endsWith(`/calls/${callId}`));
  await page.getByTestId('q-case').waitFor();
  await shot(page, 'call-zh');

  await page.getByTestId('call-start').click();
  await page.getByTestId('start-form').waitFor();
  await fillField(page, 'start-title', TITLE);
  await page.getByTestId('start-submit').click();
  await page.waitForURL(/\/applications\/[^/]+$/);
  applicationId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await page.getByTestId('application-page').waitFor();

  await fillField(page, 'app-abstract', '利用原位 XAFS 研究 Pt 单原子催化剂在 CO 氧化反应中的价态与配位环境变化。');
  await fillField(page, 'q-case', '单原子催化剂的活性位点结构仍有争议，原位 XAFS 可直接给出其配位数与价态。');
  // The conditional question appears only once industry is involved.
  assert.equal(await page.getByTestId('q-company').count(), 0);
  await page.getByTestId('q-industry').getByText(zhCN['calls.yes']).click();
  await page.getByTestId('q-company').waitFor();
  await fillField(page, 'q-company', '浦江催化材料有限公司');
  // Saved as typed: the indicator says so without any button.
  await textOfTestId(page, 'save-state', (s) => s.includes(zhCN['calls.save.savedAt'].split('{')[0]!), 'the autosave');
  await eventually(() => piGet<{ answers: Record<string, unknown> }>(`/applications/${applicationId}`), (a) => a.answers.company === '浦江催化材料有限公司', 'the answers saved');
  const saved = await piGet<{ answers: Record<string, unknown> }>(`/applications/${applicationId}`);
  assert.equal(saved.answers.industry, true);
  await shot(page, 'application-form-zh');

  // Submitting before the beamtime part is saved lists what is missing, in words.
  await page.getByTestId('app-submit').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await textOfTestId(page, 'submit-missing', (s) => s.includes(zhCN['office.missing.part']), 'the missing beamtime part');
  assert.doesNotMatch(await page.getByTestId('submit-missing').innerText(), /facilities\./);
  current = page;
});

step('the PI fills the beamtime part: station, shifts, a sample, the safety declaration', async () => {
  const page = current!;
  await openTab(page, zhCN['calls.tab.desk.facilities']);
  await page.getByTestId('beamtime-form').waitFor();
  // The station picker searches the facility's 46 stations.
  const picker = page.getByTestId('station-picker');
  await picker.click();
  await page.keyboard.type(STATION);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: STATION }).first().click();
  await page.getByTestId('requests-table').getByText(STATION, { exact: true }).waitFor();
  const shifts = await inputOf(page, 'request-shifts-0');
  await shifts.fill(String(SHIFTS));
  await shifts.press('Tab');
  await page.getByTestId('sample-add').click();
  await fillField(page, 'sample-name-0', 'Pt1/CeO2 粉末');
  await pickSelectOption(page, 'sample-hazards-0', zhCN['office.hazard.nanomaterial']);
  await page.getByTestId('safety-declaration').click();
  await page.getByTestId('beamtime-unsaved').waitFor();
  await shot(page, 'beamtime-form-zh');
  await page.getByTestId('beamtime-save').click();
  await page.getByTestId('beamtime-unsaved').waitFor({ state: 'detached' });
  // Saved: the declaration is recorded with its time.
  await textOfTestId(page, 'beamtime-form', (s) => s.includes(zhCN['office.part.safetyDeclared'].split('{')[0]!), 'the safety declaration recorded');
  const part = await piGet<{ requests: { stationId: string; shifts: number }[]; samples: { name: string; hazards: string[] }[]; safetyDeclaredAt: string | null }>(`/facilities/proposals/${applicationId}`);
  assert.deepEqual(part.requests.map((r) => [r.stationId, r.shifts]), [[stationId, SHIFTS]]);
  assert.deepEqual(part.samples.map((s) => [s.name, s.hazards]), [['Pt1/CeO2 粉末', ['nanomaterial']]]);
  assert.ok(part.safetyDeclaredAt);
});

step('the PI invites a co-proposer by e-mail, who accepts from the applications page', async () => {
  const page = current!;
  await openTab(page, zhCN['calls.tab.members'].replace('{n}', '1'));
  await fillField(page, 'invite-email', CO.email);
  await page.getByTestId('invite-submit').click();
  const row = page.getByTestId('members-table').locator('tr.ant-table-row', { hasText: CO.email });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(zhCN['calls.memberStatus.invited']));
  await shot(page, 'members-invited-zh');

  const coPage = await open(co.ctx, '/applications');
  await coPage.getByTestId('invitations-table').waitFor();
  await shot(coPage, 'invitation-zh');
  await coPage.getByTestId(`invite-accept-${applicationId}`).click();
  await coPage.getByTestId('accept-submit').click();
  await coPage.waitForURL((u) => u.pathname === `/applications/${applicationId}`);
  await coPage.getByTestId('application-page').waitFor();
  await coPage.close();
  current = page;
});

step('the PI submits; the application gets its number', async () => {
  const page = current!;
  await page.reload();
  await page.getByTestId('application-page').waitFor();
  await openTab(page, zhCN['calls.tab.members'].replace('{n}', '2'));
  const row = page.getByTestId('members-table').locator('tr.ant-table-row', { hasText: CO.email });
  await eventually(() => row.innerText(), (s) => s.includes(zhCN['calls.memberStatus.accepted']), 'the co-proposer accepted');
  await page.getByTestId('app-submit').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  applicationNumber = await textOfTestId(page, 'app-number', (s) => s.startsWith(`T${run}-`), 'the application number');
  await page.getByText(zhCN['calls.appStatus.submitted']).first().waitFor();
  await openTab(page, zhCN['calls.tab.history']);
  await page.getByTestId('history').waitFor();
  await shot(page, 'application-submitted-zh');
  await page.close();
});

step('the station scientist judges feasibility', async () => {
  const page = await open(scientist.ctx, `/facilities/${facilityId}/feasibility`);
  const judge = page.getByTestId(`judge-${applicationId}-${STATION}`);
  await judge.waitFor();
  await shot(page, 'feasibility-queue-zh');
  await judge.click();
  await page.getByTestId('judge-form').waitFor();
  // The drawer proposes the shifts asked for once it has opened.
  await eventually(async () => (await inputOf(page, 'judge-shifts')).inputValue(), (v) => v === String(SHIFTS), 'the shifts proposed');
  await page.getByTestId('judge-form').getByText(zhCN['office.verdict.feasible'], { exact: true }).click();
  await page.getByTestId('judge-form').locator('textarea').fill('样品与原位池兼容，6 个班次足够。');
  await shot(page, 'feasibility-judge-zh');
  await page.getByTestId('judge-submit').click();
  await page.getByTestId('judge-form').waitFor({ state: 'detached' });
  await page.getByTestId('feasibility-state').getByText(zhCN['office.feas.state.done']).click();
  const judged = page.getByTestId('feasibility-table').locator(`tr[data-row-key="${applicationId}|${stationId}"]`);
  await eventually(() => judged.innerText(), (s) => s.includes(`${zhCN['office.verdict.feasible']} · ${SHIFTS}`), 'the verdict in the queue');
  await page.close();
});

step('the user office puts it on the panel and assigns reviewers; the conflicted one is refused', async () => {
  const page = await open(office.ctx, `/calls/${callId}/review`);
  await page.getByTestId('board-unpanelled').waitFor();
  await page.getByTestId('board-unpanelled-table').locator(`tr[data-row-key="${applicationId}"] input[type="checkbox"]`).check();
  await pickSelectOption(page, 'board-attach-panel', `谱学专家组 ${run}`);
  await page.getByTestId('board-attach').click();
  await page.getByTestId(`board-table-${panelId}`).locator(`tr[data-row-key="${applicationId}"]`).waitFor();
  // A reviewer of the PI's own organization may not review it: the cell says so, and cannot be picked.
  const refused = page.getByTestId(`board-conflict-${applicationId}-${conflicted.id}`);
  await refused.waitFor();
  assert.equal(await refused.innerText(), zhCN['review.board.refused']);
  assert.equal(await page.getByTestId(`board-pick-${applicationId}-${conflicted.id}`).count(), 0);
  await page.getByTestId(`board-pick-${applicationId}-${reviewer.id}`).check();
  await page.getByTestId(`board-pick-${applicationId}-${chair.id}`).check();
  await page.getByTestId('board-assign').click();
  await page.getByTestId(`board-cell-${applicationId}-${reviewer.id}`).waitFor();
  await page.getByTestId(`board-cell-${applicationId}-${chair.id}`).waitFor();
  await shot(page, 'review-board-zh');
  await page.close();

  // The server refuses the conflicted reviewer too, with its code.
  const r = await office.ctx.request.post(`/api/calls/${callId}/assignments`, { data: { items: [{ applicationId, reviewerId: conflicted.id }] }, headers: { 'x-csrf-token': office.csrf } });
  const problem = (await r.json()) as { code?: string };
  assert.ok(r.status() >= 400 && r.status() < 500, `conflicted assignment answered ${r.status()}`);
  assert.equal(problem.code, 'conflict_of_interest');
});

step('the reviewers grade; the reviewer does it on the review page', async () => {
  const mine = await api<{ items: { id: string; applicationId: string }[] }>(reviewer, 'GET', '/reviews/mine?limit=100');
  const reviewId = mine.items.find((r) => r.applicationId === applicationId)!.id;
  const page = await open(reviewer.ctx, `/reviews/${reviewId}`);
  await page.getByTestId('review-page').waitFor();
  await page.getByTestId('review-page').getByText(STATION).first().waitFor();
  await page.getByTestId('review-grade-2').click();
  await page.getByTestId('review-comments').fill('科学问题明确，方法可行；建议补充对照样品。');
  await shot(page, 'review-zh');
  await page.getByTestId('review-submit').click();
  await page.getByTestId('review-submit-confirm').click();
  await page.getByTestId('review-state-submitted').waitFor();
  await page.close();
  // The chair's grade through the API (the same route the page uses).
  const chairs = await api<{ items: { id: string; applicationId: string }[] }>(chair, 'GET', '/reviews/mine?limit=100');
  const chairReview = chairs.items.find((r) => r.applicationId === applicationId)!.id;
  await api(chair, 'PUT', `/reviews/${chairReview}`, { grade: 1, comments: '优秀。', submit: true });
});

step('the user office decides at the panel meeting', async () => {
  const page = await open(office.ctx, `/facilities/cycles/${cycleId}/meeting`);
  const card = page.getByTestId(`meeting-station-${STATION}`);
  await card.waitFor();
  const row = page.getByTestId(`meeting-table-${STATION}`).locator(`tr[data-row-key="${applicationId}"]`);
  assert.match(await row.innerText(), /1\.50/);
  await page.getByTestId(`cutoff-${STATION}`).waitFor();
  await shot(page, 'meeting-zh');
  await page.getByTestId(`decide-${applicationId}`).click();
  await page.getByTestId('decision-form').waitFor();
  assert.equal(await (await inputOf(page, `decision-shifts-${STATION}`)).inputValue(), String(SHIFTS));
  await page.getByTestId('decision-form').locator('textarea').fill('评分优秀，全额批准。');
  await shot(page, 'meeting-decision-zh');
  await page.getByTestId('decision-submit').click();
  await eventually(() => row.innerText(), (s) => s.includes(zhCN['office.outcome.awarded']), 'the award on the row');
  await page.close();
});

step('the user office solves and publishes the schedule; the block is in the calendar', async () => {
  const page = await open(office.ctx, `/facilities/cycles/${cycleId}/schedule`);
  await page.getByTestId('schedule-page').waitFor();
  await page.getByTestId('schedule-row-' + STATION).waitFor();
  const limit = await inputOf(page, 'schedule-time-limit');
  await limit.fill('5');
  await limit.press('Tab');
  await page.getByTestId('schedule-solve').click();
  await page.getByTestId('schedule-figures').waitFor({ timeout: 60_000 });
  const block = page.getByTestId(`schedule-row-${STATION}`).locator('[data-testid^="block-"]');
  await block.first().waitFor();
  assert.equal(await block.count(), 1);
  await block.first().scrollIntoViewIfNeeded();
  await shot(page, 'schedule-draft-zh');
  await page.getByTestId('schedule-publish').click();
  await confirmPop(page);
  await page.getByTestId('schedule-publish').waitFor({ state: 'detached' });
  await page.getByText(zhCN['schedule.version.published']).first().waitFor();
  await block.first().scrollIntoViewIfNeeded();
  await shot(page, 'schedule-published-zh');
  await page.close();
});

step('the PI downloads the ICS from /me/calendar', async () => {
  const page = await open(piCtx, '/me/calendar');
  await page.getByTestId('my-calendar-page').waitFor();
  await shot(page, 'my-calendar-zh');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-ics').click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  const events = ics.split('BEGIN:VEVENT').slice(1);
  const ours = events.find((e) => e.includes(applicationNumber));
  assert.ok(ours, `the ICS has a VEVENT for ${applicationNumber}:\n${ics.slice(0, 800)}`);
  const experiments = await piGet<{ items: { id: string; applicationId: string; scheduledStart: string }[] }>('/facilities/experiments/mine');
  const exp = experiments.items.find((e) => e.applicationId === applicationId);
  assert.ok(exp, 'publishing made the experiment');
  experimentId = exp.id;
  const dtstart = new Date(exp.scheduledStart).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  assert.match(ours, new RegExp(`DTSTART:${dtstart}`));
  await page.close();
});

step('the scientist approves safety, starts and ends the experiment', async () => {
  const page = await open(scientist.ctx, `/facilities/experiments/${experimentId}`);
  await page.getByTestId('experiment-page').waitFor();
  await page.getByTestId('tab-safety').click();
  await page.getByTestId('safety-approve').click();
  await confirmPop(page);
  await page.getByTestId('safety-approved').waitFor();
  await shot(page, 'experiment-safety-zh');
  await page.getByTestId('tab-run').click();
  await page.getByTestId('experiment-start').click();
  await page.getByTestId('experiment-end').waitFor();
  await page.getByTestId('tab-logbook').click();
  await page.getByTestId('logbook-text').fill('束流稳定，完成 Pt L3 边 12 组原位谱。');
  await page.getByTestId('logbook-add').click();
  await page.getByTestId('logbook-list').getByText('Pt L3').waitFor();
  await page.getByTestId('tab-run').click();
  await page.getByTestId('experiment-end').click();
  await page.getByTestId('end-form').waitFor();
  await fillField(page, 'end-lost-hours', '2');
  await page.getByTestId('end-lost-reason').fill('储存环注入故障');
  await page.getByTestId('end-submit').click();
  await page.getByTestId('end-form').waitFor({ state: 'detached' });
  await textOfTestId(page, 'run-facts', (s) => s.includes('储存环注入故障'), 'the lost time recorded');
  await page.getByText(zhCN['experiments.status.finished']).first().waitFor();
  await shot(page, 'experiment-finished-zh');
  await page.close();
});

step('the PI writes the report and adds a publication by DOI', async () => {
  const page = await open(piCtx, `/facilities/experiments/${experimentId}`);
  await page.getByTestId('experiment-page').waitFor();
  await page.getByTestId('tab-report').click();
  await page.getByTestId('report-editor').fill(REPORT);
  await page.getByTestId('report-save').click();
  await eventually(() => page.getByTestId('report-save').isDisabled(), (d) => d, 'the report saved');
  await page.getByTestId('tab-outcomes').click();
  await fillField(page, 'outcome-doi', `https://doi.org/${DOI}`);
  await fillField(page, 'outcome-title', 'Operando XAFS of single-atom Pt on CeO2');
  await fillField(page, 'outcome-venue', 'J. Synchrotron Rad.');
  await page.getByTestId('outcome-submit').click();
  await page.getByTestId('outcome-list').getByText(DOI).waitFor();
  await shot(page, 'experiment-outcomes-zh');
  await page.close();
});

step('the statistics page counts the experiment and the publication', async () => {
  const page = await open(piCtx, `/facilities/${facilityId}/statistics?cycle=${cycleId}`);
  await page.getByTestId('statistics-page').waitFor();
  const row = page.getByTestId('stats-table').locator(`tr[data-row-key="${stationId}"]`);
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  assert.ok(cells[0]?.includes(STATION), `the row is the station's: ${cells.join(' | ')}`);
  // requested, awarded, …, submitted, awarded proposals, users, done, publications
  const tail = cells.slice(-5);
  assert.deepEqual(tail, ['1', '1', tail[2], '1', '1'], `the station's counts: ${cells.join(' | ')}`);
  await shot(page, 'statistics-zh');
  await page.close();
});

step('the key screens in English', async () => {
  for (const who of [piCtx, office.ctx, scientist.ctx, reviewer.ctx]) {
    const p = await who.newPage();
    await p.goto('/');
    await p.getByTestId('lang-en').click();
    await p.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await p.close();
  }
  const tour: [BrowserContext, string, string, string][] = [
    [piCtx, `/calls/${callId}`, 'call-page', 'call-en'],
    [piCtx, `/applications/${applicationId}`, 'application-page', 'application-en'],
    [scientist.ctx, `/facilities/${facilityId}/feasibility?state=done`, 'feasibility-page', 'feasibility-en'],
    [office.ctx, `/calls/${callId}/review`, 'call-review-page', 'review-board-en'],
    [office.ctx, `/facilities/cycles/${cycleId}/meeting`, 'meeting-page', 'meeting-en'],
    [office.ctx, `/facilities/cycles/${cycleId}/schedule`, 'schedule-page', 'schedule-en'],
    [piCtx, '/me/calendar', 'my-calendar-page', 'my-calendar-en'],
    [scientist.ctx, `/facilities/experiments/${experimentId}`, 'experiment-page', 'experiment-en'],
    [piCtx, `/facilities/${facilityId}/statistics?cycle=${cycleId}`, 'statistics-page', 'statistics-en'],
  ];
  for (const [ctx, path, testId, name] of tour) {
    const page = await open(ctx, path);
    await page.getByTestId(testId).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    if (name === 'schedule-en') await page.getByTestId(`schedule-row-${STATION}`).locator('[data-testid^="block-"]').scrollIntoViewIfNeeded();
    await shot(page, name);
    await page.close();
  }
  const page = await open(piCtx, `/applications/${applicationId}`);
  await page.getByText(en['calls.appStatus.decided']).first().waitFor();
  await page.close();
});

step('no page threw or met a server error', async () => {
  for (const w of [office, scientist, reviewer, chair, conflicted, co]) await w?.ctx.close();
  await piCtx?.close();
  assert.deepEqual(pageErrors, []);
});
