import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, openDatabase } from './client.ts';

// PGlite-only by nature: the data-folder lock guards the embedded database.
test('a PGlite data folder is opened by one process at a time; a stale lock is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pujiang-lock-'));
  try {
    const first = await openDatabase({ dataDir: dir });
    await assert.rejects(openDatabase({ dataDir: dir }), (e: unknown) => e instanceof DataDirInUseError && /in use by process/.test(e.message));
    await first.close();
    // a lock left by a process that died (kill -9) does not keep the folder shut
    writeFileSync(join(dir, 'pujiang.lock'), '999999999');
    const again = await openDatabase({ dataDir: dir });
    await again.ping();
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
