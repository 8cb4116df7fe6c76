// The compute catalog through the HTTP API, on PGlite and PostgreSQL: clusters (who registers
// them, what is refused, changes audited with before and after, the list and its filters, the live
// status read through the local executor), consents, and allocations (request → decide → active,
// direct grants, revocation, isolation between tenants, this month's use), the compute part of an
// application decided through the calls engine, and the expiry warning and sweep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids.ts';
import * as schema from '../../db/schema.ts';
import { listMail } from '../../mail/mail.service.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { addMember, buildOrg } from '../../../../test/support/factories.ts';
import { company, drainJobs, grant, ok, program, provider, refused, uniq, type BuiltProvider } from '../../../../test/support/ledger.ts';
import { H100_POOL, insertCluster } from '../../../../test/support/compute.ts';
import { addStaff } from '../calls/index.ts';
import { closeAdapters } from './compute.adapters.ts';
import { sweepAllocations } from './compute.allocations.service.ts';

const DAY = 86_400_000;

let t: TestApp;
let op: Agent;
let prov: BuiltProvider;
/** A plain member of the provider's organization. */
let provMember: Agent;
let tenant: { org: any; owner: Agent };
let tenantMember: Agent;

before(async () => {
  t = await testApp();
  op = await t.person({ platformRole: 'operator' });
  prov = await provider(t, op, { categories: ['compute'] });
  provMember = await addMember(t, prov.org, prov.owner, 'member');
  tenant = await company(t, 'startup');
  tenantMember = await addMember(t, tenant.org, tenant.owner, 'member');
});
after(async () => {
  await closeAdapters();
  await t.close();
});

const L40S_POOL = { name: 'l40s', gpuModel: 'L40S', nodes: 2, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 512, gpuHourFen: 1200, cpuHourFen: 20 };
const CPU_POOL = { name: 'cpu', gpuModel: null, nodes: 4, gpusPerNode: 0, cpusPerNode: 128, memGbPerNode: 256, gpuHourFen: 0, cpuHourFen: 15 };

function clusterBody(o: Record<string, unknown> = {}) {
  return {
    providerId: prov.provider.id,
    code: `SH-${uniq()}`,
    name: '临港智算中心',
    nameEn: 'Lingang AI center',
    engine: 'slurm',
    region: 'shanghai-lingang',
    pools: [L40S_POOL, CPU_POOL],
    connection: { partition: 'debug' },
    ...o,
  };
}

/** A day (China Standard Time) `days` from now, YYYY-MM-DD. */
const day = (days: number) => new Date(t.deps.now().getTime() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);

async function project(org: any, as: Agent, lead?: Agent): Promise<any> {
  return ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as, body: { code: `P-${uniq()}`, name: '多模态模型', nameEn: 'Multimodal model', ...(lead ? { leadPersonId: lead.personId } : {}) } }), 201, 'project');
}

async function auditOf(objectId: string) {
  return t.deps.db.db.select().from(schema.auditLog).where(eq(schema.auditLog.objectId, objectId)).orderBy(asc(schema.auditLog.seq));
}

// ── clusters ─────────────────────────────────────────────────────────────────────────────

