import assert from 'node:assert/strict';
import { cardTexts, assertValidCard } from '../helpers/cards';
import { realKnowledge } from '../helpers/knowledge';
import sinon from 'sinon';
import { stringsFor } from '../../src/render/cards';
import { Troubleshooter, describeWith } from '../../src/bot/troubleshooter';

describe('troubleshooter: the no-match card says what a paste seems to be about', function () {
  const { troubleshooter } = realKnowledge();

  it('names a Microsoft Entra sign-in error as such, in the reader’s language', function () {
    // No area word in it: the code alone says Entra sign-in.
    const reply = troubleshooter.reply('AADSTS50058 bij het inschrijven van de laptop', 'nl-nl');
    assert.equal(reply.classification.decision, 'none');
    assertValidCard(reply.card);
    assert.ok(
      cardTexts(reply.card).includes('Uw bericht lijkt te gaan over aanmelden bij Microsoft Entra; daar heb ik nog geen playbook voor.'),
      cardTexts(reply.card).join('\n'),
    );
  });

  it('lists the areas a paste names that no playbook names, and none otherwise', function () {
    const both = troubleshooter.reply('BitLocker recovery key is missing and the Wi-Fi profile keeps failing', 'en-us');
    assert.ok(
      cardTexts(both.card).includes('It reads like a question about endpoint security (BitLocker, Defender) and network connections (VPN, Wi-Fi), which my playbooks do not cover yet.'),
      cardTexts(both.card).join('\n'),
    );
    const plain = troubleshooter.reply('my laptop makes a strange noise when it starts', 'en-us');
    assert.ok(!cardTexts(plain.card).some((t) => t.includes('It reads like')), cardTexts(plain.card).join('\n'));
    // Outlook is a topic the retire entry names: not "a question my playbooks do not cover".
    const covered = troubleshooter.reply('Outlook crashes when I open a shared calendar', 'en-us');
    assert.equal(covered.classification.decision, 'none');
    assert.ok(!cardTexts(covered.card).some((t) => t.includes('It reads like')), cardTexts(covered.card).join('\n'));
  });
});

describe('troubleshooter: which card a paste gets', function () {
  const { troubleshooter } = realKnowledge();

  it('greeting → the empty card; uncovered device problem → no match (the bot starts the intake on it); code → answer; shared code → choice', function () {
    const greeting = troubleshooter.reply('hoi! goedemorgen allemaal', 'nl-nl');
    assert.equal(greeting.kind, 'empty');
    assert.ok(cardTexts(greeting.card).includes(stringsFor('nl-nl').emptyBody), cardTexts(greeting.card).join('\n'));
    const uncovered = troubleshooter.reply('BitLocker recovery key is missing after the Windows update', 'en-us');
    assert.equal(uncovered.kind, 'noMatch');
    const answer = troubleshooter.reply('0x80180014', 'en-us');
    assert.equal(answer.kind, 'answer');
    assert.ok(answer.entryId);
    const choice = troubleshooter.reply('0x801c0003', 'en-us');
    assert.equal(choice.kind, 'choice');
  });

  it('classifies a paste once when the intake asks whether it is new and then answers it', function () {
    const { kb, classifier, dictionary } = realKnowledge();
    const spy = sinon.spy(classifier, 'classify');
    try {
      const t = new Troubleshooter(kb, classifier, describeWith(dictionary));
      const paste = 'Enrollment fails with 0x80180014 on a new laptop';
      assert.equal(t.isDeviceProblem(paste, 'en-us'), true);
      assert.equal(t.reply(paste, 'en-us').kind, 'answer');
      assert.equal(spy.callCount, 1);
      // Another paste, or the same paste with another locale hint, is classified again.
      t.reply(paste, 'fr-fr');
      t.reply('0x801c0003', 'fr-fr');
      assert.equal(spy.callCount, 3);
    } finally {
      spy.restore();
    }
  });
});
