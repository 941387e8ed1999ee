/**
 * The embedded default backend: one SQLite file (better-sqlite3) in the data folder, created on
 * first start. WAL journal so readers (the report) never block the bot's writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AnswerRecord, EntryReport, FeedbackRecord, FeedbackStore } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  entry_id TEXT,
  locale TEXT NOT NULL,
  decision TEXT NOT NULL,
  score REAL NOT NULL,
  paste TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  time TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_entry ON answers (entry_id);
CREATE INDEX IF NOT EXISTS answers_decision_time ON answers (decision, time);
CREATE TABLE IF NOT EXISTS feedback (
  answer_id TEXT NOT NULL REFERENCES answers (id),
  user_hash TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  comment TEXT,
  time TEXT NOT NULL,
  PRIMARY KEY (answer_id, user_hash)
);
CREATE INDEX IF NOT EXISTS feedback_entry ON feedback (entry_id);
`;

/** Name of the database file in the data folder. */
export const DATABASE_FILE = 'troubleshooter.sqlite';

/**
 * Opens (creating the folder and file when needed) `<dataDir>/troubleshooter.sqlite` in WAL mode,
 * so that each store's connection and the report can read while the bot writes, waiting up to 5 s
 * for a lock.
 *
 * @throws Error when the folder cannot be created or the file is not a SQLite database.
 */
export function openDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** {@link FeedbackStore} on a SQLite file. */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly #db: Database.Database;
  readonly #insertAnswer: Database.Statement;
  readonly #answerExists: Database.Statement;
  readonly #upsertFeedback: Database.Statement;

  /**
   * Opens (creating when needed) `<dataDir>/troubleshooter.sqlite`.
   *
   * @throws Error when the folder cannot be created or the file is not a SQLite database.
   */
  constructor(dataDir: string) {
    this.#db = openDatabase(dataDir);
    this.#db.pragma('foreign_keys = ON');
    this.#db.exec(SCHEMA);
    this.#insertAnswer = this.#db.prepare(
      `INSERT OR IGNORE INTO answers (id, entry_id, locale, decision, score, paste, user_hash, time)
       VALUES (@id, @entryId, @locale, @decision, @score, @paste, @userHash, @time)`,
    );
    this.#answerExists = this.#db.prepare('SELECT 1 FROM answers WHERE id = ?');
    this.#upsertFeedback = this.#db.prepare(
      `INSERT INTO feedback (answer_id, user_hash, entry_id, helpful, comment, time)
       VALUES (@answerId, @userHash, @entryId, @helpful, @comment, @time)
       ON CONFLICT (answer_id, user_hash) DO UPDATE SET
         helpful = excluded.helpful, comment = excluded.comment, entry_id = excluded.entry_id, time = excluded.time`,
    );
  }

  async recordAnswer(a: AnswerRecord): Promise<void> {
    this.#insertAnswer.run({ ...a, entryId: a.entryId ?? null });
  }

  async recordFeedback(f: FeedbackRecord): Promise<boolean> {
    if (!this.#answerExists.get(f.answerId)) return false;
    this.#upsertFeedback.run({ ...f, helpful: f.helpful ? 1 : 0, comment: f.comment ?? null });
    return true;
  }

  async report(): Promise<EntryReport[]> {
    return this.#db
      .prepare(
        `SELECT e.entry_id AS entryId,
                (SELECT count(*) FROM answers a WHERE a.entry_id = e.entry_id) AS answers,
                (SELECT count(*) FROM feedback f WHERE f.entry_id = e.entry_id AND f.helpful = 1) AS helpful,
                (SELECT count(*) FROM feedback f WHERE f.entry_id = e.entry_id AND f.helpful = 0) AS notHelpful
         FROM (SELECT entry_id FROM answers WHERE entry_id IS NOT NULL UNION SELECT entry_id FROM feedback) e
         ORDER BY answers DESC, entryId`,
      )
      .all() as EntryReport[];
  }

  async unanswered(limit: number): Promise<{ paste: string; time: string; locale: string }[]> {
    return this.#db
      .prepare(`SELECT paste, time, locale FROM answers WHERE decision = 'none' ORDER BY time DESC LIMIT ?`)
      .all(limit) as { paste: string; time: string; locale: string }[];
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
