/** In-memory {@link FeedbackStore}: for tests and the CLI's dry runs. Loses everything on exit. */
import type { AnswerRecord, EntryReport, FeedbackRecord, FeedbackStore } from './types';

export class MemoryFeedbackStore implements FeedbackStore {
  readonly answers = new Map<string, AnswerRecord>();
  readonly feedback = new Map<string, FeedbackRecord>();

  async recordAnswer(a: AnswerRecord): Promise<void> {
    if (!this.answers.has(a.id)) this.answers.set(a.id, a);
  }

  async recordFeedback(f: FeedbackRecord): Promise<boolean> {
    if (!this.answers.has(f.answerId)) return false;
    this.feedback.set(`${f.answerId}\u0000${f.userHash}`, f);
    return true;
  }

  async report(): Promise<EntryReport[]> {
    const rows = new Map<string, EntryReport>();
    const row = (id: string): EntryReport => rows.get(id) ?? rows.set(id, { entryId: id, answers: 0, helpful: 0, notHelpful: 0 }).get(id)!;
    for (const a of this.answers.values()) if (a.entryId) row(a.entryId).answers++;
    for (const f of this.feedback.values()) row(f.entryId)[f.helpful ? 'helpful' : 'notHelpful']++;
    return [...rows.values()].sort((a, b) => b.answers - a.answers || a.entryId.localeCompare(b.entryId));
  }

  async unanswered(limit: number): Promise<{ paste: string; time: string; locale: string }[]> {
    return [...this.answers.values()]
      .filter((a) => a.decision === 'none')
      .sort((a, b) => b.time.localeCompare(a.time))
      .slice(0, limit)
      .map(({ paste, time, locale }) => ({ paste, time, locale }));
  }

  async close(): Promise<void> {}
}
