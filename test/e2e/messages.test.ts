/**
 * End to end over real HTTP on 127.0.0.1: the bot's server on an ephemeral port, Teams-shaped
 * activities POSTed to /api/messages, replies recorded by a fake Bot Connector.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, SqliteFeedbackStore } from '../../src/storage/sqlite';
import { MAX_STORED_PASTE } from '../../src/storage/types';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { cardActionInvoke, messageActivity } from '../helpers/activities';
import { assertValidCard, cardActions, cardTexts } from '../helpers/cards';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';

describe('POST /api/messages (e2e, real HTTP)', function () {
  let app: App;
  let base: string;
  let connector: FakeConnector;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-e2e-'));

  before(async function () {
    connector = await startFakeConnector();
    app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), silentLogger);
    const port = await app.listen();
    base = `http://127.0.0.1:${port}`;
  });
  after(async function () {
    await app?.close();
    await connector?.close();
  });
  beforeEach(() => connector.received.splice(0));

  async function post(activity: unknown): Promise<Response> {
    return fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  }

  function onlyCard(): any {
    assert.equal(connector.received.length, 1, `expected one activity, got ${connector.received.length}`);
    const att = connector.received[0]!.body.attachments;
    assert.equal(att?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    return att![0]!.content;
  }

  it('answers a French paste in a 1:1 chat with the Windows-version entry, cause and steps in French', async function () {
    const activity = messageActivity('Erreur 0x80180014 : Votre organisation ne prend pas en charge cette version de Windows', {
      serviceUrl: connector.url,
      locale: 'fr-FR',
    });
    const res = await post(activity);
    assert.equal(res.status, 200);
    const card = onlyCard();
    assertValidCard(card);
    const texts = cardTexts(card);
    assert.equal(texts[0], 'Votre organisation ne prend pas en charge cette version de Windows.');
    assert.ok(texts.includes('L’inscription Windows MDM est désactivée dans votre locataire Intune.'), 'cause in French');
    // The resolution: its lead as heading, then the three steps in the document's order.
    assert.ok(texts.includes('Pour résoudre ce problème dans un environnement Intune autonome, procédez comme suit :'));
    assert.deepEqual(texts.filter((t) => /^\d+\\\.$/.test(t)), ['1\\.', '2\\.', '3\\.']);
    const order = ['Centre d’administration du gestionnaire', 'Choisissez **propriétés**', 'Cliquez sur **Review + Save**.'].map((s) =>
      texts.findIndex((t) => t.includes(s)),
    );
    assert.ok(order.every((i) => i > 0), `every step shown: ${order}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'steps in order');
    // The reply goes to the conversation, as a reply to the user's activity.
    assert.equal(connector.received[0]!.conversationId, (activity.conversation as { id: string }).id);
    assert.equal(connector.received[0]!.replyToId, activity.id);
    assert.deepEqual(cardActions(card).map((a) => a.title), ['Utile', 'Pas utile', 'Ouvrir l’article']);
  });

  it('strips the @mention in a channel and replies in the thread', async function () {
    const activity = messageActivity('0x8018000a on a new laptop', { serviceUrl: connector.url, locale: 'en-US', channel: true });
    assert.equal((await post(activity)).status, 200);
    const card = onlyCard();
    assertValidCard(card);
    assert.equal(cardTexts(card)[0], 'The device is already enrolled.');
    const got = connector.received[0]!;
    assert.equal(got.conversationId, '19:helpdesk@thread.tacv2;messageid=' + activity.id);
    assert.equal(got.replyToId, activity.id);
  });

  it('asks which entry when a code belongs to two entries, and the choice returns the answer card', async function () {
    assert.equal((await post(messageActivity('0x801c0003', { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    const card = onlyCard();
    assertValidCard(card);
    const choices = cardActions(card).filter((a) => a.verb === 'choose');
    assert.deepEqual(choices.map((c) => c.data.entryId).sort(), [
      'troubleshoot-windows-enrollment-errors/this-user-is-not-allowed-to-enroll',
      'troubleshoot-windows-enrollment-errors/this-user-is-not-authorized-to-enroll',
    ]);
    const chosen = await invoke('choose', choices[0]!.data);
    assert.match(cardTexts(chosen)[0]!, /This user is not (allowed|authorized) to enroll/);
    assert.ok(cardActions(chosen).find((a) => a.verb === 'feedback')!.data.answerId, 'the chosen answer can take feedback');
  });

  async function invoke(verb: string, data: unknown, locale = 'en-US'): Promise<any> {
    const res = await post(cardActionInvoke(verb, data as Record<string, unknown>, { serviceUrl: connector.url, locale }));
    assert.equal(res.status, 200);
    const body = (await res.json()) as { statusCode: number; value: any };
    assert.equal(body.statusCode, 200);
    assertValidCard(body.value);
    return body.value;
  }

  async function stored(): Promise<{ report: unknown[]; none: string[] }> {
    const store = new SqliteFeedbackStore(dataDir);
    try {
      return { report: await store.report(), none: (await store.unanswered(10)).map((u) => u.paste) };
    } finally {
      await store.close();
    }
  }

  it('stores "helpful" in the SQLite file and thanks the user in place, once per user', async function () {
    await post(messageActivity('De software kan niet worden geïnstalleerd, 0x80cf4017 — mail me: jan@contoso.nl', { serviceUrl: connector.url, locale: 'nl-NL' }));
    const card = onlyCard();
    const helpful = cardActions(card).find((a) => a.verb === 'feedback' && a.data.helpful === true)!;
    assert.match(helpful.data.answerId, /^[0-9a-f-]{36}$/);
    const updated = await invoke('feedback', helpful.data, 'nl-NL');
    assert.ok(cardTexts(updated).includes('✓ Bedankt, uw feedback is vastgelegd.'));
    assert.deepEqual(cardActions(updated).map((a) => a.type), ['Action.OpenUrl']);
    await invoke('feedback', helpful.data, 'nl-NL'); // the same user clicks again
    const row = (await stored()).report.find((r: any) => r.entryId === 'troubleshoot-windows-enrollment-errors/the-software-cannot-be-installed');
    assert.deepEqual(row, { entryId: 'troubleshoot-windows-enrollment-errors/the-software-cannot-be-installed', answers: 1, helpful: 1, notHelpful: 0 });
  });

  it('"not helpful" asks for a comment in place, then stores it', async function () {
    await post(messageActivity('DeviceCapReached', { serviceUrl: connector.url, locale: 'en-US' }));
    const notHelpful = cardActions(onlyCard()).find((a) => a.verb === 'feedback' && a.data.helpful === false)!;
    const asking = await invoke('feedback', notHelpful.data);
    const input = JSON.stringify(asking);
    assert.ok(input.includes('"type":"Input.Text"') && input.includes("Sorry it didn't help"), 'comment box shown');
    const send = JSON.parse(input).body.find((b: any) => b.type === 'Container' && JSON.stringify(b).includes('feedbackComment'));
    const data = send.items[1].actions[0].data;
    const thanked = await invoke('feedbackComment', { ...data, comment: 'steps are for Android only' });
    assert.ok(cardTexts(thanked).includes('✓ Thanks, your feedback is recorded.'));
    const row = (await stored()).report.find((r: any) => r.entryId.endsWith('/devicecapreached')) as any;
    assert.deepEqual({ answers: row.answers, helpful: row.helpful, notHelpful: row.notHelpful }, { answers: 1, helpful: 0, notHelpful: 1 });
  });

  it('answers a greeting with a short prompt, not the escalation checklist', async function () {
    assert.equal((await post(messageActivity('hello there, I am pat@example.org', { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    const card = onlyCard();
    assertValidCard(card);
    assert.deepEqual(cardTexts(card), ['Paste an error to get started', 'Send me the error message or code you see (for example "0x80180014" or "DeviceCapReached"), or describe the problem in a sentence.']);
    assert.ok((await stored()).none.includes('hello there, I am [email]'), 'kept for the report, redacted');
  });

  it('answers a device problem that matches nothing with a helpful card, and keeps the paste for the report', async function () {
    assert.equal((await post(messageActivity('The VPN profile does not reach the iPads since the iOS update', { serviceUrl: connector.url, locale: 'en-US', channel: true }))).status, 200);
    const card = onlyCard();
    assertValidCard(card);
    const texts = cardTexts(card);
    assert.equal(texts[0], 'I have no playbook for this one yet');
    assert.ok(texts.includes('It reads like a question about network connections (VPN, Wi-Fi), which my playbooks do not cover yet.'), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('exact error message')), 'tells what to paste');
    assert.ok(texts.some((t) => t.includes('What is the exact error message?')), 'prerequisites checklist');
    assert.ok((await stored()).none.includes('The VPN profile does not reach the iPads since the iOS update'));
  });

  it('shows template syntax in a paste literally', async function () {
    const paste = 'DeviceCapReached ${$root.title} ${1+1}';
    assert.equal((await post(messageActivity(paste, { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    const card = onlyCard();
    assertValidCard(card);
    assert.equal(cardTexts(card)[0], 'DeviceCapReached');
    // The paste itself is not echoed; nothing of it was evaluated either.
    assert.ok(!JSON.stringify(card).includes('"2"'));
  });

  it('rejects a malformed body with 400 and keeps serving', async function () {
    const bad = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"no":' });
    assert.equal(bad.status, 400);
    const notActivity = await post([1, 2, 3]);
    assert.equal(notActivity.status, 400);
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { entries: number }).entries, 41);
  });

  it('answers a huge paste from its start, says so, and stores only its first characters, redacted', async function () {
    const filler = ' lorem ipsum dolor sit amet'.repeat(6000); // about 160 KB, under the body limit
    assert.equal((await post(messageActivity(`Something went wrong. Error Code 80070774${filler}`, { serviceUrl: connector.url, locale: 'en-US' }))).status, 200);
    const answer = onlyCard();
    assertValidCard(answer);
    assert.ok(cardTexts(answer).includes('Your message was long; I read its first 100000 characters.'), cardTexts(answer).join('\n'));
    connector.received.splice(0);
    // A device problem no playbook covers, in a 1:1 chat: the intake starts, and its state is stored.
    const none = `BitLocker recovery key is missing for jane.doe@contoso.com's laptop${filler} and again jane.doe@contoso.com`;
    const conversationId = 'a:huge-paste';
    assert.equal((await post(messageActivity(none, { serviceUrl: connector.url, locale: 'en-US', conversationId }))).status, 200);
    assert.ok(connector.received.length >= 2, 'no-match card, then the first intake question');
    const kept = (await stored()).none.find((p) => p.startsWith('BitLocker recovery key'));
    assert.ok(kept && kept.length <= MAX_STORED_PASTE, `stored ${kept?.length} characters`);
    assert.ok(kept.startsWith("BitLocker recovery key is missing for [email]'s laptop"), kept.slice(0, 80));
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const state = db.prepare('SELECT key, value FROM bot_state').all() as { key: string; value: string }[];
      const intake = state.filter((r) => r.key.includes(conversationId));
      assert.ok(intake.length > 0, 'the open intake is in the bot state');
      for (const r of intake) {
        assert.ok(!r.value.includes('jane.doe@contoso.com'), 'no address in the stored dialog state');
        assert.ok(r.value.length < 3 * MAX_STORED_PASTE, `state row of ${r.value.length} characters`);
      }
    } finally {
      db.close();
    }
  });

  it('answers a binary-looking paste with a card instead of crashing', async function () {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    assert.equal((await post(messageActivity(junk, { serviceUrl: connector.url }))).status, 200);
    assertValidCard(onlyCard());
  });
});
