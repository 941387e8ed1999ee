/**
 * {@link HelpdeskStore} on Azure Table storage (`@azure/data-tables`), so that several bot
 * instances share the helpdesk channel of each tenant and the escalations (Claim / Resolve may
 * reach another instance than the one that posted the card). Same account, limits and key
 * encoding ({@link encodeKey}) as the feedback store in `azure.ts`; read its header for the Azure
 * limits. Two tables:
 *
 * - `<prefix>HelpdeskChannels`: one entity per tenant, PartitionKey = the encoded tenant id,
 *   RowKey = `channel`. `setChannel` is an upsert (Replace): setting the channel again replaces it.
 * - `<prefix>Escalations`: every escalation in ONE fixed partition ({@link ESCALATION_PARTITION}),
 *   as two entities holding the same data:
 *   - `id-<encoded id>`: what `getEscalation(id)` reads, one point read;
 *   - `time-<inverted time>-<encoded id>`: the listing index. The inverted time (17 digits,
 *     9e15 minus the epoch milliseconds) sorts newest first in RowKey order, so
 *     `listEscalations(limit)` is one range query in one partition that stops after `limit`
 *     entities, however many escalations the table holds.
 *
 * Why one fixed partition and not the tenant: `getEscalation` only gets the id (the Claim / Resolve
 * card carries nothing else), so with a tenant partition a point read would need a lookup first, or
 * a query across every partition (a table scan); and `listEscalations` lists every tenant's
 * escalations, newest first, which a per-tenant partitioning could only answer by reading every
 * partition. One partition also makes both entities of an escalation writable in one entity group
 * transaction (those must stay in one partition), so the listing never disagrees with the point
 * read. The price is the throughput of one partition, about 2,000 entities per second
 * (learn.microsoft.com/azure/storage/tables/scalability-targets): escalations are written at
 * human pace (one per intake, one per Claim or Resolve click, three entity operations at most
 * each), orders of magnitude below. A partition has no size limit; escalations are never deleted,
 * and neither operation reads more than it returns.
 *
 * `saveEscalation` is an upsert with optimistic concurrency: it reads the current `id-` entity
 * (its ETag and index key), then submits one transaction that creates it (or replaces it if the
 * ETag still matches), writes the index entity and deletes the old index entity when the time
 * changed. A concurrent save of the same id makes the transaction fail (409 / 412) and it is
 * retried from the read, so the last save wins, as with SQLite's upsert.
 *
 * Size: an escalation is stored as its JSON, split over string properties `json0`, `json1`, … of at
 * most {@link MAX_STRING_LENGTH} UTF-16 code units each: a String property is at most 64 KiB,
 * i.e. 32,768 code units (Azurite enforces it too: `PropertyValueTooLarge`). The worst case of an
 * escalation made by the bot (`src/bot/helpdesk.ts`, `dialogs/intake-dialog.ts`) does not fit in
 * one property:
 *
 * - the paste is redacted, then cut to `MAX_STORED_PASTE` (4,000) code units (`redactedStart`),
 *   and JSON escapes a control character or a lone surrogate as `\u0001`, six code units: at most
 *   24,000 code units of JSON;
 * - six answers, redacted and cut to `MAX_INTAKE_ANSWER` (1,000) code units each: at most
 *   6 × 6,000 = 36,000;
 * - the six questions (fixed strings), three matches, the requester's conversation reference and
 *   names: a few thousand at most.
 *
 * That is about 62,000 code units: two properties. A plain-text escalation (no control characters)
 * is under 14,000 code units: one property. At most {@link MAX_JSON_PARTS} properties are written,
 * i.e. 12 × 64,000 bytes, which keeps an entity (the JSON, the informational properties cut to
 * {@link INFO_LENGTH} code units, `indexKey` and the keys, at most 512 characters) under the 1 MiB
 * entity limit, and the two-entity transaction under its 4 MiB limit; a larger escalation is
 * refused with an error rather than cut. The informational properties (`id`, `tenantId`,
 * `status`, `handledBy`, `time`; `tenantId`, `channelId`, `setBy`, `time` for a channel) are there
 * for people browsing the tables (Storage Explorer); the JSON is what is read back.
 */
import { odata, type TableClient, type TableEntity, type TransactionAction } from '@azure/data-tables';
import { encodeKey, MAX_KEY_LENGTH, MAX_STRING_LENGTH } from './azure';
import { cutAt, getEntityOrUndefined, statusOf, TablePair } from './azure-tables';
import { TABLE_SUFFIXES } from './azure-names';
import type { Escalation, HelpdeskChannel, HelpdeskStore } from './types';

