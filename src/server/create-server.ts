/**
 * The HTTP server: `POST /api/messages` (Bot Framework activities through CloudAdapter) and
 * `GET /healthz`.
 */
import restify from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from '../logger';

/** Largest request body accepted, in bytes. Teams messages are at most about 28 KB; this leaves room for Direct Line clients. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What the server serves. */
export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  log: Logger;
  /** Facts for `/healthz`: e.g. the number of entries loaded. */
  health: () => Record<string, unknown>;
}

/** Creates (does not start) the restify server. */
export function createServer({ adapter, bot, log, health }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'teams-troubleshooter', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', ...health() });
    next();
  });
  server.post('/api/messages', async (req, res) => {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body) || typeof req.body.type !== 'string') {
      res.send(400, { error: 'the body must be a Bot Framework activity (a JSON object with a "type")' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      log.error('request failed', { err, activityId: req.body?.id });
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
  server.on('restifyError', (req, _res, err, cb) => {
    log.warn('http error', { url: req.url, status: (err as { statusCode?: number }).statusCode, message: (err as Error).message });
    return cb();
  });
  return server;
}
