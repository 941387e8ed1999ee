/**
 * The FeedbackStore contract, run against every backend: the real SQLite file, and Azure Table
 * storage on Azurite (a child process, see test/helpers/azurite.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AzureFeedbackStore, encodeKey } from '../../src/storage/azure';
import { SqliteFeedbackStore } from '../../src/storage/sqlite';
import type { AnswerRecord, FeedbackStore } from '../../src/storage/types';
import { azuriteTableBackend } from '../helpers/azurite';

const ENTRY = 'troubleshoot-windows-enrollment-errors/the-device-is-already-enrolled';
const answer = (id: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  id, entryId: ENTRY, locale: 'en-us', decision: 'answer', score: 1, paste: '0x8018000a', userHash: 'u0', time: new Date().toISOString(), ...over,
});


/** Per backend: name, a fresh store per test (and how to open it again), and optional hooks around the backend's suite. */
const backends: [
  string,
  () => { store: FeedbackStore; reopen: () => FeedbackStore },
  { before: () => Promise<void>; after: () => Promise<void> }?,
][] = [
  [
    'sqlite',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-store-'));
      dirs.push(dir);
      return { store: new SqliteFeedbackStore(dir), reopen: () => new SqliteFeedbackStore(dir) };
    },
  ],
  azuriteTableBackend('t', (connectionString, tablePrefix): FeedbackStore => new AzureFeedbackStore(connectionString, { tablePrefix })),
];

/** The SQLite backend's temporary folders, removed after the suite. */
const dirs: string[] = [];
after(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

for (const [name, make, hooks] of backends) {
  describe(`FeedbackStore (${name})`, function () {
    let store: FeedbackStore;
    let reopen: () => FeedbackStore;
    if (hooks) {
      before(hooks.before);
      after(hooks.after);
    }
    beforeEach(() => ({ store, reopen } = make()));
    afterEach(async () => store.close());

    it('stores answers and counts one verdict per user and answer, the latest one', async function () {
      await store.recordAnswer(answer('a1'));
      await store.recordAnswer(answer('a1')); // idempotent
      assert.equal(await store.recordFeedback({ answerId: 'a1', entryId: ENTRY, helpful: true, userHash: 'u1', time: 't1' }), true);
      assert.equal(await store.recordFeedback({ answerId: 'a1', entryId: ENTRY, helpful: false, userHash: 'u1', time: 't2' }), true);
      assert.equal(await store.recordFeedback({ answerId: 'a1', entryId: ENTRY, helpful: true, userHash: 'u2', time: 't3' }), true);
      assert.deepEqual(await store.report(), [{ entryId: ENTRY, answers: 1, helpful: 1, notHelpful: 1 }]);
    });

    it('refuses feedback for an unknown answer and stores nothing', async function () {
      assert.equal(await store.recordFeedback({ answerId: 'nope', entryId: ENTRY, helpful: true, userHash: 'u1', time: 't' }), false);
      assert.deepEqual(await store.report(), []);
    });

    it('lists the pastes that ended with no match, newest first', async function () {
      await store.recordAnswer(answer('n1', { entryId: undefined, decision: 'none', paste: 'printer offline', time: '2026-01-01T00:00:00Z' }));
      await store.recordAnswer(answer('n2', { entryId: undefined, decision: 'none', paste: 'vpn 809', time: '2026-01-02T00:00:00Z' }));
      await store.recordAnswer(answer('x', { time: '2026-01-03T00:00:00Z' }));
      assert.deepEqual((await store.unanswered(10)).map((u) => u.paste), ['vpn 809', 'printer offline']);
    });

    it('stores exactly 100 verdicts when 100 users click at once', async function () {
      await store.recordAnswer(answer('busy'));
      const clicks = Array.from({ length: 100 }, (_, i) =>
        store.recordFeedback({ answerId: 'busy', entryId: ENTRY, helpful: i % 4 !== 0, userHash: `user-${i}`, time: new Date().toISOString() }),
      );
      const again = Array.from({ length: 100 }, (_, i) =>
        store.recordFeedback({ answerId: 'busy', entryId: ENTRY, helpful: i % 4 !== 0, userHash: `user-${i}`, time: new Date().toISOString() }),
      );
      assert.ok((await Promise.all([...clicks, ...again])).every(Boolean));
      assert.deepEqual(await store.report(), [{ entryId: ENTRY, answers: 1, helpful: 75, notHelpful: 25 }]);
    });

    it('keeps everything when the store is closed and opened again', async function () {
      await store.recordAnswer(answer('r1'));
      await store.recordFeedback({ answerId: 'r1', entryId: ENTRY, helpful: true, comment: 'worked', userHash: 'u1', time: 't' });
      await store.close();
      store = reopen();
      assert.deepEqual(await store.report(), [{ entryId: ENTRY, answers: 1, helpful: 1, notHelpful: 0 }]);
    });

    if (name === 'azure') {
      it('encodes keys Azure Table forbids, and keeps different ids apart', async function () {
        const odd = ['', 'a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', "a'b%c", 'a!002Fb', 'x'.repeat(2000), 'x'.repeat(2001)];
        const keys = odd.map(encodeKey);
        assert.equal(new Set(keys).size, odd.length);
        for (const k of keys) assert.match(k, /^[A-Za-z0-9_.:@!-]{1,512}$/);
        for (const [i, id] of odd.entries()) {
          await store.recordAnswer(answer(id));
          assert.equal(await store.recordFeedback({ answerId: id, entryId: ENTRY, helpful: i % 2 === 0, userHash: id, time: 't' }), true);
        }
        assert.equal(await store.recordFeedback({ answerId: 'a', entryId: ENTRY, helpful: true, userHash: 'u', time: 't' }), false);
        assert.deepEqual(await store.report(), [{ entryId: ENTRY, answers: odd.length, helpful: 5, notHelpful: 5 }]);
      });
    }
  });
}
