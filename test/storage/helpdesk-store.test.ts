/**
 * The HelpdeskStore contract, run against every backend: the SQLite file (in a temporary folder)
 * and Azure Table storage on Azurite (a child process, see test/helpers/azurite.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_STRING_LENGTH } from '../../src/storage/azure';
import { AzureHelpdeskStore } from '../../src/storage/azure-helpdesk';
import { SqliteHelpdeskStore } from '../../src/storage/sqlite-helpdesk';
import type { Escalation, HelpdeskChannel, HelpdeskStore, StoredReference } from '../../src/storage/types';
import { azuriteTableBackend } from '../helpers/azurite';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const channelRef = (channelId: string, tenantId = TENANT): StoredReference => ({
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  conversation: { id: channelId, tenantId, conversationType: 'channel', isGroup: true },
  bot: { id: '28:bot', name: 'Troubleshooter' },
});

const channel = (channelId: string, setBy = 'Ann Helpdesk'): HelpdeskChannel => ({
  channelId,
  reference: channelRef(channelId),
  setBy,
  time: '2026-03-01T09:00:00.000Z',
});

const escalation = (id: string, over: Partial<Escalation> = {}): Escalation => ({
  id,
  tenantId: TENANT,
  status: 'open',
  requester: {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: 'a:1xYzPersonalChat', tenantId: TENANT, conversationType: 'personal' },
    user: { id: '29:user', name: 'Bob Requester', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    locale: 'en-US',
  },
  requesterName: 'Bob Requester',
  locale: 'en-us',
  paste: 'Error 0x80180014 while enrolling [serial]',
  answers: [
    { question: 'Which platform has the problem?', answer: 'Windows' },
    { question: 'How many users are affected? (a number)', answer: '3' },
  ],
  matches: [{ entryId: 'troubleshoot-windows-enrollment-errors/device-is-already-enrolled', title: 'The device is already enrolled', score: 0.42 }],
  time: '2026-03-02T10:00:00.000Z',
  ...over,
});

/** `n` minutes after a fixed start, as ISO. */
const at = (n: number): string => new Date(Date.UTC(2026, 2, 2, 10, n)).toISOString();

const tempDirs: string[] = [];

/** Per backend: name, a fresh store per test (and a way to open it again), and optional hooks around the backend's suite. */
const backends: [string, () => { store: HelpdeskStore; reopen: () => HelpdeskStore }, { before: () => Promise<void>; after: () => Promise<void> }][] = [
  [
    'sqlite',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-helpdesk-'));
      tempDirs.push(dir);
      return { store: new SqliteHelpdeskStore(dir), reopen: () => new SqliteHelpdeskStore(dir) };
    },
    {
      before: async () => {},
      after: async () => {
        for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
      },
    },
  ],
  azuriteTableBackend('h', (connectionString, tablePrefix): HelpdeskStore => new AzureHelpdeskStore(connectionString, { tablePrefix })),
];