test('clusters: the provider admin registers one; the wrong caller, provider or pools are refused with their codes', async () => {
  const c = ok(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody() }), 201, 'provider admin registers');
  assert.equal(c.status, 'active');
  assert.equal(c.admission, 'open');
  assert.equal(c.providerName, prov.org.name);
  assert.deepEqual(c.pools.map((p: any) => [p.name, p.gpuClass, p.gpusTotal, p.cpusTotal, p.gpusInUse]), [
    ['l40s', 'inference', 16, 128, 0],
    ['cpu', null, 0, 512, 0],
  ]);
  assert.equal(c.gpusTotal, 16);
  assert.deepEqual(c.connection, { partition: 'debug' });
  assert.equal(c.canManage, true);
  assert.equal(c.observed, null);
  const [created] = await auditOf(c.id);
  assert.equal(created!.action, 'compute.cluster.create');
  assert.equal(created!.orgId, prov.org.id);

  // Who may register.
  refused(await t.req('POST', '/api/compute/clusters', { as: provMember, body: clusterBody() }), 403, 'forbidden', "the provider's plain member");
  refused(await t.req('POST', '/api/compute/clusters', { as: tenant.owner, body: clusterBody() }), 404, 'not_found', "another organization's owner");
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ providerId: 'prv_00000000000000000000000000' }) }), 404, 'not_found', 'unknown provider');
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ code: c.code.toLowerCase() }) }), 409, 'name_taken', 'the code again');

  // Which provider: admitted and selling compute.
  const applicant = await t.person();
  const applicantOrg = await buildOrg(t, applicant, { kind: 'service_provider' });
  const applied = ok(await t.req('POST', '/api/ledger/providers', { as: applicant, body: { orgId: applicantOrg.id, categories: ['compute'] } }), 201, 'apply');
  assert.equal(applied.status, 'applied');
  refused(await t.req('POST', '/api/compute/clusters', { as: applicant, body: clusterBody({ providerId: applied.id }) }), 409, 'provider_not_admitted', 'not admitted');
  const tester = await provider(t, op, { categories: ['testing'] });
  refused(await t.req('POST', '/api/compute/clusters', { as: tester.owner, body: clusterBody({ providerId: tester.provider.id }) }), 409, 'provider_not_eligible', 'no compute category');

  // Engines: Kubernetes has no adapter; the local executor is the operators'.
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ engine: 'kubernetes', connection: { namespace: 'ai', queue: 'q' } }) }), 400, 'engine_not_supported', 'kubernetes');
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ engine: 'local' }) }), 403, 'forbidden', 'local by a provider');
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ engine: 'mainframe' }) }), 400, 'validation_failed', 'unknown engine');

  // Pools.
  const bad = async (pools: unknown[], paths: string[], what: string) => {
    const r = await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ pools }) });
    refused(r, 400, 'validation_failed', what);
    assert.deepEqual((r.body.errors ?? []).map((e: any) => e.path).sort(), paths.sort(), what);
  };
  await bad([L40S_POOL, { ...L40S_POOL }], ['pools.1.name'], 'duplicate pool names');
  await bad([{ ...L40S_POOL, gpusPerNode: 0 }], ['pools.0.gpusPerNode'], 'GPU model without GPUs');
  await bad([{ ...CPU_POOL, gpusPerNode: 2 }], ['pools.0.gpusPerNode'], 'CPU pool with GPUs');
  await bad([{ ...L40S_POOL, gpuHourFen: 0 }], ['pools.0.gpuHourFen'], 'free GPU-hours');
  await bad([{ ...CPU_POOL, cpuHourFen: 0 }], ['pools.0.cpuHourFen'], 'free CPU-hours');
  await bad([{ ...L40S_POOL, gpuHourFen: 12.5 }], ['pools.0.gpuHourFen'], 'fractional fen');
  await bad([{ ...L40S_POOL, gpuModel: 'V100' }], ['pools.0.gpuModel'], 'unknown model');
  await bad([], ['pools'], 'no pools');
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ connection: { workDir: '../etc' } }) }), 400, 'validation_failed', 'relative work dir');
  refused(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ extra: true }) }), 400, 'validation_failed', 'unknown field');
});

test('clusters: the provider admin changes prices and status, audited with before and after; others are refused', async () => {
  const c = ok(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody() }), 201);
  const url = `/api/compute/clusters/${c.id}`;
  refused(await t.req('PATCH', url, { as: provMember, body: { status: 'draining' } }), 403, 'forbidden', "the provider's member");
  refused(await t.req('PATCH', url, { as: tenant.owner, body: { status: 'draining' } }), 404, 'not_found', 'a tenant');
  refused(await t.req('PATCH', url, { as: prov.owner, body: { pools: [{ ...L40S_POOL, gpuHourFen: -1 }] } }), 400, 'validation_failed', 'negative price');
  refused(await t.req('PATCH', url, { as: prov.owner, body: { status: 'gone' } }), 400, 'validation_failed', 'unknown status');
  const changed = ok(await t.req('PATCH', url, { as: prov.owner, body: { status: 'draining', admission: 'consent', pools: [{ ...L40S_POOL, gpuHourFen: 1500 }], nameEn: null } }));
  assert.equal(changed.status, 'draining');
  assert.equal(changed.admission, 'consent');
  assert.equal(changed.nameEn, null);
  assert.deepEqual(changed.pools.map((p: any) => [p.name, p.gpuHourFen]), [['l40s', 1500]]);
  ok(await t.req('PATCH', url, { as: prov.owner, body: { status: 'draining' } }), 200, 'no change');
  const opChange = ok(await t.req('PATCH', url, { as: op, body: { region: 'shanghai-zhangjiang' } }), 200, 'an operator changes it');
  assert.equal(opChange.region, 'shanghai-zhangjiang');

  const audit = await auditOf(c.id);
  assert.deepEqual(audit.map((a) => a.action), ['compute.cluster.create', 'compute.cluster.update', 'compute.cluster.update']);
  const upd = audit[1]!;
  assert.equal((upd.before as any).status, 'active');
  assert.equal((upd.after as any).status, 'draining');
  assert.deepEqual((upd.before as any).pools.map((p: any) => p.gpuHourFen), [1200, 0]);
  assert.deepEqual((upd.after as any).pools.map((p: any) => p.gpuHourFen), [1500]);

  // A retired cluster is out of the pool: tenants no longer see it, the provider does.
  ok(await t.req('PATCH', url, { as: prov.owner, body: { status: 'retired' } }));
  refused(await t.req('GET', url, { as: tenant.owner }), 404, 'not_found', 'retired, tenant');
  assert.equal(ok(await t.req('GET', url, { as: provMember })).status, 'retired');
  const mine = ok(await t.req('GET', '/api/compute/clusters?mine=true', { as: provMember }));
  assert.ok(mine.items.some((x: any) => x.id === c.id));
  assert.ok(!ok(await t.req('GET', '/api/compute/clusters', { as: provMember })).items.some((x: any) => x.id === c.id));
});

