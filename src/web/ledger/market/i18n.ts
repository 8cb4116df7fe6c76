// Messages of the ledger's market screens (keys start with 'ledgerMarket.'); English typed against Chinese.
export const marketZh = {} as const;

export const marketEn: Record<keyof typeof marketZh, string> = {};