/** PartitionKey of every escalation entity (see the module documentation for why one partition). */
export const ESCALATION_PARTITION = 'escalations';
/** Most `json<n>` properties per entity: 12 × 64,000 bytes stays under the 1 MiB entity limit. */
export const MAX_JSON_PARTS = 12;
/** Longest informational property (the JSON holds the exact value). */
export const INFO_LENGTH = 1_024;
/** RowKey of a tenant's channel entity (PartitionKey = the encoded tenant id). */
const CHANNEL_ROW = 'channel';
/** RowKey prefixes of the two entities of an escalation; `time.` is the first key after every `time-…`. */
const BY_ID = 'id-';
const BY_TIME = 'time-';
const BY_TIME_END = 'time.';
/** Inverted times are `TIME_BASE - epoch ms`, 17 digits; an unparsable time sorts last. */
const TIME_BASE = 9_000_000_000_000_000n;
const TIME_DIGITS = 17;
/**
 * Attempts of a save that meets concurrent saves of the same escalation. Every round of conflicting
 * saves lets at least one through, so n concurrent saves of one id need at most n attempts; in
 * practice two (Claim and Resolve clicked at once).
 */
const SAVE_ATTEMPTS = 10;

/** Options of {@link AzureHelpdeskStore}. */
export interface AzureHelpdeskStoreOptions {
  /** Prefix of the two table names (`<prefix>HelpdeskChannels`, `<prefix>Escalations`); letters and digits, starting with a letter. @default 'troubleshooter' */
  tablePrefix?: string;
}

/** The JSON of a value, split over `json0` … `json<n-1>`, with `jsonParts` = n. */
type JsonProperties = { jsonParts: number } & Record<`json${number}`, string>;

type ChannelEntity = TableEntity<{ tenantId: string; channelId: string; setBy: string; time: string } & JsonProperties>;

type EscalationEntity = TableEntity<
  { id: string; tenantId: string; status: string; handledBy?: string; time: string; indexKey: string } & JsonProperties
>;

/** An informational copy of a field, cut to {@link INFO_LENGTH}. */
function info(text: string): string {
  return text.slice(0, cutAt(text, INFO_LENGTH));
}

/**
 * Splits the JSON of `value` over string properties of at most {@link MAX_STRING_LENGTH} code units.
 *
 * @throws Error when it needs more than {@link MAX_JSON_PARTS} properties (the entity would pass 1 MiB).
 */
