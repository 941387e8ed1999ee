/**
 * Every card the bot can send parses with the official adaptivecards SDK without errors and holds
 * no unexpanded template expression: the answer card of every entry in every locale (and with the
 * feedback acknowledgement), the choice card, the no-match card, the message card.
 */
import assert from 'node:assert/strict';
import { LOCALES } from '../../src/core/locale';
import { renderChoiceCard, renderMessageCard, renderNoMatchCard } from '../../src/render/cards';
import { AREAS } from '../../src/core/classifier/areas';
import { STRINGS } from '../../src/bot/strings';
import { MAX_FEEDBACK_COMMENT } from '../../src/storage/types';
import { assertValidCard, cardActions, cardTexts } from '../helpers/cards';
import { realKnowledge } from '../helpers/knowledge';

describe('cards', function () {
  const { kb, troubleshooter } = realKnowledge();

  it('renders a valid answer card for every entry in every locale', function () {
    let n = 0;
    for (const e of kb.entries()) {
      for (const locale of LOCALES) {
        const card = troubleshooter.answerCard(e.id, locale, locale)!;
        assertValidCard(card);
        // Cards double single line breaks (TextBlock markdown would join the lines): compare lines.
        const texts = cardTexts(card).map((t) => t.replace(/\n\n/g, '\n'));
        const r = e.renditions[locale]!;
        assert.equal(texts[0], r.title, `${e.id} ${locale}`);
        for (const c of r.causes) assert.ok(texts.some((t) => t.includes(c)), `${e.id} ${locale}: cause missing`);
        const stepCount = r.resolutions.reduce((k, res) => k + res.steps.length, 0);
        const shown = r.resolutions.flatMap((res) => res.steps).filter((s) => texts.includes(s.text.length > 2000 ? s.text.slice(0, 1999) + '…' : s.text));
        assert.equal(shown.length, stepCount, `${e.id} ${locale}: every step shown`);
        assert.deepEqual(cardActions(card).map((a) => a.verb ?? a.type), ['feedback', 'feedback', 'Action.OpenUrl']);
        assert.ok(JSON.stringify(card).length < 28_000, `${e.id} ${locale}: card under the Teams message size limit`);
        n++;
      }
    }
    assert.equal(n, 123);
  });

  it('labels the card in the reader\'s language and says when the entry is shown in another', function () {
    const card = troubleshooter.answerCard('troubleshoot-device-actions/how-do-i-tell-who-started-a-retirewipe', 'fr-fr', 'fr-fr')!;
    assert.deepEqual(cardActions(card).map((a) => a.title), ['Utile', 'Pas utile', 'Ouvrir l’article']);
    const e = kb.get('troubleshoot-device-actions/how-do-i-tell-who-started-a-retirewipe')!;
    const onlyEnglish = { ...e, renditions: { 'en-us': e.renditions['en-us'] } };
    const { renderAnswerCard } = require('../../src/render/cards') as typeof import('../../src/render/cards');
    const fallback = renderAnswerCard({ entry: onlyEnglish, rendition: e.renditions['en-us']!, fallback: true }, 'nl-nl', 'Troubleshoot device actions');
    assertValidCard(fallback);
    assert.ok(cardTexts(fallback).includes('Dit playbook bestaat niet in het Nederlands; het wordt getoond in het Engels.'));
  });

  it('keeps the lines of a code block, one monospace line each, in a box', function () {
    const card = troubleshooter.answerCard('troubleshoot-windows-enrollment-errors/auto-mdm-enroll-failed', 'en-us', 'en-us')!;
    const box = JSON.stringify(card).match(/\{"type":"Container","style":"emphasis"[^\]]*\]/)![0];
    assert.deepEqual(cardTexts(JSON.parse(box + '}')), ['Import-Module ADSync', 'Start-ADSyncSyncCycle -PolicyType Delta']);
    const steps = cardTexts(card).filter((t) => /^\d+\\\.$/.test(t));
    assert.deepEqual(steps.slice(0, 3), ['1\\.', '2\\.', '3\\.'], 'step numbers escaped so they do not start a markdown list');
    assert.ok(cardTexts(card).includes('One of the following conditions is true:'), 'the cause intro is shown with the causes');
  });

  it('shows the feedback acknowledgement instead of the feedback buttons', function () {
    const card = troubleshooter.answerCard('you-see-errors-while-trying-to-enroll-your-device-in-intune-ios/devicecapreached', 'en-us', 'en-us', { feedback: 'Thanks ${x}' })!;
    assertValidCard(card, ['Thanks ${x}']);
    assert.ok(cardTexts(card).includes('✓ Thanks ${x}'));
    assert.deepEqual(cardActions(card).map((a) => a.type), ['Action.OpenUrl']);
  });

  it('limits the feedback comment box to what the bot stores', function () {
    const card = troubleshooter.answerCard('you-see-errors-while-trying-to-enroll-your-device-in-intune-ios/devicecapreached', 'en-us', 'en-us', { commentPrompt: 'Why not?' })!;
    assertValidCard(card);
    const box = JSON.stringify(card).match(/"type":"Input\.Text","id":"comment"[^}]*"maxLength":(\d+)/);
    assert.ok(box, 'a comment box');
    assert.equal(Number(box[1]), MAX_FEEDBACK_COMMENT);
  });

  it('names every area of the classifier in every locale', function () {
    for (const [locale, strings] of Object.entries(STRINGS)) {
      const names = strings.areas;
      assert.deepEqual(Object.keys(names).sort(), Object.keys(AREAS).sort(), locale);
      for (const [k, v] of Object.entries(names)) assert.ok(v.trim(), `${locale} ${k}`);
    }
  });

  it('renders valid choice, no-match and message cards, user text shown literally', function () {
    const choice = renderChoiceCard([{ entryId: 'a/b', title: 'T ${oops}', detail: 'd' }, { entryId: 'a/c', title: 'U', detail: '' }], 'nl-nl');
    assertValidCard(choice, ['T ${oops}']);
    assert.deepEqual(cardActions(choice).map((a) => a.verb), ['choose', 'choose', 'noneOfThese']);
    assert.deepEqual(cardActions(choice).slice(0, 2).map((a) => a.data.entryId), ['a/b', 'a/c']);
    assert.equal(cardActions(choice)[2]!.title, 'Geen van deze');
    const same = renderChoiceCard([{ entryId: 'a/b', title: 'Pas autorisée.', detail: 'Trop d’appareils' }, { entryId: 'a/c', title: 'Pas autorisée.', detail: 'Jonction interdite' }], 'fr-fr');
    assert.deepEqual(cardActions(same).slice(0, 2).map((a) => a.title), ['Pas autorisée. — Trop d’appareils', 'Pas autorisée. — Jonction interdite']);
    const none = renderNoMatchCard('fr-fr', [{ code: '0x80180018', name: 'MENROLL_E_X', description: 'desc' }], ['Quel est le message d’erreur exact ?']);
    assertValidCard(none);
    assert.ok(cardTexts(none).includes('0x80180018 est MENROLL_E_X : desc'));
    assert.ok(!cardTexts(none).some((t) => t.includes('semble porter')), 'no area line without areas');
    const about = renderNoMatchCard('fr-fr', [], [], ['security', 'office', 'nonexistent']);
    assertValidCard(about);
    assert.ok(
      cardTexts(about).includes('Votre message semble porter sur la sécurité des points de terminaison (BitLocker, Defender) et les applications Microsoft 365 (Outlook, Teams, Edge…), que mes procédures ne couvrent pas encore.'),
      cardTexts(about).join('\n'),
    );
    const msg = renderMessageCard('Title', ['line ${1}']);
    assertValidCard(msg, ['line ${1}']);
  });
});