test('clusters: the list shows the pool to every signed-in person, with filters; connections only to the provider', async () => {
  const other = await provider(t, op, { categories: ['compute'] });
  const a = ok(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ region: 'shanghai-a' }) }), 201);
  const b = ok(await t.req('POST', '/api/compute/clusters', { as: other.owner, body: clusterBody({ providerId: other.provider.id, region: 'shanghai-b', pools: [{ ...L40S_POOL, name: 'h100', gpuModel: 'H100' }] }) }), 201);
  const stranger = await t.person();
  const all = ok(await t.req('GET', '/api/compute/clusters', { as: stranger }));
  const ids = all.items.map((x: any) => x.id);
  assert.ok(ids.includes(a.id) && ids.includes(b.id));
  const seenA = all.items.find((x: any) => x.id === a.id);
  assert.equal(seenA.connection, null, 'a stranger does not see the connection');
  assert.equal(seenA.canManage, false);
  assert.deepEqual(seenA.pools.map((p: any) => p.gpuHourFen), [1200, 0], 'prices are public');
  const only = async (q: string) => ok(await t.req('GET', `/api/compute/clusters?${q}`, { as: stranger })).items.map((x: any) => x.id).filter((id: string) => id === a.id || id === b.id);
  assert.deepEqual(await only('gpuModel=H100'), [b.id]);
  assert.deepEqual(await only('gpuModel=L40S'), [a.id]);
  assert.deepEqual(await only('region=SHANGHAI-A'), [a.id]);
  assert.deepEqual(await only(`providerId=${other.provider.id}`), [b.id]);
  assert.deepEqual(await only('engine=local'), []);
  refused(await t.req('GET', '/api/compute/clusters?gpuModel=V100', { as: stranger }), 400, 'validation_failed', 'unknown model');
  refused(await t.req('GET', '/api/compute/clusters'), 401, 'unauthenticated', 'anonymous');
  assert.equal(ok(await t.req('GET', `/api/compute/clusters/${a.id}`, { as: op })).connection.partition, 'debug', 'operators see the connection');
  refused(await t.req('GET', '/api/compute/clusters/clu_00000000000000000000000000', { as: stranger }), 404, 'not_found');
});

test('clusters: refresh reads the local executor through its adapter (operators register local ones)', async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'pujiang-catalog-'));
  const c = ok(
    await t.req('POST', '/api/compute/clusters', { as: op, body: clusterBody({ engine: 'local', pools: [H100_POOL], connection: { workDir } }) }),
    201,
    'an operator registers a local cluster',
  );
  refused(await t.req('POST', `/api/compute/clusters/${c.id}/refresh`, { as: tenant.owner }), 403, 'forbidden', 'a tenant refreshes');
  const r = ok(await t.req('POST', `/api/compute/clusters/${c.id}/refresh`, { as: provMember }), 200, "the provider's member refreshes");
  assert.equal(r.observed.up, true);
  assert.equal(r.observed.gpusTotal, 4);
  assert.equal(r.observed.gpusAllocated, 0);
  assert.equal(r.observed.nodesTotal, 1);
  assert.ok(!Number.isNaN(Date.parse(r.observed.at)));
  // The provider admin may not point a local cluster elsewhere; an operator may.
  refused(await t.req('PATCH', `/api/compute/clusters/${c.id}`, { as: prov.owner, body: { connection: { workDir: '/tmp' } } }), 403, 'forbidden', 'provider moves the local work dir');
  ok(await t.req('PATCH', `/api/compute/clusters/${c.id}`, { as: prov.owner, body: { connection: { workDir } } }), 200, 'the same connection is no change');
});

// ── consents ─────────────────────────────────────────────────────────────────────────────

