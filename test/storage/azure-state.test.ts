/**
 * Bot state on Azure Blob storage (`createAzureStateStorage`), against an in-process Azurite Blob
 * service: what a ConversationState save does, including the eTag check between two instances.
 */
import assert from 'node:assert/strict';
import { createAzureStateStorage } from '../../src/storage/azure-state';
import { startAzurite, type Azurite } from '../helpers/azurite';

describe('createAzureStateStorage (Azurite Blob)', function () {
  let azurite: Azurite;
  before(async () => {
    azurite = await startAzurite({ blob: true });
  });
  after(async () => azurite?.stop());

  it('round-trips dialog state and refuses a write with a stale eTag', async function () {
    const storage = createAzureStateStorage(azurite.connectionString, 'botstate');
    // A Teams conversation id, as ConversationState builds its key.
    const key = 'msteams/conversations/a:1xYz;messageid=1700000000000/';
    await storage.write({ [key]: { dialogState: { dialogStack: [{ id: 'clarify', state: { step: 1 } }] } } });

    const first = (await storage.read([key]))[key];
    assert.deepEqual(first?.dialogState, { dialogStack: [{ id: 'clarify', state: { step: 1 } }] });
    assert.equal(typeof first?.eTag, 'string');

    // Another bot instance reads the same state through its own client.
    const other = createAzureStateStorage(azurite.connectionString, 'botstate');
    await other.write({ [key]: { ...first, dialogState: { dialogStack: [] } } });
    const second = (await storage.read([key]))[key];
    assert.deepEqual(second?.dialogState, { dialogStack: [] });
    assert.notEqual(second?.eTag, first?.eTag);

    await assert.rejects(storage.write({ [key]: { ...first, dialogState: { lost: true } } }), /eTag conflict/);
    assert.deepEqual((await other.read([key]))[key]?.dialogState, { dialogStack: [] });

    await storage.delete([key]);
    assert.deepEqual(await storage.read([key]), {});
  });

  it('refuses a container name Azure would reject', function () {
    assert.throws(() => createAzureStateStorage(azurite.connectionString, 'ab'), /container name "ab" is invalid/);
    assert.throws(() => createAzureStateStorage(azurite.connectionString, 'Bot_State'), /invalid/);
  });
});
