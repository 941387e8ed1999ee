/**
 * The terminal rendering of the bot's real cards (built with the same functions the bot uses):
 * what a user of `npm run chat` reads, and which number does what.
 */
import assert from 'node:assert/strict';
import { renderChoiceCard, stringsFor } from '../../src/render/cards';
import { renderActivity } from '../../src/chat/render-activity';
import { inlineMarkdown, renderCard, stripAnsi, toggleVisibility, wrapLine, type ChatAction } from '../../src/chat/render-card';
import { realKnowledge } from '../helpers/knowledge';

const NOT_ALLOWED = 'troubleshoot-windows-enrollment-errors/this-user-is-not-allowed-to-enroll';
const URL_NOT_ALLOWED = 'https://learn.microsoft.com/en-us/mem/intune/enrollment/troubleshoot-windows-enrollment-errors#this-user-is-not-allowed-to-enroll';

function answerCard(entryId: string, locale: 'en-us' | 'fr-fr' = 'en-us', options = {}): unknown {
  const card = realKnowledge().troubleshooter.answerCard(entryId, locale, locale, { answerId: 'answer-1', ...options });
  assert.ok(card, `entry ${entryId} exists`);
  return card;
}

/** Index of the first line equal to (string) or matching (RegExp) each of `wanted`, asserting they are all there. */
function positions(lines: readonly string[], wanted: (string | RegExp)[]): number[] {
  return wanted.map((w) => {
    const i = lines.findIndex((l) => (typeof w === 'string' ? l === w : w.test(l)));
    assert.ok(i >= 0, `line ${String(w)} in:\n${lines.join('\n')}`);
    return i;
  });
}

function assertIncreasing(ns: number[]): void {
  assert.deepEqual([...ns].sort((a, b) => a - b), ns, `in order: ${ns}`);
}