for (const [name, make, hooks] of backends) {
  describe(`HelpdeskStore (${name})`, function () {
    let store: HelpdeskStore;
    let reopen: () => HelpdeskStore;
    before(hooks.before);
    after(hooks.after);
    beforeEach(() => ({ store, reopen } = make()));
    afterEach(async () => store.close());

    it('keeps one helpdesk channel per tenant: set, replace, get; undefined for an unknown tenant', async function () {
      assert.equal(await store.getChannel(TENANT), undefined);
      await store.setChannel(TENANT, channel('19:first@thread.tacv2'));
      await store.setChannel('other-tenant', channel('19:other@thread.tacv2', 'Olga'));
      assert.deepEqual(await store.getChannel(TENANT), channel('19:first@thread.tacv2'));

      await store.setChannel(TENANT, channel('19:second@thread.tacv2', 'Carl'));
      assert.deepEqual(await store.getChannel(TENANT), channel('19:second@thread.tacv2', 'Carl'));
      assert.deepEqual(await store.getChannel('other-tenant'), channel('19:other@thread.tacv2', 'Olga'));
      assert.equal(await store.getChannel('unknown-tenant'), undefined);
    });

    it('keeps tenants and escalation ids with characters Azure Table forbids in keys apart', async function () {
      const odd = ['', 'a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', 'a\u007fb', "a'b%c+d", 'a!002Fb', 'tenant/🙂', 'x'.repeat(600), 'x'.repeat(601)];
      for (const [i, tenantId] of odd.entries()) await store.setChannel(tenantId, channel(`19:c${i}@thread.tacv2`));
      for (const [i, tenantId] of odd.entries()) assert.equal((await store.getChannel(tenantId))?.channelId, `19:c${i}@thread.tacv2`, JSON.stringify(tenantId));
      assert.equal(await store.getChannel('a'), undefined);

      for (const [i, id] of odd.entries()) await store.saveEscalation(escalation(id, { tenantId: id, time: at(i) }));
      for (const [i, id] of odd.entries()) assert.deepEqual(await store.getEscalation(id), escalation(id, { tenantId: id, time: at(i) }));
      assert.deepEqual((await store.listEscalations(100)).map((e) => e.id), [...odd].reverse());
    });

    it('saves an escalation, then its update (claimed, handledBy) replaces it', async function () {
      assert.equal(await store.getEscalation('e1'), undefined);
      const e = escalation('e1');
      await store.saveEscalation(e);
      assert.deepEqual(await store.getEscalation('e1'), e);

      await store.saveEscalation({ ...e, status: 'claimed', handledBy: 'Ann Helpdesk' });
      assert.deepEqual(await store.getEscalation('e1'), { ...e, status: 'claimed', handledBy: 'Ann Helpdesk' });
      await store.saveEscalation({ ...e, status: 'resolved', handledBy: 'Carl' });
      assert.deepEqual(await store.getEscalation('e1'), { ...e, status: 'resolved', handledBy: 'Carl' });
      // The listing shows the latest version, once.
      assert.deepEqual(await store.listEscalations(10), [{ ...e, status: 'resolved', handledBy: 'Carl' }]);
      assert.equal(await store.getEscalation('e2'), undefined);
    });

    it('lists escalations newest first, at most `limit`', async function () {
      // Saved out of order, over two tenants.
      for (const n of [3, 1, 4, 0, 2]) await store.saveEscalation(escalation(`e${n}`, { time: at(n), tenantId: n % 2 ? 'other' : TENANT }));
      assert.deepEqual((await store.listEscalations(10)).map((e) => e.id), ['e4', 'e3', 'e2', 'e1', 'e0']);
      assert.deepEqual((await store.listEscalations(2)).map((e) => e.id), ['e4', 'e3']);
      assert.deepEqual(await store.listEscalations(0), []);
      assert.deepEqual((await store.listEscalations(1))[0], escalation('e4', { time: at(4) }));
    });

    it('moves an escalation in the listing when a save changes its time', async function () {
      for (const n of [0, 1, 2]) await store.saveEscalation(escalation(`e${n}`, { time: at(n) }));
      await store.saveEscalation(escalation('e0', { time: at(5), status: 'claimed', handledBy: 'Ann' }));
      assert.deepEqual((await store.listEscalations(10)).map((e) => `${e.id}:${e.status}`), ['e0:claimed', 'e2:open', 'e1:open']);
    });

    it('keeps channels and escalations when closed and opened again', async function () {
      await store.setChannel(TENANT, channel('19:kept@thread.tacv2'));
      await store.saveEscalation(escalation('k1', { time: at(1) }));
      await store.saveEscalation(escalation('k2', { time: at(2), status: 'claimed', handledBy: 'Ann' }));
      await store.close();
      store = reopen();
      assert.deepEqual(await store.getChannel(TENANT), channel('19:kept@thread.tacv2'));
      assert.deepEqual(await store.getEscalation('k1'), escalation('k1', { time: at(1) }));
      assert.deepEqual((await store.listEscalations(10)).map((e) => e.id), ['k2', 'k1']);
    });

    it('keeps all 50 escalations saved at once', async function () {
      this.timeout(60_000);
      const all = Array.from({ length: 50 }, (_, i) => escalation(`c${String(i).padStart(2, '0')}`, { time: new Date(Date.UTC(2026, 2, 2, 10, 0, 0, i)).toISOString() }));
      await Promise.all(all.map((e) => store.saveEscalation(e)));
      const listed = await store.listEscalations(100);
      assert.equal(listed.length, 50);
      assert.deepEqual(listed, [...all].reverse());
    });

    it('keeps the last of concurrent saves of one escalation, listed once (some move it in time)', async function () {
      this.timeout(60_000);
      const e = escalation('race', { time: at(0) });
      await store.saveEscalation(e);
      const versions = Array.from({ length: 6 }, (_, i): Escalation => ({ ...e, status: i % 2 ? 'claimed' : 'resolved', handledBy: `member ${i}`, time: at(i % 2 ? i : 0) }));
      await Promise.all(versions.map((v) => store.saveEscalation(v)));
      const stored = await store.getEscalation('race');
      assert.ok(versions.some((v) => JSON.stringify(v) === JSON.stringify(stored)), 'one of the saved versions');
      assert.deepEqual(await store.listEscalations(100), [stored]);
    });

    it('round-trips the largest escalation the bot can make (JSON beyond one 64 KiB property)', async function () {
      // helpdesk.ts cuts the paste to 4,000 and the intake each answer to 1,000 code units; a
      // control character is 6 code units of JSON (\u0001), so this is the JSON worst case.
      const worst = escalation('worst', {
        paste: '\u0001'.repeat(4000),
        answers: Array.from({ length: 6 }, (_, i) => ({ question: `"Question" ${i} – é ?`, answer: (i % 2 ? '\u001f' : '\u0001').repeat(1000) })),
        requesterName: 'Zoë 🙂 '.repeat(20),
      });
      assert.ok(JSON.stringify(worst).length > 60_000 && JSON.stringify(worst).length > MAX_STRING_LENGTH, 'more than one property of JSON');
      await store.saveEscalation(worst);
      assert.deepEqual(await store.getEscalation('worst'), worst);
      const emoji = escalation('emoji', { paste: '🙂'.repeat(40_000), time: at(1) }); // surrogate pairs across property boundaries
      await store.saveEscalation(emoji);
      assert.deepEqual(await store.getEscalation('emoji'), emoji);
      assert.deepEqual((await store.listEscalations(5)).map((e) => e.id), ['emoji', 'worst']);
    });
  });
}

describe('AzureHelpdeskStore (configuration)', function () {
  it('refuses a table prefix that makes an invalid Azure table name', function () {
    const cs = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:1/devstoreaccount1';
    assert.throws(() => new AzureHelpdeskStore(cs, { tablePrefix: '1abc' }), /table name "1abcHelpdeskChannels" is invalid/);
    assert.throws(() => new AzureHelpdeskStore(cs, { tablePrefix: 'a'.repeat(50) }), /invalid/);
    assert.doesNotThrow(() => new AzureHelpdeskStore(cs, { tablePrefix: 'prod' }));
  });
});
