/**
 * The scale-out backend: {@link FeedbackStore} on Azure Table storage (`@azure/data-tables`), so
 * that several bot instances share one set of answers and verdicts. Two tables:
 *
 * - `<prefix>Answers`: one entity per answer, PartitionKey = the answer id, RowKey = `answer`.
 * - `<prefix>Feedback`: one entity per user and answer, PartitionKey = the answer id, RowKey = the
 *   user hash. Writes are upserts (Replace) on that deterministic key, so a second click replaces
 *   the first and concurrent clicks by different users never conflict.
 *
 * Partitioning by answer id spreads the load: the service targets about 2,000 entities per second
 * per partition, and one answer only sees the clicks of the people who read it.
 *
 * Azure limits this module relies on, from Microsoft Learn, "Understanding the Table service data
 * model" (learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model)
 * and "Scalability and performance targets for Table storage"
 * (learn.microsoft.com/azure/storage/tables/scalability-targets):
 *
 * - Keys: PartitionKey and RowKey are strings of at most 1 KiB (the targets page says 1,024
 *   characters) and must not contain `/`, `\`, `#`, `?` or the control characters U+0000–U+001F
 *   and U+007F–U+009F. Keys are therefore encoded by {@link encodeKey}: ASCII only, never empty,
 *   at most {@link MAX_KEY_LENGTH} characters, so both readings of the limit hold.
 * - Entity: at most 1 MiB in all and 252 custom properties; a String property is UTF-16 and at
 *   most 64 KiB, i.e. 32,768 code units. Every string property is cut to
 *   {@link MAX_STRING_LENGTH} code units (the bot already cuts pastes to MAX_STORED_PASTE, 4,000 characters), which
 *   keeps an entity of at most eight properties far below 1 MiB.
 * - Table names: 3–63 letters and digits, starting with a letter.
 * - Entity group transactions (batches): at most 100 operations, one partition, under 4 MiB. This
 *   store uses none: every write touches one entity, and nothing needs two writes to be atomic
 *   (answers are never deleted, so "the answer exists", checked before a verdict, stays true).
 * - Queries return at most 1,000 entities per page; the SDK follows the continuation tokens.
 *
 * `report()` and `unanswered()` scan their table (with a projection): fine for a helpdesk report,
 * not for a hot path.
 */
import { createHash } from 'node:crypto';
import { odata, type TableClient, type TableEntity } from '@azure/data-tables';
import { cutAt, getEntityOrUndefined, statusOf, TablePair } from './azure-tables';
import { TABLE_SUFFIXES } from './azure-names';
import type { AnswerRecord, EntryReport, FeedbackRecord, FeedbackStore } from './types';

/** Longest encoded key: 512 ASCII characters are 1 KiB even when counted as UTF-16. */
export const MAX_KEY_LENGTH = 512;
/** Longest string property kept, in UTF-16 code units: under the service's 64 KiB per String. */
export const MAX_STRING_LENGTH = 32_000;
/** RowKey of the entity that holds an answer (PartitionKey = the answer id). */
const ANSWER_ROW = 'answer';
/**
 * Characters kept as they are in keys. `%`, `+` and `'` are legal but escaped on purpose: keys with
 * them are known to break some operations (queries, deletes) on the service or on Azurite.
 */
const KEY_SAFE = /^[A-Za-z0-9_.:@-]$/;
/**
 * Turns any string into a valid, deterministic and injective PartitionKey / RowKey.
 *
 * Characters outside `[A-Za-z0-9_.:@-]` become `!` plus the 4 hex digits of their UTF-16 code
 * unit (`/` → `!002F`, `!` → `!0021`). When the result would exceed `budget` ({@link MAX_KEY_LENGTH}, less
 * any prefix the caller puts before the key), the key is
 * `!h` + the SHA-256 (hex) of the value instead; `!h` never occurs in the escaped form. The empty
 * string becomes `!` (a lone `!` never occurs either), so that no key is empty.
 */
