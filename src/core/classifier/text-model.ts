/**
 * The text model: per language, a TF-IDF vector of every entry's renditions in that language,
 * searched through an inverted index (cost grows with the postings of the query's words, not with
 * the number of entries).
 *
 * A paste is scored in each language with that language's stemmer, and an entry's score is the
 * best of its languages, so a French paste finds its entry whatever the reader's Teams locale.
 */
import { languageOf, type Language, type Locale } from '../locale';
import type { Entry } from '../knowledge/model';
import { analyze, contentWords, genericTerms, LANGUAGES, spacedName, splitCompound, stemWords, withoutBoilerplate, words } from './text';
import { concepts } from './lexicon';

/** How much each part of a rendition counts. */
const FIELD_WEIGHTS = { title: 3, messages: 2, description: 1, causes: 1.5, steps: 1, document: 1 } as const;

/**
 * How much another locale's rendition counts in a language's document. IT staff write French and
 * Dutch with English product terms ("wipe", "retire", "work profile") that the translated docs
 * render differently; indexing the other renditions, stemmed by the same language's stemmer as the
 * paste, lets those terms match.
 */
const OTHER_LOCALE_WEIGHT = 0.5;

/**
 * Informative evidence needed for a full score, in idf units (about two rare words). A paste that
 * shares a single word with an entry is scaled down in proportion.
 */
const FULL_EVIDENCE = 7;

/**
 * Bonus for each word beyond the first of the longest run of consecutive words the paste shares
 * with an entry's title or error message ("not authorized to enroll" quoted from the message
 * weighs more than the same words scattered). Tuned on the tuning pastes.
 */
const PHRASE_BONUS = 0.1;

/**
 * Further bonus when the run is a whole title or message of three words or more: the paste quotes
 * the error itself, whatever chatter surrounds it ("URGENT!!! … says 'This user is not authorized
 * to enroll' pls help"). Tuned on the tuning pastes (flat from 0.2 to 0.8).
 */
const WHOLE_BONUS = 0.3;

/**
 * Words of a title or message quoted whole that make a paste about its entry whatever else it
 * names: four ("not authorized to enroll" with "user"); three-word titles ("Device already
 * enrolled") are said of other products too.
 */
const QUOTED_WORDS = 4;

/**
 * Scores below this are not kept: no bonus can lift them to a candidate (the classifier asks from
 * 0.17; the largest phrase bonus multiplies by about 2.5). Spares a large knowledge base an object
 * per entry a paste touches.
 */
const MIN_KEPT = 0.05;

/** Most compounds remembered before the cache starts over (bounded memory on any input). */
const COMPOUND_CACHE_SIZE = 50_000;

/**
 * Characters of a paste searched for a quoted title or message. The classifier reads a plain Win32
 * code in the light of a post's words up to as much: a longer dump's words dilute the few that name
 * the code's subject.
 */
export const PHRASE_SPAN = 4000;

/** Weight of a paste's word that no entry uses, as a share of the rarest known word's weight (tuned on the dev set's tuning part). */
const UNKNOWN_WEIGHT = 0.5;

/** What the index knows of one stem or concept token in one language. */
interface Term {
  idf: number;
  /** The entries that use it, ascending, and its weight in each (parallel arrays: the query loop reads no objects). */
  entries: Uint32Array;
  weights: Float64Array;
}

/** A known word of a window's query: its weight there (tf × idf, before the query's norm) and its term. */
interface QueryTerm {
  stem: string;
  weight: number;
  term: Term;
}

interface LanguageIndex {
  terms: Map<string, Term>;
  /** The largest idf: the weight of a word only one entry uses. */
  maxIdf: number;
}

