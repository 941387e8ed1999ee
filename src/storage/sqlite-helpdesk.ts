/**
 * Helpdesk settings, escalations and bot state (botbuilder `Storage`) in the same SQLite file as
 * the feedback (`troubleshooter.sqlite`, opened by {@link openDatabase}), each through its own
 * connection (WAL allows it).
 */
import type Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { openDatabase } from './sqlite';
import type { Escalation, HelpdeskChannel, HelpdeskStore } from './types';

/** {@link HelpdeskStore} on the SQLite file. */
export class SqliteHelpdeskStore implements HelpdeskStore {
  readonly #db: Database.Database;
  readonly #sql: Record<'setChannel' | 'getChannel' | 'saveEscalation' | 'getEscalation' | 'listEscalations', Database.Statement>;

  constructor(dataDir: string) {
    this.#db = openDatabase(dataDir);
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS helpdesk_channels (tenant_id TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS escalations (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, status TEXT NOT NULL, value TEXT NOT NULL);
      -- The newest escalations first without sorting the whole table (an index on the expression
      -- listEscalations orders by; files written before it get it on open).
      CREATE INDEX IF NOT EXISTS escalations_by_time ON escalations (json_extract(value, '$.time'));
    `);
    this.#sql = {
      setChannel: this.#db.prepare('INSERT INTO helpdesk_channels (tenant_id, value) VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE SET value = excluded.value'),
      getChannel: this.#db.prepare('SELECT value FROM helpdesk_channels WHERE tenant_id = ?'),
      saveEscalation: this.#db.prepare(
        'INSERT INTO escalations (id, tenant_id, status, value) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, value = excluded.value',
      ),
      getEscalation: this.#db.prepare('SELECT value FROM escalations WHERE id = ?'),
      listEscalations: this.#db.prepare("SELECT value FROM escalations ORDER BY json_extract(value, '$.time') DESC LIMIT ?"),
    };
  }

  async setChannel(tenantId: string, channel: HelpdeskChannel): Promise<void> {
    this.#sql.setChannel.run(tenantId, JSON.stringify(channel));
  }

  async getChannel(tenantId: string): Promise<HelpdeskChannel | undefined> {
    const row = this.#sql.getChannel.get(tenantId) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as HelpdeskChannel) : undefined;
  }

  async saveEscalation(e: Escalation): Promise<void> {
    this.#sql.saveEscalation.run(e.id, e.tenantId, e.status, JSON.stringify(e));
  }

  async getEscalation(id: string): Promise<Escalation | undefined> {
    const row = this.#sql.getEscalation.get(id) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as Escalation) : undefined;
  }

  async listEscalations(limit: number): Promise<Escalation[]> {
    const rows = this.#sql.listEscalations.all(Math.max(0, limit)) as { value: string }[];
    return rows.map((r) => JSON.parse(r.value) as Escalation);
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/**
 * botbuilder `Storage` (conversation and user state, open dialogs) on the SQLite file, with the
 * eTag semantics of botbuilder's MemoryStorage: a write whose `eTag` is neither `*` nor the stored
 * one is rejected; a write without `eTag` overwrites.
 */
export class SqliteStateStorage implements Storage {
  readonly #db: Database.Database;
  readonly #sql: Record<'get' | 'put' | 'del', Database.Statement>;
  #etag = Date.now();

  constructor(dataDir: string) {
    this.#db = openDatabase(dataDir);
    this.#db.exec('CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)');
    // Prepared once: state is read and written on every turn.
    this.#sql = {
      get: this.#db.prepare('SELECT value, etag FROM bot_state WHERE key = ?'),
      put: this.#db.prepare('INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag'),
      del: this.#db.prepare('DELETE FROM bot_state WHERE key = ?'),
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const row = this.#sql.get.get(key) as { value: string; etag: string } | undefined;
      if (row) out[key] = { ...JSON.parse(row.value), eTag: row.etag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    this.#db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const current = this.#sql.get.get(key) as { etag: string } | undefined;
        if (current && eTag && eTag !== '*' && eTag !== current.etag) {
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
        this.#sql.put.run(key, JSON.stringify(value), String(++this.#etag));
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.#sql.del.run(key);
  }

  close(): void {
    this.#db.close();
  }
}
