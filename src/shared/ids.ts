// Opaque, time-sortable identifiers: `<prefix>_<26 chars>` in Crockford base32 (a ULID body).
// Sorting ids sorts by creation time, which is what cursor pagination relies on.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastMs = 0;
let lastRandom: Uint8Array = new Uint8Array(10);

/** Returns a new ULID body: 10 chars of millisecond time, 16 of randomness, monotonic within a ms. */
export function ulid(now: number = Date.now()): string {
  let rand: Uint8Array;
  if (now === lastMs) {
    rand = lastRandom.slice();
    for (let i = rand.length - 1; i >= 0; i--) {
      rand[i] = (rand[i]! + 1) & 0xff;
      if (rand[i] !== 0) break;
    }
  } else {
    rand = globalThis.crypto.getRandomValues(new Uint8Array(10));
  }
  lastMs = now;
  lastRandom = rand;
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  let bits = 0;
  let value = 0;
  let body = '';
  for (const byte of rand) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      body += ALPHABET[(value >>> (bits - 5)) & 31]!;
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return time + body;
}

/** Prefixes of every kind of id, so that an id says what it names. */
export const ID_PREFIX = {
  person: 'per',
  organization: 'org',
  team: 'team',
  membership: 'mem',
  invitation: 'inv',
  session: 'ses',
  token: 'tok',
  identity: 'idn',
  audit: 'aud',
  job: 'job',
  mail: 'mail',
  facility: 'fac',
  instrument: 'ins',
  station: 'sta',
  account: 'acc',
  transfer: 'tr',
  program: 'prg',
  provider: 'prv',
  priceItem: 'pri',
  voucher: 'vch',
  order: 'ord',
  settlement: 'stl',
  approval: 'apv',
  relation: 'rel',
  formTemplate: 'frm',
  call: 'call',
  panel: 'pnl',
  application: 'app',
  applicationEvent: 'ape',
  applicationFile: 'file',
  review: 'rev',
  environment: 'env',
  cycle: 'cyc',
  period: 'prd',
  award: 'awd',
  schedule: 'sch',
  block: 'blk',
  calendarFeed: 'ics',
  experiment: 'exp',
  visit: 'vis',
  logbookEntry: 'log',
  outcome: 'out',
  project: 'prj',
  cluster: 'clu',
  consent: 'cns',
  allocation: 'alc',
  computeJob: 'cj',
  jobArray: 'cja',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

/** Returns a new id for an object of the given kind, e.g. `org_01J…`. */
export function newId(kind: IdKind, now?: number): string {
  return `${ID_PREFIX[kind]}_${ulid(now)}`;
}

/** True when `id` is shaped like an id of the given kind. */
export function isId(kind: IdKind, id: string): boolean {
  return new RegExp(`^${ID_PREFIX[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`).test(id);
}