/** One entry's text score. */
export interface TextScore {
  /** Index of the entry in the array the model was built from. */
  entry: number;
  /** Cosine similarity between the paste and the entry, in [0, 1]. */
  score: number;
  /** Language whose index gave the score. */
  language: Language;
  /** Stems and concept tokens (`~wipe`) the paste and entry share, highest weight first (at most 5): the explanation. */
  terms: string[];
  /** How many distinct words (stems or concepts) of the paste the entry shares. */
  shared: number;
  /**
   * Idf sum of the shared words that are not symptom words ("not found", "pending", …): how much
   * of what the paste is about the entry shares, in the window and language that gave the score
   * (another language's index would count "says" or "the" in an English paste as content words).
   */
  subject: number;
  /** The paste quotes one of the entry's titles or messages whole (four words or more). */
  quoted: boolean;
  /** The stems of one of the entry's titles that the paste holds all of, in order (three or more); empty if none. */
  titleSaid: readonly string[];
}

/** What {@link TextModel.score} returns. */
export interface TextScores {
  /** Entries with a score above zero, best first. */
  scores: TextScore[];
  /**
   * Distinct content words of the paste that some entry uses, in its best window and language: 0–1
   * for greetings and noise, more for a description of a device-management problem.
   */
  knownWords: number;
}

/** TF-IDF model over entries; build once, query many times. */
export class TextModel {
  readonly #indexes = new Map<Language, LanguageIndex>();
  /** Folded words of the Dutch renditions: the parts {@link splitCompound} may split a paste's compound into. */
  readonly #dutchWords = new Set<string>();
  /** Compound → stems of its parts (empty: not a compound of known words); bounded. */
  readonly #compounds = new Map<string, string[]>();
  /** Per language, per entry: the stem sequences of its titles and messages (every rendition). */
  readonly #phrases = new Map<Language, string[][][]>();
  /** The phrases of `#phrases` that are titles. */
  readonly #titlePhrases = new WeakSet<string[]>();
  readonly #acc: { score: Float64Array; evidence: Float64Array; shared: Uint16Array; subject: Float64Array };
  /** Postings longer than this are skipped at query time (never at the real knowledge base's size). */
  readonly #commonPostings: number;

