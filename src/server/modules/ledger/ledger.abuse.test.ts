// Every abuse rule of the subsidy layer refused with its own error code, through the HTTP API on
// PGlite and PostgreSQL: related providers (both kinds of relation, both directions), one
// contract one subsidy across programs, no claim before accepted delivery, providers not admitted
// or not eligible, organizations not eligible, programs and vouchers not active, a company that
// cannot pay its share, and large clawbacks that need a second operator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { buildOrg } from '../../../../test/support/factories.ts';
import { assertReconciled, company, deposit, get, grant, issue, ok, pendingStates, program, provider, refused, step, uniq } from '../../../../test/support/ledger.ts';

let t: TestApp;
let op: Agent;
before(async () => {
  t = await testApp();
  op = await t.person({ platformRole: 'operator' });
});
after(async () => {
  await t.close();
});

/** A funded buyer with a voucher in `prog`, and an admitted provider with prices. */
async function pair(prog: { id: string }, voucherFen = 100_000) {
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const buyer = await company(t);
  await deposit(t, op, buyer.org.id, 1_000_000);
  const voucher = await grant(t, op, prog.id, buyer.org.id, voucherFen);
  return { prov, buyer, voucher };
}

test('related provider and buyer: shared controller or declared relation, either direction → provider_related_to_buyer', async () => {
  const prog = await program(t, op);
  const cases: { kind: 'shared_controller' | 'declared'; from: 'buyer' | 'provider' }[] = [
    { kind: 'shared_controller', from: 'buyer' },
    { kind: 'shared_controller', from: 'provider' },
    { kind: 'declared', from: 'buyer' },
    { kind: 'declared', from: 'provider' },
  ];
  for (const c of cases) {
    const { prov, buyer, voucher } = await pair(prog);
    const [orgId, relatedOrgId] = c.from === 'buyer' ? [buyer.org.id, prov.org.id] : [prov.org.id, buyer.org.id];
    // Operators record shared controllers; an organization's admins declare their own relations.
    const recorder = c.kind === 'shared_controller' ? op : c.from === 'buyer' ? buyer.owner : prov.owner;
    if (c.kind === 'shared_controller') {
      refused(await t.req('POST', '/api/ledger/relations', { as: buyer.owner, body: { orgId: buyer.org.id, relatedOrgId: prov.org.id, kind: 'shared_controller' } }), 403, 'forbidden', 'an org admin recording a shared controller:');
    }
    const rel = ok(await t.req('POST', '/api/ledger/relations', { as: recorder, body: { orgId, relatedOrgId, kind: c.kind, note: 'same parent' } }), 201, `${c.kind} from ${c.from}`);
    assert.equal(rel.kind, c.kind);
    const order = await issue(t, prov, buyer.org.id);
    refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'provider_related_to_buyer', `${c.kind} from ${c.from}:`);
    const v = await get(t, buyer.owner, `/api/ledger/vouchers/${voucher.id}`);
    assert.equal(v.reservedFen, 0, 'nothing reserved');
    // The relation bars the subsidy, not the trade: paid in full by the company it goes through.
    const unsubsidized = ok(await step(t, buyer.owner, order.id, 'confirm', {}));
    assert.deepEqual([unsubsidized.subsidyFen, unsubsidized.ownFen, unsubsidized.voucherId], [0, 10_000, null]);
  }
  // A provider never sells to itself.
  const prov = await provider(t, op);
  refused(
    await t.req('POST', '/api/ledger/orders', { as: prov.owner, body: { providerId: prov.provider.id, buyerOrgId: prov.org.id, contractNo: `HT-${uniq()}`, lines: [{ priceItemId: prov.prices.compute.id, quantity: 1 }] } }),
    409,
    'provider_related_to_buyer',
  );
  await assertReconciled(t, op);
});

