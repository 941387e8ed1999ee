/**
 * Entry point: reads `.env` when present, resolves configuration, starts the bot.
 */
import fs from 'node:fs';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';

if (fs.existsSync('.env')) process.loadEnvFile('.env');

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const app = createApp(config, log);
  const port = await app.listen();
  log.info('listening', { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/api/messages`, auth: config.microsoftAppId ? 'on' : 'off (local)' });
  const stop = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`troubleshooter: ${(err as Error).message}\n`);
  process.exit(1);
});