test('consents: a tenant admin asks, the provider decides; members, strangers and open clusters are refused', async () => {
  const c = ok(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody({ admission: 'consent' }) }), 201);
  const open = ok(await t.req('POST', '/api/compute/clusters', { as: prov.owner, body: clusterBody() }), 201);
  const url = `/api/compute/clusters/${c.id}/consents`;
  const body = { orgId: tenant.org.id, note: '用于多模态训练' };
  refused(await t.req('POST', url, { as: tenantMember, body }), 403, 'forbidden', 'a tenant member asks');
  refused(await t.req('POST', url, { as: await t.person(), body }), 404, 'not_found', 'a stranger asks for the tenant');
  refused(await t.req('POST', `/api/compute/clusters/${open.id}/consents`, { as: tenant.owner, body }), 409, 'invalid_state', 'an open cluster');
  refused(await t.req('POST', url, { as: prov.owner, body: { orgId: prov.org.id } }), 409, 'invalid_state', 'the provider itself');
  const k = ok(await t.req('POST', url, { as: tenant.owner, body }), 201, 'the tenant owner asks');
  assert.equal(k.status, 'requested');
  assert.equal(k.orgName, tenant.org.name);
  assert.equal(ok(await t.req('POST', url, { as: tenant.owner, body }), 201).id, k.id, 'asking again answers the same consent');

  // Who sees them.
  assert.deepEqual(ok(await t.req('GET', url, { as: provMember })).items.map((x: any) => x.id), [k.id]);
  refused(await t.req('GET', url, { as: tenant.owner }), 403, 'forbidden', 'the tenant lists the provider’s consents');
  assert.deepEqual(ok(await t.req('GET', `/api/compute/consents?orgId=${tenant.org.id}`, { as: tenantMember })).items.map((x: any) => x.id), [k.id]);
  refused(await t.req('GET', `/api/compute/consents?orgId=${tenant.org.id}`, { as: provMember }), 404, 'not_found', 'the provider lists the tenant’s');
  const seen = ok(await t.req('GET', `/api/compute/clusters/${c.id}`, { as: tenantMember }));
  assert.deepEqual(seen.myConsents, [{ id: k.id, orgId: tenant.org.id, status: 'requested' }]);

  // Deciding.
  const decide = `/api/compute/consents/${k.id}/decide`;
  refused(await t.req('POST', decide, { as: provMember, body: { grant: true } }), 403, 'forbidden', "the provider's member decides");
  refused(await t.req('POST', decide, { as: tenant.owner, body: { grant: true } }), 404, 'not_found', 'the tenant decides');
  refused(await t.req('POST', decide, { as: await t.person(), body: { grant: true } }), 404, 'not_found', 'a stranger decides');
  const granted = ok(await t.req('POST', decide, { as: prov.owner, body: { grant: true, note: '同意' } }));
  assert.equal(granted.status, 'granted');
  assert.equal(granted.decidedBy, prov.owner.personId);
  assert.equal(ok(await t.req('POST', url, { as: tenant.owner, body }), 201).status, 'granted', 'asking again after the grant');
  const withdrawn = ok(await t.req('POST', decide, { as: op, body: { grant: false } }), 200, 'an operator withdraws it');
  assert.equal(withdrawn.status, 'refused');
  const again = ok(await t.req('POST', url, { as: tenant.owner, body: { orgId: tenant.org.id } }), 201, 'asked again after a refusal');
  assert.equal(again.id, k.id);
  assert.equal(again.status, 'requested');
  const audit = await auditOf(k.id);
  assert.deepEqual(audit.map((a) => a.action), ['compute.consent.request', 'compute.consent.decide', 'compute.consent.decide', 'compute.consent.request']);
});

// ── allocations ──────────────────────────────────────────────────────────────────────────