test('one contract, one subsidy: the same contract confirmed under a second program → contract_already_subsidized', async () => {
  const progA = await program(t, op);
  const progB = await program(t, op);
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const buyer = await company(t);
  await deposit(t, op, buyer.org.id, 1_000_000);
  const va = await grant(t, op, progA.id, buyer.org.id, 100_000);
  const vb = await grant(t, op, progB.id, buyer.org.id, 100_000);
  const contractNo = `HT-${uniq()}`;
  const first = await issue(t, prov, buyer.org.id, { contractNo });
  const second = await issue(t, prov, buyer.org.id, { contractNo });
  ok(await step(t, buyer.owner, first.id, 'confirm', { voucherId: va.id }));
  refused(await step(t, buyer.owner, second.id, 'confirm', { voucherId: vb.id }), 409, 'contract_already_subsidized');
  const v = await get(t, buyer.owner, `/api/ledger/vouchers/${vb.id}`);
  assert.equal(v.reservedFen, 0, 'the refused confirmation reserved nothing');
  assert.equal((await get(t, buyer.owner, `/api/ledger/orders/${second.id}`)).status, 'issued');
  // Another provider's contract of the same number is another contract.
  const other = await provider(t, op, { unitPriceFen: 10_000 });
  const elsewhere = await issue(t, other, buyer.org.id, { contractNo });
  ok(await step(t, buyer.owner, elsewhere.id, 'confirm', { voucherId: vb.id }));
  // Once the first order is cancelled, the contract may be subsidized again.
  ok(await step(t, buyer.owner, first.id, 'cancel', {}));
  ok(await step(t, buyer.owner, second.id, 'confirm', { voucherId: vb.id }));

  // Two orders of one contract confirmed at once under two programs: one wins.
  const c2 = `HT-${uniq()}`;
  const x = await issue(t, prov, buyer.org.id, { contractNo: c2 });
  const y = await issue(t, prov, buyer.org.id, { contractNo: c2 });
  const rs = await Promise.all([step(t, buyer.owner, x.id, 'confirm', { voucherId: va.id }), step(t, buyer.owner, y.id, 'confirm', { voucherId: vb.id })]);
  assert.deepEqual(rs.map((r) => r.status).sort(), [200, 409], rs.map((r) => r.text).join(' | '));
  refused(rs.find((r) => r.status !== 200)!, 409, 'contract_already_subsidized');
  await assertReconciled(t, op);
});

test('no claim before accepted delivery → delivery_not_accepted; a claim is made once', async () => {
  const prog = await program(t, op);
  const { prov, buyer, voucher } = await pair(prog);
  const order = await issue(t, prov, buyer.org.id);
  refused(await step(t, prov.owner, order.id, 'claim'), 409, 'delivery_not_accepted', 'issued:');
  ok(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }));
  refused(await step(t, prov.owner, order.id, 'claim'), 409, 'delivery_not_accepted', 'confirmed:');
  ok(await step(t, prov.owner, order.id, 'deliver'));
  refused(await step(t, prov.owner, order.id, 'claim'), 409, 'delivery_not_accepted', 'delivered:');
  ok(await step(t, buyer.owner, order.id, 'accept'));
  assert.equal(ok(await step(t, prov.owner, order.id, 'claim')).status, 'claimed');
  refused(await step(t, prov.owner, order.id, 'claim'), 409, 'invalid_state', 'claimed twice:');
  const cancelled = await issue(t, prov, buyer.org.id);
  ok(await step(t, buyer.owner, cancelled.id, 'reject', { reason: 'no' }));
  refused(await step(t, prov.owner, cancelled.id, 'claim'), 409, 'invalid_state', 'rejected:');
});

