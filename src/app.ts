/**
 * Builds the running application from a configuration, in order: knowledge base, classifier,
 * troubleshooter, adapter, bot, server. `src/index.ts` calls it with `loadConfig(process.env)`;
 * tests call it with an object literal.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
} from 'botbuilder';
import type restify from 'restify';
import { Classifier } from './core/classifier';
import { formatDiagnostic } from './core/diagnostics';
import type { Config } from './config';
import { loadClassifierOptions, loadCodeDictionary, loadKnowledge } from './knowledge-loader';
import type { Logger } from './logger';
import { TeamsBot } from './bot/teams-bot';
import { describeWith, Troubleshooter } from './bot/troubleshooter';
import { createTurnErrorHandler } from './bot/turn-error';
import { createServer } from './server/create-server';
import { SqliteFeedbackStore } from './storage/sqlite';
import { AzureFeedbackStore } from './storage/azure';
import { AzureHelpdeskStore } from './storage/azure-helpdesk';
import { createAzureStateStorage } from './storage/azure-state';
import type { FeedbackStore, HelpdeskStore } from './storage/types';
import { SqliteHelpdeskStore, SqliteStateStorage } from './storage/sqlite-helpdesk';
import { Helpdesk } from './bot/helpdesk';

/** The assembled application. */
export interface App {
  server: restify.Server;
  troubleshooter: Troubleshooter;
  /** Starts listening; resolves with the bound port. */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Assembles the application.
 *
 * @param deps - stores to use instead of the SQLite file (tests).
 * @throws Error when the knowledge base has error diagnostics (the bot refuses to start on them).
 */
/** Stores the app uses; each defaults to the backend `config.storage` names (SQLite file in `config.dataDir`, or Azure Storage). */
export interface AppStores {
  feedback?: FeedbackStore;
  helpdesk?: HelpdeskStore;
  /** Bot state (open dialogs, language choice). */
  state?: Storage;
}

export function createApp(config: Readonly<Config>, log: Logger, deps: AppStores = {}): App {
  const kb = loadKnowledge(config.knowledgeDir);
  for (const d of kb.diagnostics) log.debug('knowledge', { diagnostic: formatDiagnostic(d) });
  const warnings = kb.diagnostics.filter((d) => d.severity === 'warning').length;
  log.info('knowledge loaded', { entries: kb.entries().length, warnings, hint: warnings ? 'troubleshooter check lists them' : undefined });
  if (kb.hasErrors()) throw new Error('the knowledge base has errors; run `troubleshooter check` for the list');
  const codes = loadCodeDictionary(config.knowledgeDir);
  for (const d of codes.diagnostics) log.debug('code reference', { diagnostic: formatDiagnostic(d) });
  const troubleshooter = new Troubleshooter(kb, new Classifier(kb, { ...loadClassifierOptions(config.knowledgeDir), dictionary: codes.dictionary }), describeWith(codes.dictionary));
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(log);
  const azure = config.storage === 'azure';
  const feedback =
    deps.feedback ??
    (azure ? new AzureFeedbackStore(config.azureStorageConnectionString, { tablePrefix: config.azureTablePrefix }) : new SqliteFeedbackStore(config.dataDir));
  const helpdeskStore =
    deps.helpdesk ??
    (azure ? new AzureHelpdeskStore(config.azureStorageConnectionString, { tablePrefix: config.azureTablePrefix }) : new SqliteHelpdeskStore(config.dataDir));
  const state = deps.state ?? (azure ? createAzureStateStorage(config.azureStorageConnectionString, config.azureStateContainer) : new SqliteStateStorage(config.dataDir));
  const bot = new TeamsBot({
    troubleshooter,
    feedback,
    helpdesk: new Helpdesk(helpdeskStore, config.microsoftAppId, log),
    conversationState: new ConversationState(state),
    userState: new UserState(state),
    log,
  });
  const server = createServer({ adapter, bot, log, health: () => ({ entries: kb.entries().length }) });
  return {
    server,
    troubleshooter,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve(server.address().port));
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await feedback.close();
      await helpdeskStore.close();
      (state as { close?: () => void }).close?.();
    },
  };
}