test('allocations: a tenant admin requests, an operator approves with a weight; the requester is told; the use of this month is shown', async () => {
  const p = await project(tenant.org, tenant.owner);
  const body = { projectId: p.id, gpuClass: 'training', gpuHoursPerMonth: 500, maxConcurrentGpus: 8, startsOn: day(0), endsOn: day(89), justification: '预训练' };
  refused(await t.req('POST', '/api/compute/allocations', { as: tenantMember, body }), 403, 'forbidden', 'a member requests');
  refused(await t.req('POST', '/api/compute/allocations', { as: prov.owner, body }), 404, 'not_found', 'another organization requests');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, approve: true, weight: 3 } }), 403, 'forbidden', 'the tenant approves itself');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, weight: 3 } }), 400, 'validation_failed', 'a weight without approval');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, endsOn: day(-1) } }), 400, 'validation_failed', 'ends before it starts');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, startsOn: day(-30), endsOn: day(-2) } }), 400, 'validation_failed', 'already over');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, gpuClass: 'quantum' } }), 400, 'validation_failed', 'unknown class');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...body, startsOn: '2026-02-30' } }), 400, 'validation_failed', 'no such day');
  const a = ok(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body }), 201, 'request');
  assert.equal(a.status, 'requested');
  assert.equal(a.startsOn, body.startsOn);
  assert.equal(a.endsOn, body.endsOn);
  assert.equal(a.canDecide, false);
  assert.equal(a.requestedByName, 'Company Owner');
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body }), 409, 'invalid_state', 'a second one over the same days');

  // Deciding is the operators'.
  const decide = `/api/compute/allocations/${a.id}/decide`;
  refused(await t.req('POST', decide, { as: tenant.owner, body: { approve: true } }), 403, 'forbidden', 'the tenant decides');
  refused(await t.req('POST', decide, { as: op, body: { approve: false, weight: 2 } }), 400, 'validation_failed', 'a refusal with a weight');
  const approved = ok(await t.req('POST', decide, { as: op, body: { approve: true, weight: 3, gpuHoursPerMonth: 400, note: '按 400 小时批准' } }));
  assert.equal(approved.status, 'active');
  assert.equal(approved.weight, 3);
  assert.equal(approved.gpuHoursPerMonth, 400);
  assert.equal(approved.decisionNote, '按 400 小时批准');
  assert.equal(approved.canDecide, true);
  refused(await t.req('POST', decide, { as: op, body: { approve: true } }), 409, 'invalid_state', 'decided twice');
  const [mail] = await listMail(t.deps.db.db, tenant.owner.email, undefined, 1);
  assert.match(mail!.subject, /Compute allocation approved/);
  assert.match(mail!.body, /weight 3/);

  // This month's use: GPU-seconds of jobs metered this center month count; others do not.
  const clusterId = await insertCluster(t, prov);
  const job = (usage: number, meteredAt: Date | null) => ({
    id: newId('computeJob'),
    projectId: p.id,
    orgId: tenant.org.id,
    allocationId: a.id,
    name: 'train',
    command: 'true',
    gpus: 2,
    gpuModel: 'H100' as const,
    cpus: 4,
    memGb: 16,
    timeLimitMinutes: 60,
    state: 'cancelled' as const,
    clusterId,
    pool: 'h100',
    usage: { elapsedSeconds: usage / 2, gpus: 2, cpus: 4, gpuSeconds: usage, cpuSeconds: usage * 2, gpuModel: 'H100' as const, source: 'test' },
    submittedAt: t.deps.now(),
    meteredAt,
  });
  const now = t.deps.now();
  await t.deps.db.db.insert(schema.computeJobs).values([job(5400, now), job(1800, now), job(99_000, new Date(now.getTime() - 62 * DAY)), job(7200, null)]);
  const seen = ok(await t.req('GET', `/api/compute/allocations/${a.id}`, { as: tenantMember }), 200, 'a member reads it');
  assert.equal(seen.use.gpuHoursUsed, 2);
  assert.equal(seen.use.gpuHoursLeft, 398);
  assert.equal(seen.use.runningGpus, 0);
  assert.equal(seen.use.daysToExpiry, Math.ceil((Date.parse(seen.endsAt) - t.deps.now().getTime()) / DAY));
  assert.ok(seen.use.daysToExpiry >= 89 && seen.use.daysToExpiry <= 90);

  // The projects of the compute screens carry it.
  const projects = ok(await t.req('GET', '/api/compute/projects', { as: tenantMember }));
  const mine = projects.items.find((x: any) => x.id === p.id);
  assert.deepEqual(mine.allocations.map((x: any) => [x.id, x.status, x.use.gpuHoursUsed]), [[a.id, 'active', 2]]);
  assert.equal(mine.myRole, 'member');

  const audit = await auditOf(a.id);
  assert.deepEqual(audit.map((x) => x.action), ['compute.allocation.request', 'compute.allocation.approve']);
  assert.equal((audit[1]!.before as any).status, 'requested');
  assert.equal((audit[1]!.after as any).weight, 3);
});

test('allocations: operators grant directly, refuse and revoke; vouchers must be the organization’s', async () => {
  const p = await project(tenant.org, tenant.owner);
  const prog = await program(t, op, { kind: 'compute_voucher', eligibleCategories: ['compute'] });
  const v = await grant(t, op, prog.id, tenant.org.id, 100_000);
  const otherCo = await company(t, 'startup');
  const foreignVoucher = await grant(t, op, prog.id, otherCo.org.id, 100_000);
  const base = { projectId: p.id, gpuClass: 'inference', gpuHoursPerMonth: 100, maxConcurrentGpus: 2, startsOn: day(0), endsOn: day(30) };
  const r = await t.req('POST', '/api/compute/allocations', { as: op, body: { ...base, voucherId: foreignVoucher.id, approve: true } });
  refused(r, 400, 'validation_failed', "another organization's voucher");
  assert.equal(r.body.errors[0].path, 'voucherId');
  const g = ok(await t.req('POST', '/api/compute/allocations', { as: op, body: { ...base, voucherId: v.id, approve: true, weight: 5 } }), 201, 'direct grant');
  assert.equal(g.status, 'active');
  assert.equal(g.weight, 5);
  assert.equal(g.voucherId, v.id);
  assert.equal(g.source, 'operator');
  // The expiry jobs are written with it.
  const kinds = (await t.deps.db.db.select().from(schema.jobs)).filter((j) => (j.payload as any).allocationId === g.id).map((j) => j.kind).sort();
  assert.deepEqual(kinds, ['compute.allocation.expire', 'compute.allocation.warn']);

  const cpu = ok(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { ...base, gpuClass: null, maxConcurrentGpus: 0 } }), 201, 'a CPU-only request');
  const refusedOne = ok(await t.req('POST', `/api/compute/allocations/${cpu.id}/decide`, { as: op, body: { approve: false, note: '预算不足' } }));
  assert.equal(refusedOne.status, 'refused');
  refused(await t.req('POST', `/api/compute/allocations/${cpu.id}/revoke`, { as: op, body: { reason: 'x' } }), 409, 'invalid_state', 'revoke a refused one');

  refused(await t.req('POST', `/api/compute/allocations/${g.id}/revoke`, { as: tenant.owner, body: { reason: 'x' } }), 403, 'forbidden', 'the tenant revokes');
  refused(await t.req('POST', `/api/compute/allocations/${g.id}/revoke`, { as: op, body: { reason: '' } }), 400, 'validation_failed', 'no reason');
  const revoked = ok(await t.req('POST', `/api/compute/allocations/${g.id}/revoke`, { as: op, body: { reason: '违规使用' } }));
  assert.equal(revoked.status, 'revoked');
  assert.equal(revoked.decisionNote, '违规使用');
  // An archived project takes no new allocation.
  ok(await t.req('POST', `/api/projects/${p.id}/archive`, { as: tenant.owner }));
  refused(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: base }), 409, 'invalid_state', 'archived project');
});

