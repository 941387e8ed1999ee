/**
 * The text model: per language, a TF-IDF vector of every entry's renditions in that language,
 * searched through an inverted index (cost grows with the postings of the query's words, not with
 * the number of entries).
 *
 * A paste is scored in each language with that language's stemmer, and an entry's score is the
 * best of its languages, so a French paste finds its entry whatever the reader's Teams locale.
 */
import { languageOf, type Language } from '../locale';
import type { Entry } from '../knowledge/model';
import { analyze, LANGUAGES } from './text';

/** How much each part of a rendition counts. */
const FIELD_WEIGHTS = { title: 3, messages: 2, description: 1, causes: 1.5, steps: 1 } as const;

interface Posting {
  entry: number;
  weight: number;
}

interface LanguageIndex {
  postings: Map<string, Posting[]>;
  idf: Map<string, number>;
}

/** One entry's text score. */
export interface TextScore {
  /** Index of the entry in the array the model was built from. */
  entry: number;
  /** Cosine similarity between the paste and the entry, in [0, 1]. */
  score: number;
  /** Language whose index gave the score. */
  language: Language;
  /** Stems the paste and entry share, highest weight first (at most 5): the explanation. */
  terms: string[];
}

/** TF-IDF model over entries; build once, query many times. */
export class TextModel {
  readonly #indexes = new Map<Language, LanguageIndex>();
  readonly size: number;

  /** Builds the model. Cost is linear in the total length of the entries' texts. */
  constructor(entries: readonly Entry[]) {
    this.size = entries.length;
    for (const lang of LANGUAGES) {
      const tfs: Map<string, number>[] = entries.map((e) => {
        const tf = new Map<string, number>();
        for (const r of Object.values(e.renditions)) {
          if (!r || languageOf(r.locale) !== lang) continue;
          const add = (text: string, w: number): void => {
            for (const s of analyze(text, lang)) tf.set(s, (tf.get(s) ?? 0) + w);
          };
          add(r.title, FIELD_WEIGHTS.title);
          r.messages.forEach((m) => add(m, FIELD_WEIGHTS.messages));
          r.description.forEach((m) => add(m, FIELD_WEIGHTS.description));
          r.causes.forEach((m) => add(m, FIELD_WEIGHTS.causes));
          for (const res of r.resolutions) {
            if (res.title) add(res.title, FIELD_WEIGHTS.steps);
            for (const s of res.steps) add([s.text, ...s.notes].join('\n'), FIELD_WEIGHTS.steps);
          }
        }
        return tf;
      });
      const df = new Map<string, number>();
      for (const tf of tfs) for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
      const n = Math.max(1, tfs.filter((t) => t.size).length);
      const idf = new Map<string, number>();
      for (const [s, d] of df) idf.set(s, Math.log(1 + n / d));
      const postings = new Map<string, Posting[]>();
      tfs.forEach((tf, entry) => {
        let norm = 0;
        const weights: [string, number][] = [];
        for (const [s, f] of tf) {
          const w = (1 + Math.log(f)) * idf.get(s)!;
          weights.push([s, w]);
          norm += w * w;
        }
        norm = Math.sqrt(norm) || 1;
        for (const [s, w] of weights) {
          let list = postings.get(s);
          if (!list) postings.set(s, (list = []));
          list.push({ entry, weight: w / norm });
        }
      });
      this.#indexes.set(lang, { postings, idf });
    }
  }

  /**
   * Scores `text` against every entry; returns entries with a score above zero, best first.
   *
   * Only the paste's words the language index knows count toward its vector, so greetings and log
   * noise around an error message do not dilute it; the caller's thresholds decide what is a match.
   */
  score(text: string, max = 10): TextScore[] {
    const best = new Map<number, TextScore>();
    for (const lang of LANGUAGES) {
      const index = this.#indexes.get(lang)!;
      const tf = new Map<string, number>();
      for (const s of analyze(text, lang)) if (index.idf.has(s)) tf.set(s, (tf.get(s) ?? 0) + 1);
      if (!tf.size) continue;
      let norm = 0;
      const q: [string, number][] = [];
      for (const [s, f] of tf) {
        const w = (1 + Math.log(f)) * index.idf.get(s)!;
        q.push([s, w]);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      const acc = new Map<number, { score: number; terms: [string, number][] }>();
      for (const [s, w] of q) {
        for (const p of index.postings.get(s) ?? []) {
          let a = acc.get(p.entry);
          if (!a) acc.set(p.entry, (a = { score: 0, terms: [] }));
          const contribution = (w / norm) * p.weight;
          a.score += contribution;
          a.terms.push([s, contribution]);
        }
      }
      for (const [entry, a] of acc) {
        const prev = best.get(entry);
        if (!prev || a.score > prev.score) {
          const terms = a.terms.sort((x, y) => y[1] - x[1]).slice(0, 5).map((t) => t[0]);
          best.set(entry, { entry, score: Math.min(1, a.score), language: lang, terms });
        }
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, max);
  }
}
