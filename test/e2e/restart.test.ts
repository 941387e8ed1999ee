/**
 * A restart loses nothing: the bot runs as its own process on the SQLite file, takes a paste and a
 * feedback click over HTTP, is killed, and `troubleshooter report` (another process) shows both.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cardActionInvoke, messageActivity } from '../helpers/activities';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { freePort } from '../helpers/ports';

const ROOT = path.resolve(__dirname, '..', '..');

async function startBot(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'src', 'index.ts')], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('bot did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('restart (e2e, bot process on the SQLite file)', function () {
  this.timeout(90_000);
  let connector: FakeConnector;
  let bot: ChildProcess | undefined;
  after(async () => {
    bot?.kill('SIGKILL');
    await connector?.close();
  });

  it('keeps answers and feedback across a restart', async function () {
    connector = await startFakeConnector();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-restart-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/api/messages`;
    const send = (a: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });

    bot = await startBot(dataDir, port);
    assert.equal((await send(messageActivity('0x8018000a', { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    const card = connector.received[0]!.body.attachments![0]!.content;
    const helpful = card.actions.find((a: any) => a.verb === 'feedback' && a.data.helpful === true);
    assert.equal((await send(cardActionInvoke('feedback', helpful.data, { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    bot.kill('SIGKILL'); // no graceful shutdown: what was acknowledged must already be on disk
    await new Promise((r) => bot!.once('exit', r));

    bot = await startBot(dataDir, port); // the restarted bot opens the same file
    bot.kill('SIGTERM');
    const [code] = (await once(bot, 'exit')) as [number | null];
    assert.equal(code, 0, 'SIGTERM closes the server and the stores, then exits 0');
    bot = undefined;

    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'main.ts'), 'report', '--data', dataDir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /troubleshoot-windows-enrollment-errors\/the-device-is-already-enrolled\s+1\s+1\s+0/);
  });
});
