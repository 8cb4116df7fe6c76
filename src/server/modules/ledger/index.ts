// The ledger desk's public surface: the double-entry core every desk pays through, subsidy
// programs and vouchers, providers, orders and settlement.
export { ledgerRoutes } from './ledger.routes.ts';
export { ledgerReportRoutes } from './ledger.reports.routes.ts';
export {
  createTransfersIn,
  expectCreated,
  openAccountIn,
  ensureAccount,
  systemAccount,
  submitTransfers,
  reconcile,
  expireDuePendings,
  balancesAt,
  getAccount,
  MAX_BATCH,
  type AccountView,
  type TransferView,
  type ReconcileView,
} from './ledger.service.ts';
export type { TransferRequest, TransferResult } from './ledger.engine.ts';
export {
  createProgram,
  updateProgram,
  fundProgram,
  grantVoucher,
  grantVouchers,
  listPrograms,
  getProgram,
  listVouchers,
  getVoucher,
  clawback,
  decideApproval,
  deposit,
  expireDueVouchers,
  registerVoucherJobs,
  type ProgramView,
  type VoucherView,
  type GrantRowResult,
} from './ledger.programs.service.ts';
export {
  registerProvider,
  decideProvider,
  publishPrice,
  declareRelation,
  issueOrder,
  confirmOrder,
  deliverOrder,
  acceptOrder,
  cancelOrder,
  claimOrder,
  runSettlement,
  expireDueOrders,
  registerOrderJobs,
  type SettlementView,
  type OrderView,
} from './ledger.orders.service.ts';
export { seedLedger, type LedgerSeedOptions, type LedgerSeedReport } from './ledger.seed.ts';
export { idempotent } from './ledger.access.ts';
export { holdMeteredIn, settleMeteredIn, voucherRefusal, type MeteredHold, type MeteredHoldInput, type MeteredSettlement } from './ledger.metered.service.ts';
export { ledgerOrders, ledgerProviders, ledgerVouchers, ledgerPrograms } from './ledger.table.ts';