function toJsonProperties(value: unknown, what: string): JsonProperties {
  const json = JSON.stringify(value);
  const parts: string[] = [];
  for (let rest = json; rest.length > 0 || parts.length === 0; ) {
    const end = cutAt(rest, MAX_STRING_LENGTH);
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (parts.length > MAX_JSON_PARTS) {
    throw new Error(`${what} is too large for one Azure Table entity: ${json.length} UTF-16 code units of JSON, at most ${MAX_JSON_PARTS * MAX_STRING_LENGTH}`);
  }
  const out: JsonProperties = { jsonParts: parts.length };
  for (const [i, part] of parts.entries()) out[`json${i}`] = part;
  return out;
}

/** The value {@link toJsonProperties} stored. */
function fromJsonProperties<T>(entity: Partial<JsonProperties>): T {
  const n = entity.jsonParts ?? 0;
  let json = '';
  for (let i = 0; i < n; i++) json += entity[`json${i}`] ?? '';
  return JSON.parse(json) as T;
}

/**
 * `prefix` + {@link encodeKey}(value), kept within {@link MAX_KEY_LENGTH}: when the prefix makes it
 * too long, `prefix` + `!h` + the SHA-256 of the value (the form encodeKey itself uses for long
 * values; `!h` never occurs in an escaped key, so keys stay distinct).
 */
function prefixedKey(prefix: string, value: string): string {
  return prefix + encodeKey(value, MAX_KEY_LENGTH - prefix.length);
}

/** RowKey of the listing entity: newest first in RowKey order, then by id. */
function indexKey(e: Escalation): string {
  const ms = Date.parse(e.time);
  const inverted = Number.isNaN(ms) ? TIME_BASE * 2n : TIME_BASE - BigInt(ms); // |ms| ≤ 8.64e15
  return prefixedKey(`${BY_TIME}${inverted.toString().padStart(TIME_DIGITS, '0')}-`, e.id);
}

/** {@link HelpdeskStore} on two Azure Storage tables. */
export class AzureHelpdeskStore implements HelpdeskStore {
  readonly #channels: TableClient;
  readonly #escalations: TableClient;
  /** Creates both tables once, on first use. */
  readonly #tables: () => Promise<void>;

  /**
   * Connects to the account; the tables are created (when missing) on first use.
   *
   * @param connectionString - an account or SAS connection string (`AZURE_STORAGE_CONNECTION_STRING`);
   *   plain-HTTP endpoints (Azurite) are allowed.
   * @throws Error when the connection string cannot be parsed or the table prefix does not make valid table names.
   */
  constructor(connectionString: string, options: AzureHelpdeskStoreOptions = {}) {
    const pair = new TablePair(connectionString, options.tablePrefix ?? 'troubleshooter', TABLE_SUFFIXES.helpdesk);
    [this.#channels, this.#escalations] = [pair.first, pair.second];
    this.#tables = () => pair.ready();
  }

  async setChannel(tenantId: string, channel: HelpdeskChannel): Promise<void> {
    await this.#tables();
    const entity: ChannelEntity = {
      partitionKey: encodeKey(tenantId),
      rowKey: CHANNEL_ROW,
      tenantId: info(tenantId),
      channelId: info(channel.channelId),
      setBy: info(channel.setBy),
      time: info(channel.time),
      ...toJsonProperties(channel, `The helpdesk channel of tenant "${info(tenantId)}"`),
    };
    await this.#channels.upsertEntity(entity, 'Replace');
  }

  async getChannel(tenantId: string): Promise<HelpdeskChannel | undefined> {
    await this.#tables();
    const found = await getEntityOrUndefined<Partial<JsonProperties>>(this.#channels, encodeKey(tenantId), CHANNEL_ROW);
    return found && fromJsonProperties<HelpdeskChannel>(found);
  }

  async saveEscalation(e: Escalation): Promise<void> {
    await this.#tables();
    const idKey = prefixedKey(BY_ID, e.id);
    const listKey = indexKey(e);
    const data = {
      id: info(e.id),
      tenantId: info(e.tenantId),
      status: info(e.status),
      ...(e.handledBy !== undefined ? { handledBy: info(e.handledBy) } : {}),
      time: info(e.time),
      indexKey: listKey,
      ...toJsonProperties(e, `Escalation "${info(e.id)}"`),
    };
    const byId: EscalationEntity = { partitionKey: ESCALATION_PARTITION, rowKey: idKey, ...data };
    const byTime: EscalationEntity = { partitionKey: ESCALATION_PARTITION, rowKey: listKey, ...data };
    for (let attempt = 1; ; attempt++) {
      const current = await getEntityOrUndefined<{ indexKey: string }>(this.#escalations, ESCALATION_PARTITION, idKey, { queryOptions: { select: ['indexKey'] } });
      const actions: TransactionAction[] = [
        current ? ['update', byId, 'Replace', { etag: current.etag }] : ['create', byId],
        ['upsert', byTime, 'Replace'],
      ];
      if (current && current.indexKey !== listKey) actions.push(['delete', { partitionKey: ESCALATION_PARTITION, rowKey: current.indexKey }]);
      try {
        await this.#escalations.submitTransaction(actions);
        return;
      } catch (error) {
        // 409: created meanwhile; 412: replaced meanwhile; 404: deleted meanwhile. Read again.
        const status = statusOf(error);
        if (attempt >= SAVE_ATTEMPTS || (status !== 409 && status !== 412 && status !== 404)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt)); // spread the next reads
      }
    }
  }

  async getEscalation(id: string): Promise<Escalation | undefined> {
    await this.#tables();
    const found = await getEntityOrUndefined<Partial<JsonProperties>>(this.#escalations, ESCALATION_PARTITION, prefixedKey(BY_ID, id));
    return found && fromJsonProperties<Escalation>(found);
  }

  async listEscalations(limit: number): Promise<Escalation[]> {
    const wanted = Math.max(0, Math.floor(limit));
    if (wanted === 0) return [];
    await this.#tables();
    const found: Escalation[] = [];
    const pages = this.#escalations
      .listEntities<Partial<JsonProperties>>({
        queryOptions: { filter: odata`PartitionKey eq ${ESCALATION_PARTITION} and RowKey ge ${BY_TIME} and RowKey lt ${BY_TIME_END}` },
      })
      .byPage({ maxPageSize: Math.min(wanted, 1_000) });
    // A page may hold fewer entities than asked (the service may stop early); keep reading until `wanted`.
    for await (const page of pages) {
      for (const entity of page) {
        found.push(fromJsonProperties<Escalation>(entity));
        if (found.length >= wanted) return found;
      }
    }
    return found;
  }

  /** Nothing to release: the clients hold no connection of their own beyond Node's HTTP agent. */
  async close(): Promise<void> {}
}
