/**
 * The terminal chat end to end: the real app on 127.0.0.1, the chat's in-process Bot Connector,
 * scripted input lines; asserts the transcript a user reads.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { format } from '../../src/bot/strings';
import { ChatSession, HELP, HELPDESK_CHANNEL, runChat, type ChatIO } from '../../src/chat/session';
import { stringsFor } from '../../src/render/cards';
import { SqliteFeedbackStore } from '../../src/storage/sqlite';
import { SqliteHelpdeskStore } from '../../src/storage/sqlite-helpdesk';

const ARTICLE = 'https://learn.microsoft.com/en-us/mem/intune/enrollment/troubleshoot-windows-enrollment-errors#';

/** Runs `npm run chat`'s loop on scripted lines; resolves with everything printed. */
async function chat(lines: string[], dataDir: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  input.end(lines.map((l) => l + '\n').join(''));
  await runChat({ input, output, dataDir, locale: 'en-US', banner: 'banner' });
  return printed;
}

/** The verdicts stored in the SQLite file of `dataDir` for the entry whose id ends with `/anchor`. */
async function feedbackCounts(dataDir: string, anchor: string): Promise<{ helpful: number; notHelpful: number } | undefined> {
  const store = new SqliteFeedbackStore(dataDir);
  try {
    const row = (await store.report()).find((r) => r.entryId.endsWith(`/${anchor}`));
    return row && { helpful: row.helpful, notHelpful: row.notHelpful };
  } finally {
    await store.close();
  }
}

/** Index of the first line at or after `from` equal to (string), matching (RegExp) or satisfying (function) `wanted`. */
function find(lines: readonly string[], wanted: string | RegExp | ((line: string) => boolean), from: number): number {
  const test = typeof wanted === 'string' ? (l: string) => l === wanted : wanted instanceof RegExp ? (l: string) => wanted.test(l) : wanted;
  const i = lines.findIndex((l, j) => j >= from && test(l));
  assert.ok(i >= 0, `after line ${from}: ${String(wanted)}\n--- transcript ---\n${lines.join('\n')}`);
  return i;
}

