/**
 * The intake dialog alone, with botbuilder-testing's DialogTestClient: the card of every question,
 * in French, and the result it ends with.
 */
import assert from 'node:assert/strict';
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { IntakeDialog, type IntakeResult } from '../../dialogs/intake-dialog';
import { assertValidCard, cardActions, cardTexts } from '../helpers/cards';

const card = (activity: any): any => {
  const c = activity?.attachments?.[0]?.content;
  assertValidCard(c);
  return c;
};

describe('IntakeDialog (DialogTestClient)', function () {
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

describe('IntakeDialog: a new paste instead of an answer', function () {
  // "Bulk enrollment" names an entry too: as one of the options it is still an answer.
  const isNewPaste = (context: { activity: { text?: string } }) => /0x8018|bulk enrollment/i.test(context.activity.text ?? '');

  it('ends without answers when a choice question gets a paste that is not one of its options', async function () {
    const client = new DialogTestClient('msteams', new IntakeDialog(isNewPaste), { paste: 'stuck', locale: 'en-us', matches: [] });
    await client.sendActivity('start');
    const reply = await client.sendActivity('Error 0x8018000a when enrolling');
    assert.equal(reply, undefined, 'no "pick one of the options" retry');
    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.complete);
    assert.deepEqual(client.dialogTurnResult.result, { newPaste: true });
  });

  it('ends the same way at a number question, and still takes options and numbers as answers', async function () {
    const client = new DialogTestClient('msteams', new IntakeDialog(isNewPaste), { paste: 'stuck', locale: 'en-us', matches: [] });
    await client.sendActivity('start');
    await client.sendActivity('Windows');
    let c = card(await client.sendActivity('Bulk enrollment (provisioning package)'));
    assert.deepEqual(cardTexts(c), ['What is the exact error message, and where do you see it?', '3/6']);
    c = card(await client.sendActivity('the exact message is 0x80180014')); // a text question takes any text
    assert.equal(cardTexts(c)[0], 'How many users are affected? (a number)');
    await client.sendActivity('0x80180014');
    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.complete);
    assert.deepEqual(client.dialogTurnResult.result, { newPaste: true });
  });
});