export function encodeKey(value: string, budget: number = MAX_KEY_LENGTH): string {
  if (value === '') return '!';
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    out += KEY_SAFE.test(ch) ? ch : `!${value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    if (out.length > budget) return `!h${createHash('sha256').update(value, 'utf8').digest('hex')}`;
  }
  return out;
}

/** Options of {@link AzureFeedbackStore}. */
export interface AzureFeedbackStoreOptions {
  /** Prefix of the two table names (`<prefix>Answers`, `<prefix>Feedback`); letters and digits, starting with a letter. @default 'troubleshooter' */
  tablePrefix?: string;
}

type AnswerEntity = TableEntity<{
  id: string;
  entryId?: string;
  locale: string;
  decision: string;
  score: number;
  paste: string;
  userHash: string;
  time: string;
}>;

type FeedbackEntity = TableEntity<{
  answerId: string;
  userHash: string;
  entryId: string;
  helpful: boolean;
  comment?: string;
  time: string;
}>;

/** Cuts a string property to {@link MAX_STRING_LENGTH} code units without splitting a surrogate pair. */
function fit(text: string): string {
  return text.slice(0, cutAt(text, MAX_STRING_LENGTH));
}

/** {@link FeedbackStore} on two Azure Storage tables. */
export class AzureFeedbackStore implements FeedbackStore {
  readonly #answers: TableClient;
  readonly #feedback: TableClient;
  /** Creates both tables once, on first use. */
  readonly #tables: () => Promise<void>;

  /**
   * Connects to the account; the tables are created (when missing) on first use.
   *
   * @param connectionString - an account or SAS connection string (`AZURE_STORAGE_CONNECTION_STRING`);
   *   plain-HTTP endpoints (Azurite) are allowed.
   * @throws Error when the connection string cannot be parsed or the table prefix does not make valid table names.
   */
  constructor(connectionString: string, options: AzureFeedbackStoreOptions = {}) {
    const pair = new TablePair(connectionString, options.tablePrefix ?? 'troubleshooter', TABLE_SUFFIXES.feedback);
    [this.#answers, this.#feedback] = [pair.first, pair.second];
    this.#tables = () => pair.ready();
  }

  async recordAnswer(a: AnswerRecord): Promise<void> {
    await this.#tables();
    const entity: AnswerEntity = {
      partitionKey: encodeKey(a.id),
      rowKey: ANSWER_ROW,
      id: fit(a.id),
      ...(a.entryId !== undefined ? { entryId: fit(a.entryId) } : {}),
      locale: fit(a.locale),
      decision: a.decision,
      score: a.score,
      paste: fit(a.paste),
      userHash: fit(a.userHash),
      time: fit(a.time),
    };
    try {
      await this.#answers.createEntity(entity);
    } catch (error) {
      if (statusOf(error) !== 409) throw error; // 409 EntityAlreadyExists: the first record wins
    }
  }

  async recordFeedback(f: FeedbackRecord): Promise<boolean> {
    await this.#tables();
    const partitionKey = encodeKey(f.answerId);
    if (!(await getEntityOrUndefined(this.#answers, partitionKey, ANSWER_ROW, { queryOptions: { select: ['decision'] } }))) return false;
    const entity: FeedbackEntity = {
      partitionKey,
      rowKey: encodeKey(f.userHash),
      answerId: fit(f.answerId),
      userHash: fit(f.userHash),
      entryId: fit(f.entryId),
      helpful: f.helpful,
      ...(f.comment !== undefined ? { comment: fit(f.comment) } : {}),
      time: fit(f.time),
    };
    await this.#feedback.upsertEntity(entity, 'Replace');
    return true;
  }

  async report(): Promise<EntryReport[]> {
    await this.#tables();
    const rows = new Map<string, EntryReport>();
    const row = (id: string): EntryReport => {
      let r = rows.get(id);
      if (!r) rows.set(id, (r = { entryId: id, answers: 0, helpful: 0, notHelpful: 0 }));
      return r;
    };
    for await (const a of this.#answers.listEntities<{ entryId?: string | null }>({ queryOptions: { select: ['entryId'] } })) {
      if (typeof a.entryId === 'string') row(a.entryId).answers++;
    }
    for await (const f of this.#feedback.listEntities<{ entryId: string; helpful: boolean }>({ queryOptions: { select: ['entryId', 'helpful'] } })) {
      row(f.entryId)[f.helpful ? 'helpful' : 'notHelpful']++;
    }
    return [...rows.values()].sort((a, b) => b.answers - a.answers || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
  }

  async unanswered(limit: number): Promise<{ paste: string; time: string; locale: string }[]> {
    await this.#tables();
    const found: { paste: string; time: string; locale: string }[] = [];
    const entities = this.#answers.listEntities<{ paste: string; time: string; locale: string }>({
      queryOptions: { filter: odata`decision eq ${'none'}`, select: ['paste', 'time', 'locale'] },
    });
    for await (const { paste, time, locale } of entities) found.push({ paste, time, locale });
    return found.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0)).slice(0, Math.max(0, limit));
  }

  /** Nothing to release: the clients hold no connection of their own beyond Node's HTTP agent. */
  async close(): Promise<void> {}
}