describe('chat: renderCard on the bot’s cards', function () {
  it('shows an answer card as the user reads it: title first, cause, numbered steps in order, numbered buttons last', function () {
    const { lines, actions, inputs } = renderCard(answerCard(NOT_ALLOWED));
    assert.equal(lines[0], 'This user is not allowed to enroll.');
    assert.equal(lines[1], '    Error code: 0x801c0003', 'monospace block, indented');
    const at = positions(lines, [
      'Cause',
      'The Users may join devices to Azure AD setting is set to None. This prevents new users from joining their devices to Azure AD. Therefore Intune enrollment fails.',
      'Resolution',
      '1. Sign in to the Azure portal <https://portal.azure.com/> as administrator.',
      '2. Go to Azure Active Directory > Devices > Device Settings.',
      '3. Set Users may join devices to Azure AD to All.',
      '4. Enroll the device again.',
      `Source: Troubleshoot Windows device enrollment problems in Microsoft Intune <${URL_NOT_ALLOWED}> · updated 2019-07-29`,
      `[1] Helpful  [2] Not helpful  [3] Open the article <${URL_NOT_ALLOWED}>`,
    ]);
    assertIncreasing(at);
    assert.equal(at[at.length - 1], lines.length - 1, 'the buttons are the last line');
    assert.equal(lines[at[at.length - 1]! - 1], '', 'a blank line before the buttons');
    assert.ok(!lines.some((l) => l.includes('**') || l.includes('\x1b')), 'no markdown marks, no ANSI when off');
    assert.deepEqual(inputs, []);
    assert.deepEqual(
      actions.map((a) => [a.type, a.title]),
      [
        ['Action.Execute', 'Helpful'],
        ['Action.Execute', 'Not helpful'],
        ['Action.OpenUrl', 'Open the article'],
      ],
    );
    const helpful = actions[0] as Extract<ChatAction, { type: 'Action.Execute' }>;
    assert.equal(helpful.verb, 'feedback');
    assert.deepEqual(helpful.data, { answerId: 'answer-1', entryId: NOT_ALLOWED, locale: 'en-us', helpful: true });
    assert.equal((actions[2] as Extract<ChatAction, { type: 'Action.OpenUrl' }>).url, URL_NOT_ALLOWED);
  });

  it('keeps every step of a multi-resolution card under its heading, notes and code indented under their step', function () {
    const { lines } = renderCard(answerCard('troubleshoot-windows-enrollment-errors/auto-mdm-enroll-failed'));
    assert.equal(lines[0], 'Auto MDM Enroll: Failed');
    const at = positions(lines, [
      'If the UPN contains an unverified or non-routable domain, follow these steps:',
      /^1\. On the server that Active Directory Domain Services/,
      /^ {3}- If there's only one affected user/,
      /^3\. Wait for the next synchronization/,
      '       Import-Module ADSync',
      '       Start-ADSyncSyncCycle -PolicyType Delta',
      'If MDM user scope is set to None, follow these steps:',
      '1. Sign in to the Azure portal <https://portal.azure.com/>, and then select Azure Active Directory.',
      '4. Set MAM User scope to None.',
    ]);
    assertIncreasing(at);
  });

  it('shows the same card in French with French buttons', function () {
    const { lines, actions } = renderCard(answerCard('troubleshoot-windows-enrollment-errors/your-organization-does-not-support-this-version-of-windows', 'fr-fr'));
    assert.equal(lines[0], 'Votre organisation ne prend pas en charge cette version de Windows.');
    const steps = lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.slice(0, 3));
    assert.deepEqual(steps, ['1. ', '2. ', '3. ']);
    assert.match(lines[lines.length - 1]!, /^\[1\] Utile {2}\[2\] Pas utile {2}\[3\] Ouvrir l’article <https:\/\/learn\.microsoft\.com\/fr-fr\//);
    assert.deepEqual(actions.map((a) => a.title), ['Utile', 'Pas utile', 'Ouvrir l’article']);
  });

  it('numbers the choices of a choice card once: a tappable container and its identical button share a number', function () {
    const reply = realKnowledge().troubleshooter.reply('0x801c0003', 'en-us', 'answer-2');
    const { lines, actions } = renderCard(reply.card);
    const s = stringsFor('en-us');
    assert.equal(lines[0], s.askTitle);
    assert.equal(lines[1], s.askBody);
    const numbered = lines.filter((l) => /^\[\d+\] /.test(l));
    assert.deepEqual(
      numbered.slice(0, 2).map((l) => l.replace(/^\[(\d)\] .*/, '$1')),
      ['1', '2'],
    );
    assert.deepEqual(numbered.slice(0, 2).map((l) => l.slice(4)).sort(), ['This user is not allowed to enroll.', 'This user is not authorized to enroll.']);
    const choose = actions.filter((a): a is Extract<ChatAction, { type: 'Action.Execute' }> => a.type === 'Action.Execute' && a.verb === 'choose');
    assert.equal(choose.length, 2, 'each choice once');
    for (const [i, c] of choose.entries()) {
      assert.equal(numbered[i]!.slice(4), c.title, 'the number in front of a choice is its action');
      assert.match((c.data as { entryId: string }).entryId, /this-user-is-not-(allowed|authorized)-to-enroll$/);
    }
    // The detail line sits under its choice, aligned with the title.
    const first = lines.indexOf(numbered[0]!);
    assert.match(lines[first + 1]!, /^ {4}\S/);
    // Whatever else the card offers (e.g. "None of these") is numbered after the choices.
    const rest = actions.slice(2);
    assert.deepEqual(rest.map((a) => a.title), [stringsFor('en-us').noneOfThese]);
    rest.forEach((a, i) => assert.ok(lines.some((l) => l.includes(`[${i + 3}] ${a.title}`)), `[${i + 3}] ${a.title} shown`));
  });

  it('lists the comment box after "not helpful": Send gathers the comment input; the other buttons are gone', function () {
    const s = stringsFor('en-us');
    const { lines, actions, inputs } = renderCard(answerCard(NOT_ALLOWED, 'en-us', { commentPrompt: s.commentPrompt }));
    const at = positions(lines, [`✎ ${s.commentPrompt}`, `[1] ${s.send}`, /^Source: /, `[2] ${s.openDoc} <${URL_NOT_ALLOWED}>`]);
    assertIncreasing(at);
    assert.ok(!lines.some((l) => l.includes(s.helpful)));
    assert.deepEqual(inputs.map((i) => [i.id, i.type, i.label, i.multiline]), [['comment', 'Input.Text', s.commentPrompt, true]]);
    const send = actions[0] as Extract<ChatAction, { type: 'Action.Execute' }>;
    assert.equal(send.verb, 'feedbackComment');
    assert.deepEqual(send.inputs.map((i) => i.id), ['comment'], 'Send gathers the comment, as in Teams');
    assert.deepEqual(send.data, { answerId: 'answer-1', entryId: NOT_ALLOWED, locale: 'en-us' });
  });

  it('shows the thanks and only the article button after feedback', function () {
    const s = stringsFor('en-us');
    const { lines, actions } = renderCard(answerCard(NOT_ALLOWED, 'en-us', { feedback: s.thanks }));
    assert.ok(lines.some((l) => l.endsWith(s.thanks)), 'the thanks');
    assert.equal(lines[lines.length - 1], `[1] ${s.openDoc} <${URL_NOT_ALLOWED}>`);
    assert.deepEqual(actions.map((a) => a.type), ['Action.OpenUrl']);
  });

  it('puts the title and bold runs in ANSI bold when asked, and nothing else changes', function () {
    const plain = renderCard(answerCard(NOT_ALLOWED));
    const ansi = renderCard(answerCard(NOT_ALLOWED), { ansi: true });
    assert.equal(ansi.lines[0], '\x1b[1mThis user is not allowed to enroll.\x1b[0m');
    assert.ok(ansi.lines.some((l) => l.includes('\x1b[1mAzure Active Directory\x1b[22m')), 'markdown bold');
    assert.deepEqual(ansi.lines.map(stripAnsi), plain.lines);
  });

  it('indents and wraps for a narrow terminal, continuation lines aligned with the text', function () {
    const { lines } = renderCard(answerCard(NOT_ALLOWED), { indent: '  ', width: 50 });
    assert.ok(lines.every((l) => l === '' || l.startsWith('  ')));
    assert.ok(lines.every((l) => l.length <= 50 || !l.trim().includes(' ')), 'wrapped at 50 (a single long URL may overflow)');
    const step = lines.findIndex((l) => l.startsWith('  1. Sign in'));
    assert.match(lines[step + 1]!, /^ {5}\S/, 'a step continues under its text');
  });
});