test('providers not admitted: an applicant or a suspended provider → provider_not_admitted', async () => {
  const prog = await program(t, op);
  // An applicant may set up prices but not sell.
  const appOwner = await t.person();
  const appOrg = await buildOrg(t, appOwner, { kind: 'service_provider' });
  const applicant = ok(await t.req('POST', '/api/ledger/providers', { as: appOwner, body: { orgId: appOrg.id, categories: ['compute'] } }), 201);
  assert.equal(applicant.status, 'applied');
  const price = ok(await t.req('POST', `/api/ledger/providers/${applicant.id}/prices`, { as: appOwner, body: { category: 'compute', sku: 'A-1', name: '算力', unit: 'hour', unitPriceFen: 100 } }), 201);
  const buyer = await company(t);
  const body = { providerId: applicant.id, buyerOrgId: buyer.org.id, contractNo: `HT-${uniq()}`, lines: [{ priceItemId: price.id, quantity: 1 }] };
  refused(await t.req('POST', '/api/ledger/orders', { as: appOwner, body }), 409, 'provider_not_admitted', 'applicant:');
  refused(await t.req('POST', `/api/ledger/providers/${applicant.id}/decision`, { as: op, body: { action: 'reinstate' } }), 409, 'invalid_state');
  ok(await t.req('POST', `/api/ledger/providers/${applicant.id}/decision`, { as: op, body: { action: 'reject', reason: 'incomplete' } }));
  refused(await t.req('POST', '/api/ledger/orders', { as: appOwner, body }), 409, 'provider_not_admitted', 'rejected:');

  // Suspended after issuing: the order cannot be confirmed, nor new ones issued; reinstated, it can.
  const { prov, buyer: b2, voucher } = await pair(prog);
  const order = await issue(t, prov, b2.org.id);
  refused(await t.req('POST', `/api/ledger/providers/${prov.provider.id}/decision`, { as: op, body: { action: 'suspend' } }), 400, 'validation_failed', 'a suspension needs a reason:');
  const suspended = ok(await t.req('POST', `/api/ledger/providers/${prov.provider.id}/decision`, { as: op, body: { action: 'suspend', reason: 'complaints' } }));
  assert.equal(suspended.status, 'suspended');
  refused(await step(t, b2.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'provider_not_admitted', 'suspended, confirm:');
  refused(await step(t, b2.owner, order.id, 'confirm', {}), 409, 'provider_not_admitted', 'suspended, confirm without voucher:');
  refused(
    await t.req('POST', '/api/ledger/orders', { as: prov.owner, body: { providerId: prov.provider.id, buyerOrgId: b2.org.id, contractNo: `HT-${uniq()}`, lines: [{ priceItemId: prov.prices.compute.id, quantity: 1 }] } }),
    409,
    'provider_not_admitted',
    'suspended, issue:',
  );
  ok(await t.req('POST', `/api/ledger/providers/${prov.provider.id}/decision`, { as: op, body: { action: 'reinstate' } }));
  assert.equal(ok(await step(t, b2.owner, order.id, 'confirm', { voucherId: voucher.id })).status, 'confirmed');
});

test('providers not eligible: a category outside the program, or a provider off its list → provider_not_eligible', async () => {
  const computeOnly = await program(t, op, { eligibleCategories: ['compute'] });
  const { prov, buyer, voucher } = await pair(computeOnly);
  const testing = await issue(t, prov, buyer.org.id, { category: 'testing' });
  refused(await step(t, buyer.owner, testing.id, 'confirm', { voucherId: voucher.id }), 409, 'provider_not_eligible', 'category:');
  const compute = await issue(t, prov, buyer.org.id, { category: 'compute' });
  ok(await step(t, buyer.owner, compute.id, 'confirm', { voucherId: voucher.id }));

  const listed = await provider(t, op, { unitPriceFen: 10_000 });
  const listOnly = await program(t, op, { eligibleProviderIds: [listed.provider.id] });
  const v2 = await grant(t, op, listOnly.id, buyer.org.id, 100_000);
  const offList = await issue(t, prov, buyer.org.id);
  refused(await step(t, buyer.owner, offList.id, 'confirm', { voucherId: v2.id }), 409, 'provider_not_eligible', 'provider list:');
  const onList = await issue(t, listed, buyer.org.id);
  ok(await step(t, buyer.owner, onList.id, 'confirm', { voucherId: v2.id }));

  // A provider publishes prices only in the categories it was admitted for.
  refused(
    await t.req('POST', `/api/ledger/providers/${prov.provider.id}/prices`, { as: prov.owner, body: { category: 'ip', sku: 'IP-1', name: '专利', unit: 'item', unitPriceFen: 100 } }),
    409,
    'provider_not_eligible',
  );
});

test('organizations not eligible: a grant to another kind, or a program narrowed after the grant → org_not_eligible', async () => {
  const prog = await program(t, op, { eligibleOrgKinds: ['enterprise'] });
  const uni = await company(t, 'university');
  refused(await t.req('POST', `/api/ledger/programs/${prog.id}/vouchers`, { as: op, body: { orgId: uni.org.id, amountFen: 1_000 } }), 409, 'org_not_eligible', 'grant:');
  const { prov, buyer, voucher } = await pair(prog);
  ok(await t.req('PATCH', `/api/ledger/programs/${prog.id}`, { as: op, body: { eligibleOrgKinds: ['startup'] } }));
  const order = await issue(t, prov, buyer.org.id);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'org_not_eligible', 'confirm:');
  const batch = ok(await t.req('POST', `/api/ledger/programs/${prog.id}/vouchers/batch`, { as: op, body: { grants: [{ orgId: uni.org.id, amountFen: 1_000, key: `b-${uniq()}` }] } }));
  assert.deepEqual(batch.results.map((r: any) => [r.ok, r.code]), [[false, 'org_not_eligible']]);
});