  /**
   * Builds the model. Cost is linear in the total length of the entries' texts.
   *
   * @param context - the text that places an entry's rendition (`KnowledgeBase.documentContext`),
   *   indexed with it at the weight of a description.
   */
  constructor(entries: readonly Entry[], context: (doc: string, locale: Locale) => readonly string[] = () => []) {
    this.#commonPostings = Math.max(1000, entries.length / 16);
    this.#acc = {
      score: new Float64Array(entries.length),
      evidence: new Float64Array(entries.length),
      shared: new Uint16Array(entries.length),
      subject: new Float64Array(entries.length),
    };
    for (const lang of LANGUAGES) {
      const phrases: string[][][] = [];
      this.#phrases.set(lang, phrases);
      const tfs: Map<string, number>[] = entries.map((e, i) => {
        const tf = new Map<string, number>();
        const own: string[][] = (phrases[i] = []);
        for (const r of Object.values(e.renditions)) {
          if (!r) continue;
          const k = languageOf(r.locale) === lang ? 1 : OTHER_LOCALE_WEIGHT;
          const add = (raw: string, w: number): string[] => {
            const text = withoutBoilerplate(raw);
            if (lang === 'nl' && k === 1) for (const x of words(text)) this.#dutchWords.add(x);
            const stems = analyze(text, lang);
            for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + w * k);
            return stems;
          };
          const title = add(r.title, FIELD_WEIGHTS.title).filter(isStem);
          this.#titlePhrases.add(title);
          own.push(title);
          // A title that is a code name (`DeviceCapReached`, whose words words() already indexes) is
          // also a phrase of those words alone, as other revisions write it ("Device Cap Reached").
          if (e.codes.includes(r.title)) own.push(analyze(spacedName(r.title), lang).filter(isStem));
          for (const t of context(e.doc, r.locale)) add(t, FIELD_WEIGHTS.document);
          r.messages.forEach((m) => own.push(add(m, FIELD_WEIGHTS.messages).filter(isStem)));
          r.description.forEach((m) => add(m, FIELD_WEIGHTS.description));
          if (r.causeIntro) add(r.causeIntro, FIELD_WEIGHTS.description);
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
      const postings = new Map<string, { entry: number; weight: number }[]>();
      tfs.forEach((tf, entry) => {
        let norm = 0;
        const weights: [string, number][] = [];
        for (const [s, f] of tf) {
          const w = (f >= 1 ? 1 + Math.log(f) : f) * idf.get(s)!;
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
      const terms = new Map<string, Term>();
      for (const [s, list] of postings) {
        terms.set(s, { idf: idf.get(s)!, entries: Uint32Array.from(list, (p) => p.entry), weights: Float64Array.from(list, (p) => p.weight) });
      }
      this.#indexes.set(lang, { terms, maxIdf: Math.max(1, ...idf.values()) });
    }
  }

  /**
   * Scores `text` against every entry; returns entries with a score above zero, best first.
   *
   * The paste's words that no entry uses still count in its vector (at {@link UNKNOWN_WEIGHT} of
   * the rarest word's weight), so a sentence that shares a word or two with an entry by chance
   * scores low. A paste of several lines is also scored line by line, and an entry keeps its best
   * window: the one line of a log that carries the error is not diluted by the rest. A line of
   * fewer than {@link LINE_WORDS} stems counts in proportion, when the whole paste is scored too.
   *
   * @param text - the paste without its boilerplate ({@link withoutBoilerplate}, as the entries
   *   were indexed).
   */
  score(text: string, max = 10): TextScores {
    const best = new Map<number, TextScore>();
    let knownWords = 0;
    // The paste's stems per language, kept for the phrase bonus when the first window is the whole paste.
    const whole = new Map<Language, string[]>();
    const windows = windowsOf(text);
    const wholeScored = windows[0] === text;
    windows.forEach((window, i) => {
      const split = words(window);
      // What is the same in every language is done once per window.
      const content = contentWords(split);
      const found = concepts(split);
      for (const lang of LANGUAGES) {
        const own = [...stemWords(content, lang), ...found];
        if (i === 0 && window === text && text.length <= PHRASE_SPAN) whole.set(lang, own);
        const tokens = lang === 'nl' ? [...own, ...this.#compoundParts(split)] : own;
        const factor = window === text || !wholeScored ? 1 : Math.min(1, own.length / LINE_WORDS);
        knownWords = Math.max(knownWords, this.#scoreWindow(tokens, lang, best, factor));
      }
    });
    const ranked = topByScore(best.values(), max * 2);
    const vocab = new Map<Language, Set<string>>();
    for (const s of ranked) {
      let paste = whole.get(s.language);
      if (!paste) whole.set(s.language, (paste = analyze(text.slice(0, PHRASE_SPAN), s.language)));
      let words = vocab.get(s.language);
      if (!words) vocab.set(s.language, (words = new Set(paste)));
      let bonus = 0;
      for (const p of this.#phrases.get(s.language)![s.entry]!) {
        if (!sharesPair(words, p)) continue;
        const run = longestRun(paste, p);
        const whole = run === p.length && run >= 3;
        if (whole && run >= QUOTED_WORDS) s.quoted = true;
        if (whole && this.#titlePhrases.has(p)) s.titleSaid = p;
        bonus = Math.max(bonus, PHRASE_BONUS * (run - 1) + (whole ? WHOLE_BONUS : 0));
      }
      if (bonus > 0) s.score = Math.min(1, s.score * (1 + bonus));
    }
    const scores = ranked
      .sort((a, b) => b.score - a.score)
      .slice(0, max)
      .map((s) => this.#explain(s));
    return { scores, knownWords };
  }

  /**
   * Whether one of entry `entry`'s titles, in `language`, holds all of `stems` in order: "Something
   * went wrong" is said in "Something went wrong (error code 80070774)" too.
   */
  titleHolds(entry: number, language: Language, stems: readonly string[]): boolean {
    return this.#phrases.get(language)![entry]!.some((p) => this.#titlePhrases.has(p) && longestRun(p, stems) === stems.length);
  }

  /**
   * Whether entry `entry`'s renditions, as indexed in `language`, use `term` (a stem or a lexicon
   * concept such as `~entra`, as {@link TextScore.terms} gives them).
   */
  uses(entry: number, language: Language, term: string): boolean {
    const t = this.#indexes.get(language)!.terms.get(term);
    return !!t && indexOf(t.entries, entry) >= 0;
  }

  /**
   * Stems of the parts of the Dutch compounds among `split` (folded words) that no Dutch rendition
   * writes as one word, and of the words inside Dutch past participles of loanwords ("gereset").
   */
  #compoundParts(split: readonly string[]): string[] {
    const out: string[] = [];
    for (const w of split) {
      if (w.length < 7 || this.#dutchWords.has(w)) continue;
      let stems = this.#compounds.get(w);
      if (!stems) {
        const parts = splitCompound(w, this.#dutchWords);
        stems = parts ? analyze(parts.join(' '), 'nl').filter(isStem) : [];
        // A past participle of a loanword the knowledge base uses: gereset, gesynct, geüpdatet.
        if (!stems.length && w.startsWith('ge')) {
          const terms = this.#indexes.get('nl')!.terms;
          stems = analyze(w.slice(2), 'nl').filter((x) => terms.has(x));
        }
        if (this.#compounds.size >= COMPOUND_CACHE_SIZE) this.#compounds.clear();
        this.#compounds.set(w, stems);
      }
      out.push(...stems);
    }
    return out;
  }

  /** Scores one window in one language into `best`, its scores multiplied by `factor` (0–1); returns how many distinct known words it has. */
  #scoreWindow(tokens: readonly string[], lang: Language, best: Map<number, TextScore>, factor: number): number {
    const index = this.#indexes.get(lang)!;
    const tf = new Map<string, number>();
    for (const s of tokens) tf.set(s, (tf.get(s) ?? 0) + 1);
    let norm = 0;
    const q: QueryTerm[] = [];
    const generic = genericTerms(lang);
    for (const [s, f] of tf) {
      const term = index.terms.get(s);
      const w = (1 + Math.log(f)) * (term ? term.idf : index.maxIdf * UNKNOWN_WEIGHT);
      norm += w * w;
      if (term) q.push({ stem: s, weight: w, term });
    }
    if (!q.length) return 0;
    norm = Math.sqrt(norm);
    // Accumulators indexed by entry, reused across windows; `touched` lists the entries to read back.
    const { score, evidence, shared, subject } = this.#acc;
    const touched: number[] = [];
    for (const { stem, weight, term } of q) {
      const { idf, entries, weights } = term;
      // A word in a large share of a large knowledge base says little and costs most: skip its postings.
      if (entries.length > this.#commonPostings) continue;
      const isSubject = !generic.has(stem);
      const w = weight / norm;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (shared[e] === 0) touched.push(e);
        score[e]! += w * weights[i]!;
        evidence[e]! += idf;
        shared[e]! += 1;
        if (isSubject) subject[e]! += idf;
      }
    }
    for (const entry of touched) {
      const value = factor * Math.min(1, score[entry]! * Math.min(1, evidence[entry]! / FULL_EVIDENCE));
      const n = shared[entry]!;
      const subj = subject[entry]!;
      score[entry] = 0;
      evidence[entry] = 0;
      shared[entry] = 0;
      subject[entry] = 0;
      if (value < MIN_KEPT) continue;
      const prev = best.get(entry);
      if (!prev || value > prev.score) best.set(entry, { entry, score: value, language: lang, terms: [], shared: n, subject: subj, quoted: false, titleSaid: [], q, norm } as TextScore);
    }
    return q.length;
  }

  /** The shared words that explain a score, highest contribution first (at most 5). */
  #explain(s: TextScore & { q?: QueryTerm[]; norm?: number }): TextScore {
    const terms: [string, number][] = [];
    for (const { stem, weight, term } of s.q ?? []) {
      const i = indexOf(term.entries, s.entry);
      if (i >= 0) terms.push([stem, (weight / s.norm!) * term.weights[i]!]);
    }
    return { entry: s.entry, score: s.score, language: s.language, shared: s.shared, subject: s.subject, quoted: s.quoted, titleSaid: s.titleSaid, terms: terms.sort((a, b) => b[1] - a[1]).slice(0, 5).map((t) => t[0]) };
  }
}

/**
 * Stems a line needs to count at full weight when scored on its own; a shorter line counts in
 * proportion. A post's short line ("Apps removed on retire.") shares only the common words of
 * sibling entries; the whole post, scored too, says which one it is.
 */
const LINE_WORDS = 8;

/** Longest window scored as a whole, in characters; the lines of a longer paste are still scored one by one. */
const MAX_WINDOW = 4000;
/** Most lines of a paste scored one by one. */
const MAX_LINES = 400;

/** Fewest lines for a paste to be also scored line by line (a log, not a message with a line break). */
const MIN_LINES = 3;

/** The windows a paste is scored in: the whole (when short enough) and, for a log-like paste, each line. */
function windowsOf(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length >= 3);
  const out = text.length <= MAX_WINDOW ? [text] : [];
  if (lines.length >= MIN_LINES || !out.length) out.push(...lines.slice(0, MAX_LINES).map((l) => l.slice(0, MAX_WINDOW)));
  return out;
}

/** The `k` best scores, best first, in one pass (a large knowledge base touches thousands of entries). */
function topByScore(scores: Iterable<TextScore>, k: number): TextScore[] {
  const top: TextScore[] = [];
  for (const s of scores) {
    if (top.length === k && s.score <= top[k - 1]!.score) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && top[i - 1]!.score < s.score) {
      if (i < k) top[i] = top[i - 1]!;
      i--;
    }
    top[i] = s;
    if (top.length > k) top.length = k;
  }
  return top;
}

/** Position of `entry` in an ascending list of entries (a term's postings), by binary search; -1 if absent. */
function indexOf(entries: Uint32Array, entry: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    if (e === entry) return mid;
    if (e < entry) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function isStem(token: string): boolean {
  return !token.startsWith('~');
}

/** Whether two consecutive tokens of `b` are both in `words` (else no run of 2 exists). */
function sharesPair(words: ReadonlySet<string>, b: readonly string[]): boolean {
  for (let j = 1; j < b.length; j++) if (words.has(b[j]!) && words.has(b[j - 1]!)) return true;
  return false;
}

/** Row buffers of {@link longestRun}, reused (grown on demand) so that scoring allocates nothing per phrase. */
let runRows: [Uint16Array, Uint16Array] = [new Uint16Array(64), new Uint16Array(64)];

/** Length of the longest run of consecutive tokens `a` and `b` share (concept tokens of `a` skipped). Cost O(|a|·|b|), `b` short. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  const n = b.length;
  if (!n) return 0;
  if (runRows[0].length <= n) runRows = [new Uint16Array(2 * n + 2), new Uint16Array(2 * n + 2)];
  let [prev, cur] = runRows;
  prev.fill(0, 0, n + 1);
  cur.fill(0, 0, n + 1);
  let best = 0;
  for (const x of a) {
    if (!isStem(x)) break; // concept tokens come last
    for (let j = 1; j <= n; j++) {
      const v = x === b[j - 1] ? prev[j - 1]! + 1 : 0;
      cur[j] = v;
      if (v > best) best = v;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}
