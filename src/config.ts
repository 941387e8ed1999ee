/**
 * Configuration, resolved once from the environment by {@link loadConfig}. The bot
 * (`src/index.ts`, which also reads `.env`) passes `process.env`. The CLI and the terminal chat
 * read only `DATA_DIR` and `KNOWLEDGE_DIR` ({@link dataDirOf}, {@link knowledgeDirOf}) from their
 * own environment, without `.env`. Tests pass object literals. `.env.example` lists exactly these
 * variables.
 */
import path from 'node:path';
import { MAX_TABLE_PREFIX } from './storage/azure-names';

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
  /**
   * Backend for answers, feedback and bot state: `sqlite` (one file in dataDir) or `azure` (Table
   * and Blob storage shared by several instances). Env `STORAGE`. @default 'sqlite'
   */
  storage: 'sqlite' | 'azure';
  /** Azure Storage connection string; required when storage is `azure`. Secret: never logged. Env `AZURE_STORAGE_CONNECTION_STRING`. */
  azureStorageConnectionString: string;
  /**
   * Prefix of the tables `<prefix>Answers`, `<prefix>Feedback`, `<prefix>HelpdeskChannels` and
   * `<prefix>Escalations`; at most {@link MAX_TABLE_PREFIX} (47) characters. Env `AZURE_TABLE_PREFIX`. @default 'troubleshooter'
   */
  azureTablePrefix: string;
  /** Blob container for bot state. Env `AZURE_STATE_CONTAINER`. @default 'botstate' */
  azureStateContainer: string;
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The folder the bot writes its data to: env `DATA_DIR`, else `./data`, resolved against the
 * working directory. Read alone by the CLI and the terminal chat, which need no other setting.
 */
export function dataDirOf(env: Readonly<Record<string, string | undefined>>): string {
  return path.resolve((env['DATA_DIR'] ?? '').trim() || './data');
}

/**
 * The knowledge folder env `KNOWLEDGE_DIR` names, resolved against the working directory; undefined
 * when unset or blank (the bundled `knowledge/` is used). Read alone by the CLI and the chat too.
 */
export function knowledgeDirOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const dir = (env['KNOWLEDGE_DIR'] ?? '').trim();
  return dir ? path.resolve(dir) : undefined;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const APP_TYPES = ['', 'MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/**
 * Reads and validates configuration.
 *
 * @throws ConfigError for a non-numeric or out-of-range `PORT`, an unknown `LOG_LEVEL`,
 *   `MicrosoftAppType` or `STORAGE`, an app id without a password (except UserAssignedMSI),
 *   `STORAGE=azure` without a connection string, or an invalid table prefix or container name.
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
  const knowledgeDir = knowledgeDirOf(env);
  const storage = (get('STORAGE') || 'sqlite').toLowerCase();
  if (storage !== 'sqlite' && storage !== 'azure') throw new ConfigError(`STORAGE must be sqlite or azure, got "${storage}"`);
  const azureConnection = get('AZURE_STORAGE_CONNECTION_STRING');
  if (storage === 'azure' && !azureConnection) throw new ConfigError('STORAGE=azure needs AZURE_STORAGE_CONNECTION_STRING');
  const tablePrefix = get('AZURE_TABLE_PREFIX') || 'troubleshooter';
  if (tablePrefix.length > MAX_TABLE_PREFIX || !/^[A-Za-z][A-Za-z0-9]*$/.test(tablePrefix)) {
    throw new ConfigError(`AZURE_TABLE_PREFIX must be letters and digits starting with a letter (at most ${MAX_TABLE_PREFIX}, so that every table name fits Azure's 63), got "${tablePrefix}"`);
  }
  const stateContainer = get('AZURE_STATE_CONTAINER') || 'botstate';
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(stateContainer)) throw new ConfigError(`AZURE_STATE_CONTAINER must be 3-63 lower-case letters, digits and single hyphens, got "${stateContainer}"`);
  return Object.freeze({
    port,
    host: get('HOST') || '0.0.0.0',
    microsoftAppId: appId,
    microsoftAppPassword: password,
    microsoftAppType: appType,
    microsoftAppTenantId: get('MicrosoftAppTenantId'),
    ...(knowledgeDir ? { knowledgeDir } : {}),
    dataDir: dataDirOf(env),
    logLevel: logLevel as Config['logLevel'],
    storage: storage as Config['storage'],
    azureStorageConnectionString: azureConnection,
    azureTablePrefix: tablePrefix,
    azureStateContainer: stateContainer,
  });
}
