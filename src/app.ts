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
} from 'botbuilder';
import type restify from 'restify';
import { formatDiagnostic } from './core/diagnostics';
import type { Config } from './config';
import { loadClassifier, loadKnowledge } from './knowledge-loader';
import type { Logger } from './logger';
import { TeamsBot } from './bot/teams-bot';
import { describeWith, Troubleshooter } from './bot/troubleshooter';
import { createTurnErrorHandler } from './bot/turn-error';
import { createServer } from './server/create-server';
import { openStores } from './storage/open';
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
 * @throws Error when the knowledge base has error diagnostics (the bot refuses to start on them).
 */
export function createApp(config: Readonly<Config>, log: Logger): App {
  const kb = loadKnowledge(config.knowledgeDir);
  for (const d of kb.diagnostics) log.debug('knowledge', { diagnostic: formatDiagnostic(d) });
  const warnings = kb.diagnostics.filter((d) => d.severity === 'warning').length;
  log.info('knowledge loaded', { entries: kb.entries().length, warnings, hint: warnings ? 'troubleshooter check lists them' : undefined });
  if (kb.hasErrors()) throw new Error('the knowledge base has errors; run `troubleshooter check` for the list');
  const { classifier, codes } = loadClassifier(kb, config.knowledgeDir);
  for (const d of codes.diagnostics) log.debug('code reference', { diagnostic: formatDiagnostic(d) });
  const troubleshooter = new Troubleshooter(kb, classifier, describeWith(codes.dictionary));
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(log);
  const stores = openStores(config);
  const bot = new TeamsBot({
    troubleshooter,
    feedback: stores.feedback,
    helpdesk: new Helpdesk(stores.helpdesk, config.microsoftAppId, log),
    conversationState: new ConversationState(stores.state),
    userState: new UserState(stores.state),
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
      await stores.close();
    },
  };
}
