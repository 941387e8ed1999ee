/**
 * What the Azure Table stores share: opening a pair of tables from a connection string (plain-HTTP
 * endpoints such as Azurite allowed), creating them once on first use, and reading an SDK error's
 * HTTP status.
 */
import { TableClient } from '@azure/data-tables';

/** Azure table names: 3–63 letters and digits, starting with a letter ("Understanding the Table service data model"). */
export const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** HTTP status of an SDK error (a `RestError`), if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
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

/** Two tables of one account, created (when missing) on first use. */
export class TablePair {
  readonly first: TableClient;
  readonly second: TableClient;
  #ready: Promise<void> | undefined;

  /**
   * @param names - the two table names.
   * @throws Error when a name is not a valid Azure table name or the connection string cannot be parsed.
   */
  constructor(connectionString: string, names: readonly [string, string]) {
    for (const n of names) {
      if (!TABLE_NAME.test(n)) throw new Error(`Azure table name "${n}" is invalid: 3-63 letters and digits, starting with a letter`);
    }
    const options = isPlainHttp(connectionString) ? { allowInsecureConnection: true } : {};
    this.first = TableClient.fromConnectionString(connectionString, names[0], options);
    this.second = TableClient.fromConnectionString(connectionString, names[1], options);
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