describe('chat: renderCard elements and actions', function () {
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Escalation **E-12**', weight: 'Bolder', size: 'Large' },
      { type: 'FactSet', facts: [{ title: 'Platform', value: 'Windows' }, { title: 'Users affected', value: '3' }] },
      { type: 'TextBlock', text: 'hidden', isVisible: false, id: 'more' },
      { type: 'Input.ChoiceSet', id: 'color', label: 'Colour', choices: [{ title: 'Red', value: 'r' }, { title: 'Blue', value: 'b' }] },
      { type: 'Input.Text', id: 'note', placeholder: 'A note', isRequired: true },
      { type: 'Input.Toggle', id: 'urgent', title: 'Urgent', valueOn: 'yes', valueOff: 'no' },
      { type: 'Image', url: 'https://example.org/x.png', altText: 'screenshot', selectAction: { type: 'Action.OpenUrl', url: 'https://example.org/x.png' } },
      { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'More', targetElements: ['more'] }] },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Submit', data: { kind: 'form' } },
      { type: 'Action.Execute', title: 'Claim', verb: 'claim', data: { escalationId: 'E-12' }, associatedInputs: 'none' },
      { type: 'Action.ShowCard', title: 'Comment', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'c', label: 'Comment' }], actions: [{ type: 'Action.Submit', title: 'OK' }] } },
      { type: 'Action.Execute', title: 'Off', verb: 'x', isEnabled: false },
    ],
  };

  it('renders facts, inputs, images and every kind of action with its number', function () {
    const { lines, actions, inputs } = renderCard(card);
    assert.deepEqual(lines, [
      'Escalation E-12',
      'Platform:       Windows',
      'Users affected: 3',
      '✎ Colour: Red / Blue',
      '✎ A note *',
      '✎ Urgent [ ]',
      '[1] [image: screenshot]',
      '[2] More',
      '',
      '[3] Submit  [4] Claim  [5] Comment  (Off, disabled)',
    ]);
    assert.deepEqual(actions.map((a) => a.type), ['Action.OpenUrl', 'Action.ToggleVisibility', 'Action.Submit', 'Action.Execute', 'Action.ShowCard']);
    assert.deepEqual(inputs.map((i) => [i.id, i.value, i.required]), [['color', '', false], ['note', '', true], ['urgent', 'no', false]]);
    const submit = actions[2] as Extract<ChatAction, { type: 'Action.Submit' }>;
    assert.deepEqual(submit.inputs.map((i) => i.id), ['color', 'note', 'urgent'], 'Submit gathers every input of the card');
    assert.deepEqual((actions[3] as Extract<ChatAction, { type: 'Action.Execute' }>).inputs, [], 'associatedInputs: none');
    const shown = renderCard((actions[4] as Extract<ChatAction, { type: 'Action.ShowCard' }>).card, { firstNumber: 6, parentInputs: inputs });
    assert.deepEqual(shown.lines, ['✎ Comment', '', '[6] OK']);
    assert.deepEqual((shown.actions[0] as Extract<ChatAction, { type: 'Action.Submit' }>).inputs.map((i) => i.id), ['c', 'color', 'note', 'urgent']);
  });

  it('toggles visibility without changing the card it was given', function () {
    const toggled = toggleVisibility(card, [{ elementId: 'more' }]);
    assert.ok(renderCard(toggled).lines.includes('hidden'));
    assert.ok(!renderCard(card).lines.includes('hidden'));
  });

  it('renders markdown links as label <url>, and wraps after list markers', function () {
    assert.equal(inlineMarkdown('See [the docs](https://a.example/x_(y)) and [https://b.example](https://b.example).'), 'See the docs <https://a.example/x_(y)> and <https://b.example>.');
    assert.equal(inlineMarkdown('**bold** and ** not bold'), 'bold and ** not bold');
    assert.equal(inlineMarkdown('1\\. \\*\\*not bold\\*\\* C:\\Users'), '1. **not bold** C:\\Users', 'backslash escapes');
    assert.deepEqual(wrapLine('[12] one two three four five', 16), ['[12] one two', '     three four', '     five']);
  });

  it('renders nothing for something that is not a card', function () {
    assert.deepEqual(renderCard(undefined).lines, []);
    assert.deepEqual(renderCard('x').actions, []);
  });
});

