/**
 * What the Azure Table stores share: opening a pair of tables from a connection string (plain-HTTP
 * endpoints such as Azurite allowed), creating them once on first use, reading an SDK error's HTTP
 * status, reading an entity that may be missing, and cutting strings to the service's limits.
 */
import { TableClient, type GetTableEntityOptions, type GetTableEntityResponse, type TableEntityResult } from '@azure/data-tables';
import { TABLE_NAME } from './azure-names';

/** HTTP status of an SDK error (a `RestError`), if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** The entity at (`partitionKey`, `rowKey`), or undefined when there is none (404). */
export async function getEntityOrUndefined<T extends object>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
  options?: GetTableEntityOptions,
): Promise<GetTableEntityResponse<TableEntityResult<T>> | undefined> {
  try {
    return await table.getEntity<T>(partitionKey, rowKey, options);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Where to cut `text` at most `max` UTF-16 code units in without splitting a surrogate pair (the
 * service counts string properties in code units).
 */
export function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  return /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(max)) ? max - 1 : max;
}

/**
 * `allowInsecureConnection` for plain-HTTP endpoints (Azurite); the SDK refuses them otherwise.
 * `UseDevelopmentStorage=true` is already handled by the SDK.
 */
function isPlainHttp(connectionString: string): boolean {
  const parts = new Map(
    connectionString.split(';').map((part): [string, string] => {
      const eq = part.indexOf('=');
      if (eq < 0) return [part.trim().toLowerCase(), ''];
      return [part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().toLowerCase()];
    }),
  );
  const endpoint = parts.get('tableendpoint');
  return endpoint ? endpoint.startsWith('http:') : parts.get('defaultendpointsprotocol') === 'http';
}

/** Two tables of one account, `<prefix><first>` and `<prefix><second>`, created (when missing) on first use. */
export class TablePair {
  readonly first: TableClient;
  readonly second: TableClient;
  #ready: Promise<void> | undefined;

  /**
   * @param prefix - the tables' name prefix (`AZURE_TABLE_PREFIX`).
   * @param suffixes - what follows the prefix in each table's name.
   * @throws Error when a name is not a valid Azure table name or the connection string cannot be parsed.
   */
  constructor(connectionString: string, prefix: string, suffixes: readonly [string, string]) {
    const names = suffixes.map((s) => `${prefix}${s}`);
    for (const n of names) {
      if (!TABLE_NAME.test(n)) throw new Error(`Azure table name "${n}" is invalid: 3-63 letters and digits, starting with a letter`);
    }
    const options = isPlainHttp(connectionString) ? { allowInsecureConnection: true } : {};
    this.first = TableClient.fromConnectionString(connectionString, names[0]!, options);
    this.second = TableClient.fromConnectionString(connectionString, names[1]!, options);
  }

  /** Creates both tables once (createTable ignores "already exists"); retried after a failure. */
  ready(): Promise<void> {
    this.#ready ??= Promise.all([this.first.createTable(), this.second.createTable()]).then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }
}