test('programs not active: draft, not yet open, closed → program_not_active', async () => {
  const buyer = await company(t);
  const draft = await program(t, op, { status: 'draft' });
  refused(await t.req('POST', `/api/ledger/programs/${draft.id}/vouchers`, { as: op, body: { orgId: buyer.org.id, amountFen: 1_000 } }), 409, 'program_not_active', 'draft:');
  const now = t.deps.now().getTime();
  const later = ok(
    await t.req('POST', '/api/ledger/programs', {
      as: op,
      body: { code: `L-${uniq()}`, name: '明年', nameEn: 'Next year', kind: 'compute_voucher', status: 'active', budgetFen: 100_000, validFrom: new Date(now + 30 * 86_400_000).toISOString(), validTo: new Date(now + 400 * 86_400_000).toISOString(), voucherDays: 30, rateBp: 3000, capPerOrgYearFen: 100_000, eligibleOrgKinds: ['enterprise'], eligibleCategories: ['compute'], approvalThresholdFen: 0 },
    }),
    201,
  );
  refused(await t.req('POST', `/api/ledger/programs/${later.id}/vouchers`, { as: op, body: { orgId: buyer.org.id, amountFen: 1_000 } }), 409, 'program_not_active', 'not yet open:');

  const prog = await program(t, op);
  const { prov, buyer: b, voucher } = await pair(prog);
  const order = await issue(t, prov, b.org.id);
  ok(await t.req('PATCH', `/api/ledger/programs/${prog.id}`, { as: op, body: { status: 'closed' } }));
  refused(await step(t, b.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'program_not_active', 'closed, confirm:');
  refused(await t.req('POST', `/api/ledger/programs/${prog.id}/vouchers`, { as: op, body: { orgId: b.org.id, amountFen: 1_000 } }), 409, 'program_not_active', 'closed, grant:');
});

test('vouchers not active: a voucher clawed back to nothing is closed → voucher_not_active', async () => {
  const prog = await program(t, op, { approvalThresholdFen: 1_000_000 });
  const { prov, buyer, voucher } = await pair(prog, 50_000);
  const r = ok(await t.req('POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { as: op, body: { amountFen: 50_000, reason: 'company dissolved' } }));
  assert.equal(r.status, 'done');
  assert.equal(r.voucher.status, 'closed');
  assert.equal(r.voucher.balanceFen, 0);
  const order = await issue(t, prov, buyer.org.id);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'voucher_not_active');
  assert.equal((await get(t, op, `/api/ledger/programs/${prog.id}`)).availableFen, prog.availableFen, 'the budget has it back');
});

test('a company that cannot pay its own share → insufficient_funds, and nothing of the chain is reserved', async () => {
  const prog = await program(t, op, { rateBp: 3000 });
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const buyer = await company(t);
  const voucher = await grant(t, op, prog.id, buyer.org.id, 100_000);
  const order = await issue(t, prov, buyer.org.id);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'insufficient_funds', 'no money:');
  await deposit(t, op, buyer.org.id, 6_999);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'insufficient_funds', '1 fen short:');
  refused(await step(t, buyer.owner, order.id, 'confirm', {}), 409, 'insufficient_funds', 'without a voucher:');
  const v = await get(t, buyer.owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.equal(v.reservedFen, 0, 'the program share was not reserved alone');
  const quota = await get(t, op, `/api/ledger/accounts?orgId=${buyer.org.id}&code=quota`);
  assert.ok(quota.items.every((a: any) => a.debitsPending === 0), 'nor the quota');
  await deposit(t, op, buyer.org.id, 1);
  const confirmed = ok(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }));
  assert.deepEqual([confirmed.subsidyFen, confirmed.ownFen], [3_000, 7_000]);
  const acct = await get(t, buyer.owner, `/api/ledger/orgs/${buyer.org.id}/account`);
  assert.deepEqual([acct.available, acct.debitsPending], [0, 7_000]);
  assert.deepEqual(await pendingStates(t, op, confirmed), ['open', 'open', 'open']);
  await assertReconciled(t, op);
});