describe('chat: renderActivity', function () {
  it('shows text, cards and suggested actions of one activity as one numbered list', function () {
    const card = renderChoiceCard(
      [
        { entryId: 'a', title: 'First', detail: 'one' },
        { entryId: 'b', title: 'Second', detail: '' },
      ],
      'en-us',
    );
    const shown = renderActivity(
      {
        type: 'message',
        text: 'Pick **one**: see [docs](https://d.example)',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        suggestedActions: { actions: [{ type: 'imBack', title: 'Cancel', value: 'cancel' }, { type: 'openUrl', title: 'Help', value: 'https://h.example' }] },
      },
      { indent: '  ' },
    )!;
    assert.equal(shown.lines[0], '  Pick one: see docs <https://d.example>');
    const n = shown.actions.length;
    assert.equal(shown.lines[shown.lines.length - 1], `  [${n - 1}] Cancel  [${n}] Help <https://h.example>`);
    assert.ok(shown.lines.includes('  [1] First') && shown.lines.includes('  [2] Second'));
    assert.deepEqual(shown.actions.slice(-2).map((a) => a.type === 'cardAction' && [a.kind, a.value]), [['imBack', 'cancel'], ['openUrl', 'https://h.example']]);
    assert.equal(shown.actionable, true);
  });

  it('hides typing, keeps plain text plain and not actionable, reads Teams HTML', function () {
    assert.equal(renderActivity({ type: 'typing' }), undefined);
    const text = renderActivity({ type: 'message', text: 'Hello<br>there &amp; <b>you</b>', textFormat: 'xml' })!;
    assert.deepEqual(text.lines, ['Hello', 'there & you']);
    assert.equal(text.actionable, false);
    const hero = renderActivity({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { title: 'T', buttons: [{ type: 'imBack', title: 'Go', value: 'go' }] } }] })!;
    assert.deepEqual(hero.lines, ['T', '', '[1] Go']);
  });
});
