import assert from 'node:assert/strict';
import { cardTexts, assertValidCard } from '../helpers/cards';
import { realKnowledge } from '../helpers/knowledge';

describe('troubleshooter: the no-match card says what a paste seems to be about', function () {
  const { troubleshooter } = realKnowledge();

  it('names a Microsoft Entra sign-in error as such, in the reader’s language', function () {
    const reply = troubleshooter.reply('AADSTS50126: Error validating credentials due to invalid username or password.', 'nl-nl');
    assert.equal(reply.classification.decision, 'none');
    assertValidCard(reply.card);
    assert.ok(
      cardTexts(reply.card).includes('Uw bericht lijkt te gaan over aanmelden bij Microsoft Entra; daar heb ik nog geen draaiboek voor.'),
      cardTexts(reply.card).join('\n'),
    );
  });

  it('lists every area a paste names, and none for a paste that names none', function () {
    const both = troubleshooter.reply('BitLocker recovery key is missing and Outlook keeps asking for the password', 'en-us');
    assert.ok(
      cardTexts(both.card).includes('It reads like a question about endpoint security (BitLocker, Defender), Microsoft 365 apps (Outlook, Teams, Edge…), and sign-in to Microsoft Entra, which my playbooks do not cover yet.'),
      cardTexts(both.card).join('\n'),
    );
    const plain = troubleshooter.reply('my laptop makes a strange noise when it starts', 'en-us');
    assert.ok(!cardTexts(plain.card).some((t) => t.includes('It reads like')), cardTexts(plain.card).join('\n'));
  });
});
