/**
 * Opens the stores of the backend `config.storage` names: the SQLite file in `config.dataDir` (the
 * embedded default) or Azure Storage (tables for feedback and the helpdesk, blobs for bot state).
 */
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { AzureFeedbackStore } from './azure';
import { AzureHelpdeskStore } from './azure-helpdesk';
import { createAzureStateStorage } from './azure-state';
import { SqliteFeedbackStore } from './sqlite';
import { SqliteHelpdeskStore, SqliteStateStorage } from './sqlite-helpdesk';
import type { FeedbackStore, HelpdeskStore } from './types';

/** The app's stores, and how to close them all. */
export interface Stores {
  feedback: FeedbackStore;
  helpdesk: HelpdeskStore;
  /** Bot state (open dialogs, language choice), for botbuilder's `ConversationState` / `UserState`. */
  state: Storage;
  close(): Promise<void>;
}

/**
 * Opens the stores `config` asks for.
 *
 * @throws Error when an Azure table prefix or container name is invalid, or the SQLite file cannot be opened.
 */
export function openStores(config: Readonly<Config>): Stores {
  if (config.storage === 'azure') {
    const cs = config.azureStorageConnectionString;
    const feedback = new AzureFeedbackStore(cs, { tablePrefix: config.azureTablePrefix });
    const helpdesk = new AzureHelpdeskStore(cs, { tablePrefix: config.azureTablePrefix });
    return { feedback, helpdesk, state: createAzureStateStorage(cs, config.azureStateContainer), close: async () => void (await Promise.all([feedback.close(), helpdesk.close()])) };
  }
  const feedback = new SqliteFeedbackStore(config.dataDir);
  const helpdesk = new SqliteHelpdeskStore(config.dataDir);
  const state = new SqliteStateStorage(config.dataDir);
  return {
    feedback,
    helpdesk,
    state,
    close: async () => {
      await feedback.close();
      await helpdesk.close();
      state.close();
    },
  };
}