describe('npm run chat (e2e: real app, in-process connector, scripted input)', function () {
  this.timeout(90_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-chat-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('paste → choice card → choose → answer card → not helpful → comment → thanks', async function () {
    const s = stringsFor('en-us');
    const comment = 'the steps did not work';
    const out = await chat(['0x801c0003', '1', '2', '1', comment, '/quit'], dataDir);
    const lines = out.split('\n');
    assert.equal(lines[0], 'banner');

    // The paste, and the choice card with numbered choices.
    let at = find(lines, 'you> 0x801c0003', 1);
    at = find(lines, 'Troubleshooter:', at);
    assert.equal(lines[at + 1], `  ${s.askTitle}`, 'the card title comes first');
    const first = find(lines, /^ {2}\[1\] This user is not (allowed|authorized) to enroll\.$/, at);
    find(lines, /^ {2}\[2\] This user is not (allowed|authorized) to enroll\.$/, first);
    const chosen = lines[first]!.slice('  [1] '.length);
    const anchor = chosen.toLowerCase().replace(/\.$/, '').replace(/ /g, '-');

    // 1: the chosen entry's answer card replaces the choice card.
    at = find(lines, 'you> 1', first);
    assert.equal(lines[at + 1], `  → ${chosen}`);
    at = find(lines, 'Troubleshooter (updated the card):', at);
    assert.equal(lines[at + 1], `  ${chosen}`, 'title first');
    const steps = [find(lines, /^ {2}1\. \S/, at)];
    steps.push(find(lines, /^ {2}2\. \S/, steps[0]!), find(lines, /^ {2}3\. \S/, steps[0]!));
    const buttons = find(lines, `  [1] ${s.helpful}  [2] ${s.notHelpful}  [3] ${s.openDoc} <${ARTICLE}${anchor}>`, steps[2]!);

    // 2: "not helpful" asks for a comment in place.
    at = find(lines, 'you> 2', buttons);
    assert.equal(lines[at + 1], `  → ${s.notHelpful}`);
    at = find(lines, 'Troubleshooter (updated the card):', at);
    assert.equal(lines[at + 1], `  ${chosen}`);
    const box = find(lines, `  ✎ ${s.commentPrompt}`, at);
    assert.equal(lines[box + 1], `  [1] ${s.send}`);
    const article = find(lines, `  [2] ${s.openDoc} <${ARTICLE}${anchor}>`, box);
    assert.ok(!lines.slice(at, article).some((l) => l.includes(s.helpful)), 'no feedback buttons any more');

    // 1 (Send): the comment is asked for, sent with the action, and the card thanks.
    at = find(lines, 'you> 1', article);
    assert.equal(lines[at + 1], `  → ${s.send}`);
    assert.equal(lines[at + 2], `  ${s.commentPrompt}: ${comment}`);
    at = find(lines, 'Troubleshooter (updated the card):', at);
    const thanks = find(lines, (l) => l.startsWith('  ') && l.endsWith(s.thanks), at);
    const last = find(lines, `  [1] ${s.openDoc} <${ARTICLE}${anchor}>`, thanks);
    assert.equal(lines[last + 1], 'you> /quit');
    assert.deepEqual(lines.slice(last + 2), [''], 'nothing after /quit');

    // The bot stored the verdict in the SQLite file of DATA_DIR (the chat closed it on /quit).
    assert.deepEqual(await feedbackCounts(dataDir, anchor), { helpful: 0, notHelpful: 1 });
  });

  it('keeps one user and conversation, sends non-numbers as messages, prints proactive messages as they arrive', async function () {
    const printed: string[] = [];
    const io: ChatIO = { print: (t) => printed.push(t), read: async () => undefined };
    const session = await ChatSession.start(io, { dataDir, locale: 'fr-fr' });
    try {
      await session.handle('0x801c0003');
      assert.ok(session.actions.length >= 2, 'the choice card is current');
      await session.handle('99'); // not a number of the card: a message
      // Two replies, both in the session's conversation (a reply elsewhere would say "(in …)").
      assert.equal(printed.filter((p) => p.startsWith('\nTroubleshooter:\n')).length, 2, printed.join('\n'));
      assert.ok(!printed.some((p) => p.includes('(updated the card)')), '99 was a message, not a button');
      const numbers = session.actions;
      // A proactive message (e.g. the helpdesk's) posted to the connector later is printed too.
      const res = await fetch(`${session.serviceUrl}/v3/conversations/${encodeURIComponent(session.conversationId)}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: '28:bot', name: 'Troubleshooter' }, text: 'Your request **E-1** was claimed by Pat.' }),
      });
      assert.equal(res.status, 200);
      assert.equal(printed[printed.length - 1], '\nTroubleshooter:\n  Your request E-1 was claimed by Pat.');
      await fetch(`${session.serviceUrl}/v3/conversations/19%3Ahelpdesk%40thread.tacv2/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { name: 'Troubleshooter' }, text: 'New escalation' }),
      });
      assert.equal(printed[printed.length - 1], '\nTroubleshooter (in 19:helpdesk@thread.tacv2):\n  New escalation');
      assert.equal(session.actions, numbers, 'a plain text message leaves the card’s numbers in place');
      assert.equal(await session.handle('/quit'), false);
    } finally {
      await session.close();
    }
  });
});

