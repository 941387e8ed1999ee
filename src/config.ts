/**
 * Configuration, resolved once from the environment by {@link loadConfig}. Only `src/index.ts`
 * passes `process.env`; tests pass object literals. `.env.example` lists exactly these variables.
 */
import path from 'node:path';

/** Resolved configuration. */
export interface Config {
  /** TCP port of the HTTP server. Env `PORT`. @default 3978 */
  port: number;
  /** Address to listen on. Env `HOST`. @default '0.0.0.0' */
  host: string;
  /** Bot app registration (Microsoft Entra). All empty = local, unauthenticated (for the Agents Playground and tests). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  /** `MultiTenant`, `SingleTenant` or `UserAssignedMSI`; empty when running locally. */
  microsoftAppType: string;
  microsoftAppTenantId: string;
  /** Folder of the knowledge documents. Env `KNOWLEDGE_DIR`. @default `<package>/knowledge` */
  knowledgeDir?: string;
  /** Folder where the bot writes its data. Env `DATA_DIR`. @default './data' */
  dataDir: string;
  /** Log level: `debug`, `info`, `warn`, `error`. Env `LOG_LEVEL`. @default 'info' */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const APP_TYPES = ['', 'MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/**
 * Reads and validates configuration.
 *
 * @throws ConfigError for a non-numeric or out-of-range `PORT`, an unknown `LOG_LEVEL` or
 *   `MicrosoftAppType`, or an app id without a password (except UserAssignedMSI).
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Readonly<Config> {
  const get = (k: string): string => (env[k] ?? '').trim();
  const portText = get('PORT') || '3978';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number (0-65535), got "${portText}"`);
  const logLevel = (get('LOG_LEVEL') || 'info').toLowerCase();
  if (!(LEVELS as readonly string[]).includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${logLevel}"`);
  const appType = get('MicrosoftAppType');
  if (!APP_TYPES.includes(appType)) throw new ConfigError(`MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, got "${appType}"`);
  const appId = get('MicrosoftAppId');
  const password = get('MicrosoftAppPassword');
  if (appId && !password && appType !== 'UserAssignedMSI') throw new ConfigError('MicrosoftAppId is set but MicrosoftAppPassword is empty');
  if (appType === 'SingleTenant' && !get('MicrosoftAppTenantId')) throw new ConfigError('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId');
  const knowledgeDir = get('KNOWLEDGE_DIR');
  return Object.freeze({
    port,
    host: get('HOST') || '0.0.0.0',
    microsoftAppId: appId,
    microsoftAppPassword: password,
    microsoftAppType: appType,
    microsoftAppTenantId: get('MicrosoftAppTenantId'),
    ...(knowledgeDir ? { knowledgeDir: path.resolve(knowledgeDir) } : {}),
    dataDir: path.resolve(get('DATA_DIR') || './data'),
    logLevel: logLevel as Config['logLevel'],
  });
}