test('allocations: another organization sees none of them; lists filter by status, organization and project', async () => {
  const p = await project(tenant.org, tenant.owner);
  const a = ok(await t.req('POST', '/api/compute/allocations', { as: tenant.owner, body: { projectId: p.id, gpuClass: 'domestic', gpuHoursPerMonth: 50, maxConcurrentGpus: 1, startsOn: day(0), endsOn: day(10) } }), 201);
  const other = await company(t, 'startup');
  refused(await t.req('GET', `/api/compute/allocations/${a.id}`, { as: other.owner }), 404, 'not_found', "another organization's owner");
  refused(await t.req('GET', `/api/compute/allocations/${a.id}`, { as: provMember }), 404, 'not_found', 'a provider');
  const theirs = ok(await t.req('GET', '/api/compute/allocations?limit=200', { as: other.owner }));
  assert.deepEqual(theirs.items, []);
  refused(await t.req('GET', `/api/compute/projects?orgId=${tenant.org.id}`, { as: other.owner }), 404, 'not_found', "another organization's projects");
  assert.ok(!ok(await t.req('GET', '/api/compute/projects', { as: other.owner })).items.some((x: any) => x.orgId === tenant.org.id));

  const ours = ok(await t.req('GET', `/api/compute/allocations?projectId=${p.id}`, { as: tenantMember }));
  assert.deepEqual(ours.items.map((x: any) => x.id), [a.id]);
  assert.deepEqual(ok(await t.req('GET', `/api/compute/allocations?projectId=${p.id}&status=active`, { as: tenantMember })).items, []);
  const opView = ok(await t.req('GET', `/api/compute/allocations?orgId=${tenant.org.id}&status=requested&limit=200`, { as: op }));
  assert.ok(opView.items.some((x: any) => x.id === a.id));
  assert.ok(opView.items.every((x: any) => x.orgId === tenant.org.id && x.status === 'requested'));
  assert.ok(ok(await t.req('GET', `/api/compute/projects?orgId=${tenant.org.id}`, { as: op })).items.some((x: any) => x.id === p.id), 'operators read any organization’s projects');
  // Paging is newest first.
  const page1 = ok(await t.req('GET', `/api/compute/allocations?orgId=${tenant.org.id}&limit=1`, { as: tenant.owner }));
  assert.equal(page1.items.length, 1);
  const page2 = ok(await t.req('GET', `/api/compute/allocations?orgId=${tenant.org.id}&limit=1&cursor=${page1.nextCursor}`, { as: tenant.owner }));
  assert.ok(page2.items[0].id < page1.items[0].id);
  refused(await t.req('GET', '/api/compute/allocations?cursor=zzz', { as: tenant.owner }), 400, 'validation_failed', 'bad cursor');
});

// ── through the calls engine ─────────────────────────────────────────────────────────────