describe('npm run chat: both sides of the story (requester in 1:1, helpdesk member in the channel)', function () {
  this.timeout(90_000);
  const dirs: string[] = [];
  const freshDir = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-chat-story-'));
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const s = stringsFor('en-us');
  const PASTE = 'Intune enrollment stuck at 45% on a new Surface, no error shown';
  const MESSAGE = 'No error, the Enrollment Status Page stays at 45% (Device preparation)';
  const THREAD = /^Troubleshooter \(new thread, in (19:helpdesk@thread\.tacv2;messageid=sent-\d+)\):$/;

  it('/help lists /channel and /me', async function () {
    assert.match(HELP, /^\/channel /m);
    assert.match(HELP, /^\/me /m);
    assert.match(HELP, /^\/help /m);
    assert.ok((await chat(['/help', '/quit'], freshDir())).includes(HELP), '/help prints it');
  });

  it('set helpdesk in the channel → paste with no playbook → intake → escalation thread → Claim → Resolve, each noticed in the 1:1 chat', async function () {
    const dataDir = freshDir();
    const out = await chat(
      ['/channel', 'set helpdesk', '/me', PASTE, '1', '2', MESSAGE, '3', '5', 'since Monday', '/channel', '1', '1', '/quit'],
      dataDir,
    );
    const lines = out.split('\n');
    assert.equal(lines[0], 'banner');

    // /channel: Hank Helpdesk @mentions the bot in the team channel; the answer goes to that post's thread.
    let at = find(lines, 'you> /channel', 1);
    assert.equal(lines[at + 1], `  (speaking as Hank Helpdesk, a helpdesk member, in the team channel ${HELPDESK_CHANNEL}: each line is a new post that @mentions Troubleshooter)`);
    at = find(lines, 'helpdesk> set helpdesk', at);
    assert.match(lines[at + 2]!, /^Troubleshooter \(in 19:helpdesk@thread\.tacv2;messageid=chat-\d+\):$/);
    assert.equal(lines[at + 3], `  ${s.helpdeskSet}`);

    // /me: back to the requester's 1:1 chat; the paste matches nothing, the intake starts.
    at = find(lines, 'helpdesk> /me', at);
    assert.equal(lines[at + 1], '  (speaking as Chat User, the requester, in the 1:1 chat with Troubleshooter)');
    at = find(lines, `you> ${PASTE}`, at);
    assert.equal(lines[at + 2], 'Troubleshooter:');
    assert.equal(lines[at + 3], `  ${s.noneTitle}`);
    at = find(lines, `  ${s.qPlatform}`, at);
    at = find(lines, `  [1] Windows  [2] iOS/iPadOS  [3] Android  [4] macOS`, at);
    assert.equal(lines[at + 1], 'you> 1');
    assert.equal(lines[at + 2], '  → Windows');
    at = find(lines, `  ${s.qMethod}`, at);
    at = find(lines, 'you> 2', at);
    assert.equal(lines[at + 1], '  → Windows Autopilot');
    at = find(lines, `  ${s.qMessage}`, at);
    at = find(lines, `you> ${MESSAGE}`, at);
    at = find(lines, `  ${s.qUsers}`, at);
    assert.equal(lines[at + 2], 'you> 3', 'a number with no button to press is the answer');
    at = find(lines, `  ${s.qDevices}`, at);
    assert.equal(lines[at + 2], 'you> 5');
    at = find(lines, `  ${s.qSince}`, at);
    assert.equal(lines[at + 2], 'you> since Monday');

    // The escalation arrives in the channel as a new thread, with Claim and Resolve.
    const posted = find(lines, THREAD, at);
    const thread = THREAD.exec(lines[posted]!)![1]!;
    assert.equal(lines[posted + 1], `  ${format(s.escalationTitle, { name: 'Chat User' })}`);
    assert.equal(lines[posted + 2], `  ${s.statusOpen}`);
    const ref = /^ {2}#([0-9a-f]{8}) · /.exec(lines[posted + 3]!)?.[1];
    assert.ok(ref, lines[posted + 3]);
    for (const [q, a] of [[s.qPlatform, 'Windows'], [s.qMethod, 'Windows Autopilot'], [s.qMessage, MESSAGE], [s.qUsers, '3'], [s.qDevices, '5'], [s.qSince, 'since Monday']]) {
      find(lines, (l) => l.startsWith(`  ${q}:`) && l.endsWith(` ${a}`), posted);
    }
    find(lines, `      ${PASTE}`, posted);
    const buttons = find(lines, `  [1] ${s.claim}  [2] ${s.resolve}`, posted);
    // The requester gets the summary (without the helpdesk's buttons) and the note, in the 1:1 chat.
    at = find(lines, 'Troubleshooter:', buttons);
    assert.equal(lines[at + 1], `  ${format(s.escalationTitle, { name: 'Chat User' })}`);
    const note = find(lines, `  ${s.escalated}`, at);
    assert.equal(lines[note - 1], 'Troubleshooter:');
    assert.ok(!lines.slice(at, note).some((l) => /\[\d+\]/.test(l)), 'no buttons on the requester’s summary');

    // /channel: the numbers are the escalation card's now.
    at = find(lines, 'you> /channel', note);
    assert.equal(lines[at + 2], `  (numbers press the last card here: [1] ${s.claim}  [2] ${s.resolve})`);

    // 1 = Claim, as Hank from the thread: the requester is told in their chat, the card is updated.
    at = find(lines, 'helpdesk> 1', at);
    assert.equal(lines[at + 1], `  → ${s.claim}`);
    assert.equal(lines[at + 3], 'Troubleshooter (in the 1:1 chat with Chat User):');
    assert.equal(lines[at + 4], `  ${s.noticeTitle}`);
    assert.equal(lines[at + 5], `  ${format(s.notifyClaimed, { name: 'Hank Helpdesk', ref })}`);
    at = find(lines, `Troubleshooter (updated the card, in ${thread}):`, at);
    assert.equal(lines[at + 1], `  ${format(s.escalationTitle, { name: 'Chat User' })}`);
    assert.equal(lines[at + 2], `  ${format(s.statusClaimed, { name: 'Hank Helpdesk' })}`);
    at = find(lines, `  [1] ${s.resolve}`, at);

    // 1 = Resolve now: the notice, then the card, with no buttons left.
    assert.equal(lines[at + 1], 'helpdesk> 1');
    assert.equal(lines[at + 2], `  → ${s.resolve}`);
    assert.equal(lines[at + 4], 'Troubleshooter (in the 1:1 chat with Chat User):');
    assert.equal(lines[at + 6], `  ${format(s.notifyResolved, { name: 'Hank Helpdesk', ref })}`);
    at = find(lines, `Troubleshooter (updated the card, in ${thread}):`, at);
    assert.equal(lines[at + 2], `  ${format(s.statusResolved, { name: 'Hank Helpdesk' })}`);
    const quit = find(lines, 'helpdesk> /quit', at);
    assert.ok(!lines.slice(at, quit).some((l) => /\[\d+\]/.test(l)), 'no buttons on the resolved card');
    assert.deepEqual(lines.slice(quit + 1), [''], 'nothing after /quit');

    // What the bot stored: the channel, set by Hank; the escalation, resolved by Hank.
    const store = new SqliteHelpdeskStore(dataDir);
    try {
      const channel = await store.getChannel('chat-tenant');
      assert.deepEqual(channel && { id: channel.channelId, by: channel.setBy }, { id: HELPDESK_CHANNEL, by: 'Hank Helpdesk' });
      const e = await store.getEscalation(ref!);
      assert.deepEqual(e && { status: e.status, by: e.handledBy, answers: e.answers.map((x) => x.answer) }, {
        status: 'resolved',
        by: 'Hank Helpdesk',
        answers: ['Windows', 'Windows Autopilot', MESSAGE, '3', '5', 'since Monday'],
      });
    } finally {
      await store.close();
    }
  });

  it('paste → choose 1 → answer card → Helpful → thanks', async function () {
    const dataDir = freshDir();
    const out = await chat(['0x801c0003', '1', '1', '/quit'], dataDir);
    const lines = out.split('\n');
    let at = find(lines, 'you> 0x801c0003', 1);
    at = find(lines, 'Troubleshooter:', at);
    assert.equal(lines[at + 1], `  ${s.askTitle}`);
    const first = find(lines, /^ {2}\[1\] This user is not (allowed|authorized) to enroll\.$/, at);
    const chosen = lines[first]!.slice('  [1] '.length);
    const anchor = chosen.toLowerCase().replace(/\.$/, '').replace(/ /g, '-');
    find(lines, `  [3] ${s.noneOfThese}`, first);

    at = find(lines, 'you> 1', first);
    assert.equal(lines[at + 1], `  → ${chosen}`);
    at = find(lines, 'Troubleshooter (updated the card):', at);
    assert.equal(lines[at + 1], `  ${chosen}`);
    const buttons = find(lines, `  [1] ${s.helpful}  [2] ${s.notHelpful}  [3] ${s.openDoc} <${ARTICLE}${anchor}>`, at);

    at = find(lines, 'you> 1', buttons);
    assert.equal(lines[buttons + 1], 'you> 1');
    assert.equal(lines[at + 1], `  → ${s.helpful}`);
    at = find(lines, 'Troubleshooter (updated the card):', at);
    assert.equal(lines[at + 1], `  ${chosen}`);
    const thanks = find(lines, `  ✓ ${s.thanks}`, at);
    const last = find(lines, `  [1] ${s.openDoc} <${ARTICLE}${anchor}>`, thanks);
    assert.ok(!lines.slice(at, last).some((l) => l.includes(s.helpful)), 'no feedback buttons any more');
    assert.deepEqual(lines.slice(last + 1), ['you> /quit', '']);

    assert.deepEqual(await feedbackCounts(dataDir, anchor), { helpful: 1, notHelpful: 0 });
  });

  it('sends Teams-shaped activities: channel posts from the helpdesk member with the @mention, invokes from the card’s thread, 1:1 messages from the requester', async function () {
    const printed: string[] = [];
    const io: ChatIO = { print: (t) => printed.push(t), read: async () => undefined };
    const sent: any[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      if (String(input).endsWith('/api/messages') && typeof init?.body === 'string') sent.push(JSON.parse(init.body));
      return realFetch(input, init);
    }) as typeof fetch;
    const session = await ChatSession.start(io, { dataDir: freshDir() });
    try {
      const me = session.user;
      const hank = session.helpdeskUser;
      assert.equal(hank.name, 'Hank Helpdesk');
      assert.notEqual(hank.id, me.id);
      assert.notEqual(hank.aadObjectId, me.aadObjectId);
      assert.equal(session.prompt, 'you> ');

      await session.handle('/channel');
      assert.equal(session.speaker, 'channel');
      assert.equal(session.prompt, 'helpdesk> ');
      await session.handle('set helpdesk');
      const post = sent[sent.length - 1];
      assert.equal(post.type, 'message');
      assert.deepEqual(post.from, hank);
      assert.deepEqual(post.conversation, { id: `${HELPDESK_CHANNEL};messageid=${post.id}`, conversationType: 'channel', isGroup: true, tenantId: 'chat-tenant' });
      assert.equal(post.text, '<at>Troubleshooter</at> set helpdesk');
      assert.deepEqual(post.entities[0], { type: 'mention', mentioned: post.recipient, text: '<at>Troubleshooter</at>' });
      assert.deepEqual(post.channelData, {
        teamsChannelId: HELPDESK_CHANNEL,
        teamsTeamId: '19:team@thread.tacv2',
        channel: { id: HELPDESK_CHANNEL },
        team: { id: '19:team@thread.tacv2' },
        tenant: { id: 'chat-tenant' },
      });

      await session.handle('/me');
      for (const line of [PASTE, '1', '2', MESSAGE, '3', '5', 'since Monday']) await session.handle(line);
      const answer = sent[sent.length - 1];
      assert.deepEqual(answer.from, me);
      assert.deepEqual(answer.conversation, { id: session.conversationId, conversationType: 'personal', tenantId: 'chat-tenant' });
      assert.equal(answer.text, 'since Monday');
      assert.ok(!answer.entities.some((e: any) => e.type === 'mention'));
      // The escalation card is the channel's; in the 1:1 chat the last card (the note) has no buttons.
      assert.equal(session.actions.length, 0);
      const header = printed.find((p) => p.startsWith('\nTroubleshooter (new thread, in '))!;
      const thread = /\(new thread, in ([^)]+)\)/.exec(header)![1]!;
      assert.match(thread, /^19:helpdesk@thread\.tacv2;messageid=(sent-\d+)$/);

      await session.handle('/channel');
      assert.deepEqual(session.actions.map((a) => a.title), ['Claim', 'Resolve']);
      await session.handle('1');
      const claim = sent[sent.length - 1];
      assert.equal(claim.type, 'invoke');
      assert.equal(claim.name, 'adaptiveCard/action');
      assert.deepEqual(claim.from, hank);
      assert.deepEqual(claim.conversation, { id: thread, conversationType: 'channel', isGroup: true, tenantId: 'chat-tenant' });
      assert.equal(claim.replyToId, thread.split(';messageid=')[1]);
      assert.equal(claim.value.action.verb, 'claim');
      assert.equal(claim.channelData.channel.id, HELPDESK_CHANNEL);
      assert.deepEqual(session.actions.map((a) => a.title), ['Resolve'], 'the updated card’s buttons');

      // Back in the 1:1 chat, numbers are the requester's again: the last card there, the notice, has none.
      await session.handle('/me');
      assert.equal(session.actions.length, 0);
    } finally {
      globalThis.fetch = realFetch;
      await session.close();
    }
  });
});
