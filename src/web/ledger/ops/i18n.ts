// Messages of the ledger's ops screens (keys start with 'ledgerOps.'); English typed against Chinese.
export const opsZh = {} as const;

export const opsEn: Record<keyof typeof opsZh, string> = {};