test('a compute call: the application’s compute part is checked at submission, and an award makes an active allocation', async () => {
  const officeOwner = await t.person();
  const center = await buildOrg(t, officeOwner, { kind: 'government_agency' });
  const office = await t.person({ name: 'Compute office' });
  await addStaff(t.deps.db.db, center.id, office.personId, 'manager');
  const tpl = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key: `compute-${uniq()}`, title: '算力申请', titleEn: 'Compute request', questions: [{ key: 'plan', type: 'longtext', label: '计划', labelEn: 'Plan' }] } }), 201);
  const now = t.deps.now().getTime();
  const call = ok(
    await t.req('POST', '/api/calls', {
      as: office,
      body: {
        ownerOrgId: center.id,
        desk: 'compute',
        code: `C${uniq()}`.replace(/[^A-Za-z0-9]/g, '').slice(0, 20),
        title: '算力券配额征集',
        titleEn: 'Compute allocations',
        track: 'general',
        mode: 'continuous',
        opensAt: new Date(now - 3_600_000).toISOString(),
        closesAt: null,
        eligibility: {},
        formTemplateId: tpl.id,
        stages: [{ key: 'approval', kind: 'approval' }],
        award: { unit: 'GPU-hour' },
      },
    }),
    201,
    'call',
  );
  ok(await t.req('POST', `/api/calls/${call.id}/open`, { as: office }), 200, 'open');
  const lead = tenantMember;
  const p = await project(tenant.org, tenant.owner, lead);
  const app = ok(await t.req('POST', `/api/calls/${call.id}/applications`, { as: tenant.owner, body: { orgId: tenant.org.id, title: '' } }), 201, 'draft');
  ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: tenant.owner, body: { revision: app.revision, title: '多模态模型训练', abstract: '训练一个多模态模型。' } }), 200);

  // Submission without the part lists it as missing.
  const submit = `/api/applications/${app.id}/submit`;
  const missing = await t.req('POST', submit, { as: tenant.owner });
  refused(missing, 400, 'application_incomplete', 'no compute part');
  assert.deepEqual(missing.body.details.missing, ['compute.part']);

  const partUrl = `/api/compute/applications/${app.id}/part`;
  const empty = ok(await t.req('GET', partUrl, { as: tenant.owner }));
  assert.equal(empty.saved, false);
  assert.equal(empty.editable, true);
  const partBody = { projectId: p.id, gpuClass: 'training', gpuHoursPerMonth: 800, maxConcurrentGpus: 16, months: 6 };
  const foreign = await project(prov.org, prov.owner);
  refused(await t.req('PUT', partUrl, { as: tenant.owner, body: { ...partBody, projectId: foreign.id } }), 400, 'validation_failed', "another organization's project");
  refused(await t.req('PUT', partUrl, { as: tenantMember, body: partBody }), 404, 'not_found', 'not an applicant');
  refused(await t.req('PUT', partUrl, { as: tenant.owner, body: { ...partBody, months: 0 } }), 400, 'validation_failed', 'no months');
  const saved = ok(await t.req('PUT', partUrl, { as: tenant.owner, body: partBody }), 200, 'save the part');
  assert.equal(saved.projectCode, p.code);
  assert.equal(saved.months, 6);
  refused(await t.req('GET', partUrl, { as: await t.person() }), 404, 'not_found', 'a stranger reads the part');

  ok(await t.req('POST', submit, { as: tenant.owner }), 200, 'submit');
  refused(await t.req('PUT', partUrl, { as: tenant.owner, body: partBody }), 409, 'invalid_state', 'edit after submission');
  assert.equal(ok(await t.req('GET', partUrl, { as: office })).editable, false, 'the office reads it');

  // The office awards less than asked: the allocation follows the award.
  const d = ok(await t.req('POST', `/api/applications/${app.id}/decision`, { as: office, body: { outcome: 'partial', award: { gpuHoursPerMonth: 600, weight: 2 } } }), 201, 'decide');
  assert.equal(d.outcome, 'partial');
  const part = ok(await t.req('GET', partUrl, { as: tenant.owner }));
  assert.ok(part.allocationId);
  const a = ok(await t.req('GET', `/api/compute/allocations/${part.allocationId}`, { as: tenant.owner }));
  assert.equal(a.status, 'active');
  assert.equal(a.source, 'call');
  assert.equal(a.applicationId, app.id);
  assert.equal(a.gpuClass, 'training');
  assert.equal(a.gpuHoursPerMonth, 600);
  assert.equal(a.maxConcurrentGpus, 16);
  assert.equal(a.weight, 2);
  assert.equal(Date.parse(a.endsAt) - Date.parse(a.startsAt), 6 * 30 * DAY);
  const [grantAudit] = (await auditOf(a.id)).filter((x) => x.action === 'compute.allocation.grant');
  assert.equal(grantAudit!.actorId, office.personId);
  const jobs = (await t.deps.db.db.select().from(schema.jobs)).filter((j) => (j.payload as any).allocationId === a.id);
  assert.equal(jobs.length, 2, 'its expiry jobs were written in the decision');

  // A bad award rolls the whole decision back.
  const app2 = ok(await t.req('POST', `/api/calls/${call.id}/applications`, { as: tenant.owner, body: { orgId: tenant.org.id, title: '' } }), 201);
  ok(await t.req('PATCH', `/api/applications/${app2.id}`, { as: tenant.owner, body: { revision: app2.revision, title: '推理服务', abstract: '推理。' } }), 200);
  const p2 = await project(tenant.org, tenant.owner);
  ok(await t.req('PUT', `/api/compute/applications/${app2.id}/part`, { as: tenant.owner, body: { ...partBody, projectId: p2.id } }), 200);
  ok(await t.req('POST', `/api/applications/${app2.id}/submit`, { as: tenant.owner }), 200);
  refused(await t.req('POST', `/api/applications/${app2.id}/decision`, { as: office, body: { outcome: 'awarded', award: { months: 0 } } }), 400, 'validation_failed', 'zero months');
  assert.equal(ok(await t.req('GET', `/api/compute/applications/${app2.id}/part`, { as: tenant.owner })).allocationId, null);
  ok(await t.req('POST', `/api/applications/${app2.id}/decision`, { as: office, body: { outcome: 'rejected', award: {} } }), 201, 'reject');
  assert.equal(ok(await t.req('GET', `/api/compute/applications/${app2.id}/part`, { as: tenant.owner })).allocationId, null, 'a rejection makes none');
});

