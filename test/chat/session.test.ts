/**
 * The terminal chat end to end: the real app on 127.0.0.1, the chat's in-process Bot Connector,
 * scripted input lines; asserts the transcript a user reads.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ChatSession, runChat, type ChatIO } from '../../src/chat/session';
import { stringsFor } from '../../src/render/cards';
import { SqliteFeedbackStore } from '../../src/storage/sqlite';

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
    const store = new SqliteFeedbackStore(dataDir);
    try {
      const row = (await store.report()).find((r) => r.entryId.endsWith(`/${anchor}`));
      assert.deepEqual(row && { helpful: row.helpful, notHelpful: row.notHelpful }, { helpful: 0, notHelpful: 1 });
    } finally {
      await store.close();
    }
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
