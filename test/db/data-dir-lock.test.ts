import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DataDirLockedError, lockDataDir } from '../../src/db/data-dir-lock.ts';

describe('data folder lock', () => {
  test('a pid file naming this very process is stale (a container restarted as pid 1 again)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hilt-lock-'));
    writeFileSync(join(dir, 'hilt.pid'), String(process.pid));
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'hilt.pid'), 'utf8'), String(process.pid));
    assert.throws(() => lockDataDir(dir), DataDirLockedError, 'still refused while this process holds it');
    release();
  });

  test('a pid file of another live process keeps the folder locked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hilt-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, 'hilt.pid'), String(other.pid));
      assert.throws(() => lockDataDir(dir), /in use by another Hilt process/);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