// ── expiry ───────────────────────────────────────────────────────────────────────────────

test('expiry: one warning mail to the admins and the lead 14 days before the end, then the allocation expires', async () => {
  const own = await company(t, 'startup');
  const admin = await addMember(t, own.org, own.owner, 'admin');
  const lead = await addMember(t, own.org, own.owner, 'member');
  const bystander = await addMember(t, own.org, own.owner, 'member');
  const p = await project(own.org, own.owner, lead);
  const a = ok(
    await t.req('POST', '/api/compute/allocations', { as: op, body: { projectId: p.id, gpuClass: 'training', gpuHoursPerMonth: 10, maxConcurrentGpus: 1, startsOn: day(0), endsOn: day(19), approve: true } }),
    201,
  );
  const warnings = async (email: string) => (await listMail(t.deps.db.db, email, undefined, 50)).filter((m) => m.subject.includes('Compute allocation ending'));
  await drainJobs(t);
  assert.equal((await warnings(own.owner.email)).length, 0, 'too early');

  t.advance(7 * DAY);
  await drainJobs(t);
  for (const who of [own.owner, admin, lead]) {
    const w = await warnings(who.email);
    assert.equal(w.length, 1, `one warning to ${who.email}`);
    assert.match(w[0]!.body, new RegExp(p.code));
    assert.match(w[0]!.body, /in 13 days/);
  }
  assert.equal((await warnings(bystander.email)).length, 0, 'plain members other than the lead are not mailed');
  // Sessions do not outlive days of the clock moving: read the row.
  const row = async () => (await t.deps.db.db.select().from(schema.computeAllocations).where(eq(schema.computeAllocations.id, a.id)))[0]!;
  const warned = await row();
  assert.ok(warned.warnedAt);
  assert.equal(warned.status, 'active');

  // Once only: the sweep and later jobs send nothing more.
  assert.deepEqual(await sweepAllocations(t.deps), { warned: 0, expired: 0 });
  t.advance(5 * DAY);
  await drainJobs(t);
  assert.equal((await warnings(own.owner.email)).length, 1);

  // The end: the expiry job (and the sweep) set it expired.
  t.advance(9 * DAY);
  await drainJobs(t);
  const ended = await row();
  assert.equal(ended.status, 'expired');
  assert.ok(ended.endsOn <= t.deps.now());
  const actions = (await auditOf(a.id)).map((x) => x.action);
  assert.deepEqual(actions, ['compute.allocation.grant', 'compute.allocation.warn', 'compute.allocation.expire']);
});

test('expiry: the sweep warns and expires allocations written without jobs', async () => {
  const own = await company(t, 'startup');
  const p = await project(own.org, own.owner);
  const now = t.deps.now().getTime();
  const ids = [newId('allocation'), newId('allocation')];
  await t.deps.db.db.insert(schema.computeAllocations).values([
    { id: ids[0]!, projectId: p.id, orgId: own.org.id, gpuClass: 'training', gpuHoursPerMonth: 1, maxConcurrentGpus: 1, startsOn: new Date(now - 40 * DAY), endsOn: new Date(now + 3 * DAY), status: 'active' },
    { id: ids[1]!, projectId: p.id, orgId: own.org.id, gpuClass: 'inference', gpuHoursPerMonth: 1, maxConcurrentGpus: 1, startsOn: new Date(now - 40 * DAY), endsOn: new Date(now - DAY), status: 'active' },
  ]);
  const r = await sweepAllocations(t.deps);
  assert.ok(r.warned >= 1 && r.expired >= 1);
  const rows = await t.deps.db.db.select().from(schema.computeAllocations).where(and(eq(schema.computeAllocations.projectId, p.id)));
  const byId = new Map(rows.map((x) => [x.id, x]));
  assert.equal(byId.get(ids[0]!)!.status, 'active');
  assert.ok(byId.get(ids[0]!)!.warnedAt);
  assert.equal(byId.get(ids[1]!)!.status, 'expired');
  assert.equal(byId.get(ids[1]!)!.warnedAt, null, 'an ended allocation is not warned');
  assert.equal((await listMail(t.deps.db.db, own.owner.email, undefined, 50)).filter((m) => m.subject.includes('Compute allocation ending')).length, 1);
});
