/**
 * The conversation end to end over real HTTP with the fake Bot Connector and the SQLite file:
 * set the helpdesk channel; no match → intake (one question per turn, the right prompt each) →
 * summary and escalation as a new thread in the helpdesk channel → Claim and Resolve update the
 * card and notify the requester; cancel midway; "None of these" → intake; no helpdesk set →
 * nothing lost; an open intake survives a restart.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { SqliteHelpdeskStore } from '../../src/storage/sqlite-helpdesk';
import { cardActionInvoke, messageActivity } from '../helpers/activities';
import { assertValidCard, cardActions, cardTexts } from '../helpers/cards';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';

describe('conversation: intake, escalation, claim/resolve (e2e, real HTTP)', function () {
  this.timeout(60_000);
  let app: App;
  let base: string;
  let connector: FakeConnector;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-conv-'));

  async function start(): Promise<void> {
    app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), silentLogger);
    base = `http://127.0.0.1:${await app.listen()}`;
  }
  before(async function () {
    connector = await startFakeConnector();
    await start();
  });
  after(async function () {
    await app?.close();
    await connector?.close();
  });

  const user = (conversationId: string, tenant = 't1') => ({ serviceUrl: connector.url, locale: 'en-US', conversationId, tenant });

  async function say(text: string, o: ReturnType<typeof user>, extra: Record<string, unknown> = {}): Promise<any[]> {
    connector.received.splice(0);
    const a = { ...messageActivity(text, o), ...extra } as any;
    a.conversation.tenantId = o.tenant;
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
    assert.equal(res.status, 200);
    // The cards of the new messages (updates of earlier cards are read from connector.received).
    const cards = connector.received.filter((r) => r.method !== 'PUT').map((r) => (r.body as any).attachments?.[0]?.content ?? (r.body as any).activity?.attachments?.[0]?.content);
    for (const r of connector.received) if (r.method === 'PUT') assertValidCard(r.body.attachments![0]!.content);
    cards.forEach((c) => c && assertValidCard(c));
    return cards;
  }

  async function act(verb: string, data: unknown, from: Record<string, unknown>, conversationId: string): Promise<any> {
    connector.received.splice(0);
    const a = cardActionInvoke(verb, data as Record<string, unknown>, { serviceUrl: connector.url, locale: 'en-US', conversationId }) as any;
    a.from = from;
    a.conversation.tenantId = 't1';
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
    const body = (await res.json()) as { statusCode: number; value: any };
    assert.equal(body.statusCode, 200, JSON.stringify(body));
    assertValidCard(body.value);
    return body.value;
  }

  const HANK = { id: '29:hank', name: 'Hank Helpdesk', aadObjectId: '00000000-0000-0000-0000-0000000000aa' };
  let escalationId = '';

  it('sets the helpdesk channel when a member @mentions the bot with "set helpdesk" there', async function () {
    const [reply] = await say('set helpdesk', { ...user('19:helpdesk@thread.tacv2;messageid=1') }, {});
    // say() builds a 1:1 activity; redo it as a channel message with the mention.
    connector.received.splice(0);
    const a = messageActivity('set helpdesk', { serviceUrl: connector.url, locale: 'en-US', channel: true }) as any;
    await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
    assert.equal(cardTexts(connector.received[0]!.body.attachments![0]!.content)[0], 'This channel is now the helpdesk channel: escalations will be posted here.');
    assert.equal(cardTexts(reply)[0], 'Set the helpdesk from a team channel: @mention me there with "set helpdesk".');
    const store = new SqliteHelpdeskStore(dataDir);
    assert.equal((await store.getChannel('t1'))?.channelId, '19:helpdesk@thread.tacv2');
    await store.close();
  });

  it('no match → asks the intake questions one per turn → summary → escalation in the helpdesk channel', async function () {
    const me = user('a:requester-1');
    let cards = await say('Intune enrollment stuck at 45% on a new Surface, no error shown', me);
    assert.equal(cardTexts(cards[0])[0], 'I have no playbook for this one yet');
    assert.ok(cardTexts(cards[1]).includes('Which platform has the problem?'));
    assert.deepEqual(cardActions(cards[1]).map((a) => a.title), ['Windows', 'iOS/iPadOS', 'Android', 'macOS']);
    assert.deepEqual(cardActions(cards[1])[0]!.data, { msteams: { type: 'imBack', value: 'Windows' } });

    const firstQuestion = connector.received[1]!;

    cards = await say('Windows', me);
    assert.ok(cardTexts(cards[0]).includes('How is the device being enrolled?'));
    // The answered question's card is updated in place: the answer shown, its buttons gone.
    const updated = connector.received.filter((r) => r.method === 'PUT');
    assert.deepEqual(updated.map((r) => r.id), [firstQuestion.id]);
    const answered = updated[0]!.body.attachments![0]!.content;
    assertValidCard(answered);
    assert.deepEqual(cardTexts(answered), ["Let's gather what the helpdesk needs. You can type cancel at any time.", 'Which platform has the problem?', '1/6', '✓ Windows']);
    assert.deepEqual(cardActions(answered), []);
    const secondQuestion = connector.received.find((r) => r.method === 'POST')!;

    // A tap that is none of the options gets the retry card; the answer then closes both cards.
    cards = await say('Symbian', me);
    assert.equal(cardTexts(cards[0])[0], 'Please pick one of the options.');
    assert.equal(connector.received.filter((r) => r.method === 'PUT').length, 0);
    const retryCard = connector.received.find((r) => r.method === 'POST')!;
    cards = await say('Windows Autopilot', me);
    assert.ok(cardTexts(cards[0]).includes('What is the exact error message, and where do you see it?'));
    const closed = connector.received.filter((r) => r.method === 'PUT');
    assert.deepEqual(closed.map((r) => r.id), [secondQuestion.id, retryCard.id]);
    for (const r of closed) assert.deepEqual(cardActions(r.body.attachments![0]!.content), []);
    assert.ok(cardTexts(closed[0]!.body.attachments![0]!.content).includes('✓ Windows Autopilot'));
    cards = await say('No message, the ESP stays at 45% (joe@contoso.com)', me);
    assert.ok(cardTexts(cards[0]).includes('How many users are affected? (a number)'));
    assert.equal(connector.received.filter((r) => r.method === 'PUT').length, 0, "a text question's card has no buttons to take away");
    const retry = await say('lots', me);
    assert.equal(connector.received[0]!.body.text, 'Please answer with a number, for example 3.');
    assert.equal(retry.filter(Boolean).length, 0);
    cards = await say('3', me);
    assert.ok(cardTexts(cards[0]).includes('How many devices are affected? (a number)'));
    cards = await say('5', me);
    assert.ok(cardTexts(cards[0]).includes('When did the problem start? Has enrollment ever worked?'));
    cards = await say('Since Monday; worked last week', me);

    // The channel got a new thread with the escalation card; the requester got the summary and a note.
    const thread = connector.received.find((r) => r.conversationId === '(new)') as { body: any } | undefined;
    assert.ok(thread, 'a new thread was created in the helpdesk channel');
    assert.equal(thread.body.channelData.channel.id, '19:helpdesk@thread.tacv2');
    const posted = thread.body.activity.attachments[0].content;
    assertValidCard(posted);
    const texts = cardTexts(posted);
    assert.equal(texts[0], 'Escalation from Ada Admin');
    assert.equal(texts[1], 'Open');
    const facts = posted.body.find((b: any) => b.type === 'FactSet').facts;
    assert.deepEqual(facts.map((f: any) => f.value), ['Windows', 'Windows Autopilot', 'No message, the ESP stays at 45% ([email])', '3', '5', 'Since Monday; worked last week']);
    assert.ok(texts.includes('Intune enrollment stuck at 45% on a new Surface, no error shown'));
    assert.deepEqual(cardActions(posted).map((a) => a.title), ['Claim', 'Resolve']);
    escalationId = cardActions(posted)[0]!.data.escalationId;
    const mine = connector.received.filter((r) => r.conversationId === 'a:requester-1').map((r) => cardTexts(r.body.attachments![0]!.content)[0]);
    assert.deepEqual(mine, ['Escalation from Ada Admin', 'I have passed this to the helpdesk; you will hear from them here.']);
  });

  it('Claim and Resolve update the card in place and notify the requester in their chat', async function () {
    const claimed = await act('claim', { escalationId }, HANK, '19:helpdesk@thread.tacv2;messageid=thread-1');
    assert.equal(cardTexts(claimed)[1], 'Claimed by Hank Helpdesk');
    assert.deepEqual(cardActions(claimed).map((a) => a.title), ['Resolve']);
    const note = connector.received.find((r) => r.conversationId === 'a:requester-1');
    assert.ok(note, 'the requester was notified');
    assert.deepEqual(cardTexts(note.body.attachments![0]!.content)[0], 'From the helpdesk');
    assert.ok(cardTexts(note.body.attachments![0]!.content).some((t) => t.startsWith('Hank Helpdesk from the helpdesk is looking at your problem')));

    const resolved = await act('resolve', { escalationId }, HANK, '19:helpdesk@thread.tacv2;messageid=thread-1');
    assert.equal(cardTexts(resolved)[1], 'Resolved by Hank Helpdesk');
    assert.deepEqual(cardActions(resolved), []);
    const done = connector.received.find((r) => r.conversationId === 'a:requester-1');
    assert.ok(cardTexts(done!.body.attachments![0]!.content).some((t) => t.includes('marked your problem as resolved')));
  });

  it('cancel midway (annuler) ends the questions; the next message is a new paste', async function () {
    const me = user('a:requester-2');
    const first = await say('la gestion des appareils mobiles ne marche pas après la réinstallation de Windows, aucun code', me);
    assert.ok(cardTexts(first[first.length - 1]).includes('Which platform has the problem?'), 'the intake asked its first question');
    const question = connector.received[connector.received.length - 1]!;
    const cards = await say('annuler', me);
    assert.equal(cardTexts(cards[0])[0], 'Cancelled. Paste an error whenever you are ready.');
    // The unanswered question's card keeps its text and loses its buttons.
    const closed = connector.received.filter((r) => r.method === 'PUT');
    assert.deepEqual(closed.map((r) => r.id), [question.id]);
    assert.deepEqual(cardTexts(closed[0]!.body.attachments![0]!.content), ["Let's gather what the helpdesk needs. You can type cancel at any time.", 'Which platform has the problem?', '1/6']);
    assert.deepEqual(cardActions(closed[0]!.body.attachments![0]!.content), []);
    const next = await say('0x8018000a', me);
    assert.equal(cardTexts(next[0])[0], 'The device is already enrolled.');
  });

  it('a recognised error pasted instead of picking a platform is answered, and the questions end', async function () {
    const me = user('a:requester-5');
    const first = await say('We are selling 40 old laptops to a refurbisher, what do we need to do in Intune first?', me);
    assert.ok(cardTexts(first[first.length - 1]).includes('Which platform has the problem?'), 'the intake asked its first question');
    const cards = await say('Actually the real problem: 0x8018000a on enrollment', me);
    assert.equal(cards.length, 1);
    assert.equal(cardTexts(cards[0])[0], 'The device is already enrolled.');
    const closed = connector.received.filter((r) => r.method === 'PUT');
    assert.equal(closed.length, 1);
    assert.deepEqual(cardActions(closed[0]!.body.attachments![0]!.content), [], 'the platform buttons are gone');
    const next = await say('Windows', me);
    assert.ok(!cardTexts(next[0]).includes('How is the device being enrolled?'), 'no intake question follows');
  });

  it('another unmatched problem pasted instead of picking a platform gets its own no-match card and questions', async function () {
    const me = user('a:requester-6');
    await say('We are selling 40 old laptops to a refurbisher, what do we need to do in Intune first?', me);
    assert.equal(cardTexts((await say('Linux', me))[0])[0], 'Please pick one of the options.', 'a stray word is still re-asked');
    const cards = await say('Also BitLocker recovery keys are missing in Intune for two laptops, the encryption report says not encrypted', me);
    assert.equal(cardTexts(cards[0])[0], 'I have no playbook for this one yet');
    assert.ok(cardTexts(cards[1]).includes('Which platform has the problem?'));
    for (const answer of ['Windows', 'Windows Autopilot', 'none', '1', '2']) await say(answer, me);
    await say('since Friday', me);
    const thread = connector.received.find((r) => r.conversationId === '(new)') as { body: any } | undefined;
    assert.ok(thread, 'the escalation was posted');
    const texts = cardTexts(thread.body.activity.attachments[0].content);
    assert.ok(texts.some((t) => t.startsWith('Also BitLocker recovery keys are missing')), 'the escalation carries the new paste');
    assert.ok(!texts.some((t) => t.includes('selling 40 old laptops')), 'not the first one');
  });

  it('"None of these" on a choice card starts the intake with the paste', async function () {
    const me = user('a:requester-3');
    const [choice] = await say('0x801c0003', me);
    const none = cardActions(choice).find((a) => a.verb === 'noneOfThese')!;
    assert.equal(none.data.paste, '0x801c0003');
    const updated = await act('noneOfThese', none.data, { id: '29:user-1', name: 'Ada Admin' }, 'a:requester-3');
    assert.equal(cardTexts(updated)[0], 'None of these');
    const question = connector.received.find((r) => r.conversationId === 'a:requester-3');
    assert.ok(cardTexts(question!.body.attachments![0]!.content).includes('Which platform has the problem?'));
  });

  it('keeps an open intake across a restart, and with no helpdesk channel saves the escalation and says so', async function () {
    const me = user('a:requester-4', 't2'); // a tenant without a helpdesk channel
    const first = await say('Intune enrollment stuck at 70% on a Surface Go, no error shown', me);
    assert.equal(cardTexts(first[0])[0], 'I have no playbook for this one yet');
    await say('Windows', me);
    await app.close();
    await start(); // restart: a new app on the same SQLite file
    let cards = await say('Windows Autopilot', me);
    assert.ok(cardTexts(cards[0]).includes('What is the exact error message, and where do you see it?'), 'the intake went on where it was');
    for (const answer of ['none', '1', '1']) await say(answer, me);
    cards = await say('today', me);
    const texts = cards.map((c) => cardTexts(c)[0]);
    assert.equal(texts[0], 'Escalation from Ada Admin');
    assert.match(texts[1]!, /^No helpdesk channel is set up yet, so I could not hand this over\. Your answers are saved \(reference [0-9a-f]{8}\)/);
    const ref = /reference ([0-9a-f]{8})/.exec(texts[1]!)![1]!;
    const store = new SqliteHelpdeskStore(dataDir);
    assert.equal((await store.getEscalation(ref))?.answers.length, 6);
    await store.close();
  });

  it('troubleshooter report lists the escalated pastes with their status', function () {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const root = path.resolve(__dirname, '..', '..');
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(root, 'src', 'cli', 'main.ts'), 'report', '--data', dataDir], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const section = r.stdout.slice(r.stdout.indexOf('Escalations ('));
    assert.match(section, /^Escalations \(3, newest first\):/);
    assert.match(section, /#[0-9a-f]{8}\s+open\s+"Also BitLocker recovery keys are missing in Intune/);
    assert.match(section, /#[0-9a-f]{8}\s+open\s+"Intune enrollment stuck at 70% on a Surface Go, no error shown"/);
    assert.match(section, /#[0-9a-f]{8}\s+resolved\s+"Intune enrollment stuck at 45% on a new Surface, no error shown"/);
  });
});