test('a voucher or yearly cap too small for one order: voucher_insufficient, yearly_cap_exceeded', async () => {
  const prog = await program(t, op, { rateBp: 5000, capPerOrgYearFen: 4_999 });
  const { prov, buyer, voucher } = await pair(prog, 4_999);
  const order = await issue(t, prov, buyer.org.id);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'voucher_insufficient');
  const v2 = await grant(t, op, prog.id, buyer.org.id, 10_000);
  refused(await step(t, buyer.owner, order.id, 'confirm', { voucherId: v2.id }), 409, 'yearly_cap_exceeded');
  ok(await t.req('PATCH', `/api/ledger/programs/${prog.id}`, { as: op, body: { capPerOrgYearFen: 5_000 } }));
  ok(await step(t, buyer.owner, order.id, 'confirm', { voucherId: v2.id }), 200, 'after the cap was raised:');
  await assertReconciled(t, op);
});

test('a clawback above the threshold needs a second operator: same_approver for the requester, done when another approves', async () => {
  const op2 = await t.person({ platformRole: 'operator' });
  const prog = await program(t, op, { approvalThresholdFen: 10_000 });
  const { buyer, voucher } = await pair(prog, 100_000);
  // At or below the threshold it happens at once.
  const small = ok(await t.req('POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { as: op, body: { amountFen: 10_000, reason: 'overstated costs' } }));
  assert.equal(small.status, 'done');
  assert.equal(small.voucher.balanceFen, 90_000);

  const asked = ok(await t.req('POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { as: op, body: { amountFen: 50_000, reason: 'project abandoned' } }));
  assert.equal(asked.status, 'pending_approval');
  assert.equal(asked.voucher.balanceFen, 90_000, 'nothing moves before approval');
  const approval = asked.approval;
  assert.equal(approval.status, 'pending');
  const pending = await get(t, op2, '/api/ledger/approvals?status=pending');
  assert.ok(pending.items.some((a: any) => a.id === approval.id));
  refused(await t.req('POST', `/api/ledger/approvals/${approval.id}/decision`, { as: op, body: { approve: true } }), 403, 'same_approver');
  refused(await t.req('POST', `/api/ledger/approvals/${approval.id}/decision`, { as: buyer.owner, body: { approve: true } }), 403, 'forbidden');
  assert.equal((await get(t, op, `/api/ledger/vouchers/${voucher.id}`)).balanceFen, 90_000);
  const approved = ok(await t.req('POST', `/api/ledger/approvals/${approval.id}/decision`, { as: op2, body: { approve: true, note: 'checked' } }));
  assert.equal(approved.status, 'approved');
  assert.equal(approved.decidedBy, op2.personId);
  const tr = await get(t, op, `/api/ledger/transfers/${approved.transferId}`);
  assert.deepEqual([tr.code, tr.amount], ['clawback', 50_000]);
  assert.equal((await get(t, op, `/api/ledger/vouchers/${voucher.id}`)).balanceFen, 40_000);
  refused(await t.req('POST', `/api/ledger/approvals/${approval.id}/decision`, { as: op2, body: { approve: true } }), 409, 'invalid_state', 'decided twice:');

  // Rejected: nothing moves. Approved beyond what is left: refused, still pending.
  const rej = ok(await t.req('POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { as: op2, body: { amountFen: 20_000, reason: 'audit finding' } })).approval;
  assert.equal(ok(await t.req('POST', `/api/ledger/approvals/${rej.id}/decision`, { as: op, body: { approve: false, note: 'not proven' } })).status, 'rejected');
  const big = ok(await t.req('POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { as: op, body: { amountFen: 60_000, reason: 'too much' } })).approval;
  refused(await t.req('POST', `/api/ledger/approvals/${big.id}/decision`, { as: op2, body: { approve: true } }), 409, 'voucher_insufficient');
  assert.ok((await get(t, op, '/api/ledger/approvals?status=pending')).items.some((a: any) => a.id === big.id));
  assert.equal((await get(t, op, `/api/ledger/vouchers/${voucher.id}`)).balanceFen, 40_000);
  const p = await get(t, op, `/api/ledger/programs/${prog.id}`);
  assert.equal(p.availableFen, prog.availableFen - 100_000 + 60_000, 'clawed back into the budget');
  await assertReconciled(t, op);
});
