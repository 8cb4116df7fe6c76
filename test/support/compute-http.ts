// The compute world built only through the HTTP API of a running server, for the tests that
// drive a server from outside (the CLI's and the browser's): an admitted compute provider with a
// cluster on the embedded local executor, a startup with its own money and a compute voucher, a
// project with an active allocation paid by that voucher. `A` is whatever the caller signs in
// with (a cookie and CSRF token, a browser profile).

export interface HttpDriver<A> {
  /** One API call as `as`; the parsed body of a 2xx answer, else it throws with the answer. */
  call<T = any>(as: A, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  /** Signs a new person up (their session). */
  signUp(who: { name: string; email: string }): Promise<A>;
}

export interface HttpComputeWorld<A> {
  providerOwner: A;
  tenantOwner: A;
  providerOrgId: string;
  providerId: string;
  tenantOrgId: string;
  programId: string;
  voucherId: string;
  clusterId: string;
  projectId: string;
  projectCode: string;
  allocationId: string;
  /** Prices of the cluster's H100 pool, in fen. */
  gpuHourFen: number;
  cpuHourFen: number;
  rateBp: number;
}

export interface HttpComputeOptions {
  /** A short tag that makes codes, names and e-mails unique. */
  tag: string;
  ownFen?: number;
  voucherFen?: number;
  rateBp?: number;
  gpuHourFen?: number;
  cpuHourFen?: number;
  names?: { provider?: string; providerEn?: string; tenant?: string; tenantEn?: string; project?: string; projectEn?: string; cluster?: string; clusterEn?: string };
}

const DAY = 86_400_000;
/** A day in China Standard Time, YYYY-MM-DD (allocations are by the center's days). */
const cstDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** Builds the world; `op` is a signed-in platform operator. */
export async function computeWorldOverHttp<A>(d: HttpDriver<A>, op: A, o: HttpComputeOptions): Promise<HttpComputeWorld<A>> {
  const tag = o.tag;
  const rateBp = o.rateBp ?? 3000;
  const gpuHourFen = o.gpuHourFen ?? 3600;
  const cpuHourFen = o.cpuHourFen ?? 36;
  const n = o.names ?? {};
  const providerOwner = await d.signUp({ name: '算力 王经理', email: `prov.${tag}@example.cn` });
  const tenantOwner = await d.signUp({ name: '初创 陈博士', email: `startup.${tag}@example.cn` });
  const providerOrgId = (await d.call<{ id: string }>(providerOwner, 'POST', '/orgs', { name: n.provider ?? `浦江智算中心 ${tag}`, nameEn: n.providerEn ?? `Pujiang AI Compute ${tag}`, kind: 'service_provider' })).id;
  const tenantOrgId = (await d.call<{ id: string }>(tenantOwner, 'POST', '/orgs', { name: n.tenant ?? `深流智能 ${tag}`, nameEn: n.tenantEn ?? `DeepFlow AI ${tag}`, kind: 'startup' })).id;

  // The operator admits the provider, opens a compute voucher program, grants the startup a
  // voucher and records its own money.
  const providerId = (await d.call<{ id: string }>(op, 'POST', '/ledger/providers', { orgId: providerOrgId, categories: ['compute'], description: 'GPU 算力' })).id;
  const now = Date.now();
  const programId = (
    await d.call<{ id: string }>(op, 'POST', '/ledger/programs', {
      code: `CV-${tag}`,
      kind: 'compute_voucher',
      status: 'active',
      budgetFen: 100_000_000,
      name: `算力券 ${tag}`,
      nameEn: `Compute voucher ${tag}`,
      validFrom: new Date(now - DAY).toISOString(),
      validTo: new Date(now + 365 * DAY).toISOString(),
      voucherDays: 365,
      rateBp,
      capPerOrgYearFen: 50_000_000,
      eligibleOrgKinds: ['enterprise', 'startup'],
      eligibleCategories: ['compute'],
      approvalThresholdFen: 50_000_000,
    })
  ).id;
  const voucherId = (await d.call<{ id: string }>(op, 'POST', `/ledger/programs/${programId}/vouchers`, { orgId: tenantOrgId, amountFen: o.voucherFen ?? 500_000, reason: '算力券' }, { 'idempotency-key': `grant-${tag}` })).id;
  await d.call(op, 'POST', `/ledger/orgs/${tenantOrgId}/deposits`, { amountFen: o.ownFen ?? 1_000_000, memo: '自有资金' }, { 'idempotency-key': `deposit-${tag}` });

  // A cluster of the provider run by the embedded local executor (its GPUs are fake devices):
  // only operators register those, as it runs jobs on the platform's own machine.
  const clusterId = (
    await d.call<{ id: string }>(op, 'POST', '/compute/clusters', {
      providerId,
      code: `LOCAL-${tag}`.slice(0, 40),
      name: n.cluster ?? `临港 H100 集群 ${tag}`,
      nameEn: n.clusterEn ?? `Lingang H100 cluster ${tag}`,
      engine: 'local',
      region: 'shanghai-lingang',
      admission: 'open',
      pools: [{ name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 8, memGbPerNode: 64, gpuHourFen, cpuHourFen }],
    })
  ).id;

  // The startup's project, and an allocation the operator grants at once, paid by the voucher.
  const projectCode = `LLM-${tag}`.slice(0, 40);
  const projectId = (await d.call<{ id: string }>(tenantOwner, 'POST', `/orgs/${tenantOrgId}/projects`, { code: projectCode, name: n.project ?? '多模态大模型微调', nameEn: n.projectEn ?? 'Multimodal model fine-tuning' })).id;
  const allocationId = (
    await d.call<{ id: string }>(op, 'POST', '/compute/allocations', {
      projectId,
      gpuClass: 'training',
      gpuHoursPerMonth: 200,
      maxConcurrentGpus: 4,
      startsOn: cstDay(now - DAY),
      endsOn: cstDay(now + 90 * DAY),
      justification: '模型微调实验',
      voucherId,
      approve: true,
      weight: 1,
    })
  ).id;
  return { providerOwner, tenantOwner, providerOrgId, providerId, tenantOrgId, programId, voucherId, clusterId, projectId, projectCode, allocationId, gpuHourFen, cpuHourFen, rateBp };
}
