/**
 * What the bot stores, behind interfaces so that the backend (embedded SQLite by default, Azure
 * Storage for several instances) is chosen by configuration (`open.ts`). Implementations:
 * `sqlite.ts` and `sqlite-helpdesk.ts`, `azure.ts` and `azure-helpdesk.ts`.
 */
import type { Decision } from '../core/classifier';

/** Most characters of a paste stored with an answer or an escalation (the start is kept). */
export const MAX_STORED_PASTE = 4000;

/** Most characters of a feedback comment stored (Adaptive Card inputs have no server-side limit). */
export const MAX_FEEDBACK_COMMENT = 1000;

/** One answer the bot gave to a paste. */
export interface AnswerRecord {
  /** Unique id of the answer, carried by the card's feedback buttons. */
  id: string;
  /** Entry shown; undefined for `ask` and `none`. */
  entryId?: string;
  /** Locale of the card. */
  locale: string;
  decision: Decision;
  /** Score of the best match, 0 when none. */
  score: number;
  /** The paste with personal data removed (see core/redact), at most {@link MAX_STORED_PASTE} characters. */
  paste: string;
  /** SHA-256 of the user's AAD object id (or channel user id), hex; never the id itself. */
  userHash: string;
  /** ISO time. */
  time: string;
}

/** One user's verdict on one answer. */
export interface FeedbackRecord {
  answerId: string;
  /** Entry the answer showed (kept with the feedback: an answer card can be re-rendered for another entry). */
  entryId: string;
  helpful: boolean;
  /** The user's comment on a "not helpful" verdict, redacted, at most {@link MAX_FEEDBACK_COMMENT} characters. */
  comment?: string;
  userHash: string;
  time: string;
}

/** Per-entry totals for the helpdesk report. */
export interface EntryReport {
  entryId: string;
  answers: number;
  helpful: number;
  notHelpful: number;
}

/** Answers and feedback. */
export interface FeedbackStore {
  /** Records an answer. Idempotent on `id`. */
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /**
   * Records a verdict: one per user and answer; a second click by the same user replaces the
   * first (the latest verdict counts once).
   *
   * @returns `false` when the answer id is unknown (nothing stored).
   */
  recordFeedback(feedback: FeedbackRecord): Promise<boolean>;
  /** Per-entry totals, most answered first. */
  report(): Promise<EntryReport[]>;
  /** Redacted pastes that ended in `none`, newest first (at most `limit`): what to write a playbook for next. */
  unanswered(limit: number): Promise<{ paste: string; time: string; locale: string }[]>;
  close(): Promise<void>;
}

/**
 * Where to reach a conversation later (Bot Framework conversation reference, stored as JSON).
 * Kept structural here so that the store does not depend on botbuilder's types.
 */
export interface StoredReference {
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  activityId?: string;
  locale?: string;
}

/** The helpdesk channel of a tenant: where escalations are posted as new threads. */
export interface HelpdeskChannel {
  /** Teams channel id (`19:…@thread.tacv2`), from `channelData.channel.id`. */
  channelId: string;
  /** A reference into the channel (its conversation id without `;messageid=`). */
  reference: StoredReference;
  /** Who set it (display name), and when (ISO). */
  setBy: string;
  time: string;
}

/** Lifecycle of an escalation. */
export type EscalationStatus = 'open' | 'claimed' | 'resolved';

/** A problem handed over to the helpdesk. */
export interface Escalation {
  id: string;
  tenantId: string;
  status: EscalationStatus;
  /** Display name of the helpdesk member who claimed or resolved it. */
  handledBy?: string;
  /** The requester's 1:1 conversation, to notify them. */
  requester: StoredReference;
  requesterName: string;
  locale: string;
  /** The original paste, redacted, at most {@link MAX_STORED_PASTE} characters. */
  paste: string;
  /** Intake questions and answers, in order. */
  answers: { question: string; answer: string }[];
  /** Closest entries the classifier found, best first. */
  matches: { entryId: string; title: string; score: number }[];
  time: string;
}

/** Helpdesk settings and escalations. */
export interface HelpdeskStore {
  setChannel(tenantId: string, channel: HelpdeskChannel): Promise<void>;
  getChannel(tenantId: string): Promise<HelpdeskChannel | undefined>;
  saveEscalation(e: Escalation): Promise<void>;
  getEscalation(id: string): Promise<Escalation | undefined>;
  /** Escalations, newest first (at most `limit`). */
  listEscalations(limit: number): Promise<Escalation[]>;
  close(): Promise<void>;
}
