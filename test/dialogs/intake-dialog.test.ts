/**
 * The intake dialog alone, with botbuilder-testing's DialogTestClient: the card of every question,
 * in French, and the result it ends with.
 */
import assert from 'node:assert/strict';
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { IntakeDialog, type IntakeResult } from '../../dialogs/intake-dialog';
import { assertValidCard, cardActions, cardTexts } from '../helpers/cards';

describe('IntakeDialog (DialogTestClient)', function () {
  const card = (activity: any): any => {
    const c = activity?.attachments?.[0]?.content;
    assertValidCard(c);
    return c;
  };

  it('asks the six questions one per turn in French, re-asks a bad answer, ends with the answers', async function () {
    const client = new DialogTestClient('msteams', new IntakeDialog(), { paste: 'inscription bloquée', locale: 'fr-fr', matches: [] });
    let c = card(await client.sendActivity('début'));
    assert.deepEqual(cardTexts(c), [
      'Rassemblons ce dont le support a besoin. Vous pouvez taper annuler à tout moment.',
      'Quelle plateforme rencontre le problème ?',
      '1/6',
    ]);
    assert.deepEqual(cardActions(c).map((a) => a.title), ['Windows', 'iOS/iPadOS', 'Android', 'macOS']);

    c = card(await client.sendActivity('Linux'));
    assert.equal(cardTexts(c)[0], 'Choisissez l’une des options.');
    c = card(await client.sendActivity('android'));
    assert.equal(cardTexts(c)[0], 'Comment l’appareil est-il inscrit ?');
    assert.equal(cardActions(c).length, 5);
    c = card(await client.sendActivity('Windows Autopilot'));
    assert.deepEqual(cardTexts(c), ['Quel est le message d’erreur exact, et où s’affiche-t-il ?', '3/6']);
    c = card(await client.sendActivity('aucun message'));
    assert.equal(cardTexts(c)[0], 'Combien d’utilisateurs sont affectés ? (un nombre)');
    const retry = await client.sendActivity('beaucoup');
    assert.equal(retry.text, 'Répondez par un nombre, par exemple 3.');
    c = card(await client.sendActivity('12'));
    assert.equal(cardTexts(c)[0], 'Combien d’appareils sont affectés ? (un nombre)');
    c = card(await client.sendActivity('40'));
    assert.equal(cardTexts(c)[0], 'Quand le problème a-t-il commencé ? L’inscription a-t-elle déjà fonctionné ?');
    await client.sendActivity('depuis lundi');

    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.complete);
    const result = client.dialogTurnResult.result as IntakeResult;
    assert.equal(result.paste, 'inscription bloquée');
    assert.deepEqual(result.answers.map((a) => a.answer), ['Android', 'Windows Autopilot', 'aucun message', '12', '40', 'depuis lundi']);
    assert.equal(result.answers[0]!.question, 'Quelle plateforme rencontre le problème ?');
  });
});
