/**
 * The troubleshooting service: a paste and a locale in, the card to send out. It holds the
 * knowledge base, the classifier and the code dictionary, and knows nothing of activities or
 * turns, so the Teams bot, the CLI and the tests all use it.
 */
import type { Classification, Classifier, Match } from '../core/classifier';
import type { CodeDictionary } from '../core/codes';
import type { KnowledgeBase, LocalizedEntry } from '../core/knowledge/base';
import { toPlainText } from '../core/knowledge/model';
import { DEFAULT_LOCALE, localeOfLanguage, type Locale } from '../core/locale';
import {
  renderAnswerCard,
  renderChoiceCard,
  renderMessageCard,
  renderNoMatchCard,
  stringsFor,
  type AdaptiveCardJson,
  type AnswerCardOptions,
} from '../render/cards';
import { format } from './strings';

/** What a code we know but do not cover is, for the no-match card. */
export interface CodeDescriber {
  describe(code: string): { name: string; description: string } | undefined;
}

/** A {@link CodeDescriber} over Microsoft's code dictionary: first symbolic name and description. */
export function describeWith(dictionary: CodeDictionary): CodeDescriber {
  return {
    describe(code) {
      const d = dictionary.get(code);
      return d ? { name: d.names[0] ?? d.code, description: d.description } : undefined;
    },
  };
}

/** The reply to a paste. */
export interface PasteReply {
  /**
   * Which card it is: `empty` (nothing to look up: empty, a greeting, noise), `answer` (one entry),
   * `choice` (the user picks among close entries) or `noMatch` (a device problem no entry covers,
   * or an answer or choice that cannot be shown, which the classifier never returns today;
   * the bot may start the helpdesk intake).
   */
  kind: 'empty' | 'answer' | 'choice' | 'noMatch';
  card: AdaptiveCardJson;
  classification: Classification;
  /** Locale the card's labels are in. */
  locale: Locale;
  /** Entry shown, for `answer`. */
  entryId?: string;
}

/**
 * Whether a paste is about a device problem (a code, or at least 3 of the knowledge base's words),
 * as opposed to a greeting or noise. Decides between the empty and the no-match card.
 */
function isAboutDevices(c: Classification): boolean {
  return c.codes.length > 0 || c.knownWords >= 3;
}

/** Whether a paste gets the empty card: nothing to look up (empty, a greeting, noise; see {@link isAboutDevices}). */
function nothingToLookUp(paste: string, c: Classification): boolean {
  return !paste.trim() || (c.decision === 'none' && !isAboutDevices(c));
}

/** Longest paste read, in characters; beyond it the first part is read and the user told. */
const MAX_PASTE = 100_000;

export class Troubleshooter {
  /** Document title by file (`fr-fr/register-devices-self.md`), for the answer card's source line. */
  readonly #titles: Map<string, string>;
  /** The prerequisites checklist by locale (see {@link Troubleshooter.checklist}). */
  readonly #checklists = new Map<Locale, string[]>();
  /** The last paste classified, with its Teams locale hint (see {@link Troubleshooter.#classify}). */
  #last: { paste: string; locale: Locale | undefined; classification: Classification } | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    readonly classifier: Classifier,
    private readonly codes?: CodeDescriber,
  ) {
    this.#titles = new Map(kb.documents().map((d) => [d.file, d.title]));
  }

  /**
   * Classifies a paste and builds the reply card.
   *
   * The card's language: the reader's Teams locale when given, else the paste's language.
   * The entry's rendition: the Teams locale's when the entry has it, else the paste language's,
   * else en-us (a note on the card says so).
   */
  reply(text: string, teamsLocale?: Locale, answerId?: string): PasteReply {
    const { paste, classification } = this.#classify(text, teamsLocale);
    const textLocale = localeOfLanguage(classification.language);
    const locale = teamsLocale ?? textLocale;
    const s = stringsFor(locale);
    // Nothing to look up (empty, a greeting, noise): say what to send, without the escalation checklist.
    if (nothingToLookUp(paste, classification)) {
      return { kind: 'empty', card: renderMessageCard(s.emptyTitle, [s.emptyBody]), classification, locale };
    }
    const { decision, matches } = classification;
    if (decision === 'answer' && matches[0]) {
      const card = this.answerCard(matches[0].entryId, locale, textLocale, {
        ...(answerId ? { answerId } : {}),
        ...(paste !== text ? { notice: format(s.tooLong, { n: MAX_PASTE }) } : {}),
      });
      if (card) return { kind: 'answer', card, classification, locale, entryId: matches[0].entryId };
    }
    if (decision === 'ask' && matches.length) {
      return { kind: 'choice', card: renderChoiceCard(this.closest(matches, locale), locale, paste), classification, locale };
    }
    const known = classification.codes.flatMap((c) => {
      const d = this.codes?.describe(c.code);
      return d ? [{ code: c.code, ...d }] : [];
    });
    return { kind: 'noMatch', card: renderNoMatchCard(locale, known, this.checklist(locale), classification.areas), classification, locale };
  }

  /**
   * Whether {@link reply} would answer a paste with more than the empty card: an entry, a choice
   * of entries, or the no-match card of a device problem (a code, or 3 of the knowledge base's words).
   * False for a greeting, noise or a word such as "Linux". Reads the same first {@link MAX_PASTE} characters.
   */
  isDeviceProblem(text: string, teamsLocale?: Locale): boolean {
    const { paste, classification } = this.#classify(text, teamsLocale);
    return !nothingToLookUp(paste, classification);
  }

  /**
   * Classifies the first {@link MAX_PASTE} characters of a paste (`paste`: what was read). The
   * last result is kept: a message that ends the helpdesk intake as a new paste is read by
   * {@link isDeviceProblem} and then answered by {@link reply} in the same turn.
   */
  #classify(text: string, teamsLocale?: Locale): { paste: string; classification: Classification } {
    const paste = text.length > MAX_PASTE ? text.slice(0, MAX_PASTE) : text;
    const last = this.#last;
    if (last && last.paste === paste && last.locale === teamsLocale) return last;
    this.#last = { paste, locale: teamsLocale, classification: this.classifier.classify(paste, teamsLocale ? { locale: teamsLocale } : {}) };
    return this.#last;
  }

  /**
   * The answer card for one entry, in the reader's locale when the entry has it, else in
   * `secondChoice`, else en-us. Undefined for an unknown id.
   */
  answerCard(
    entryId: string,
    locale: Locale,
    secondChoice: Locale = DEFAULT_LOCALE,
    options: AnswerCardOptions = {},
  ): AdaptiveCardJson | undefined {
    const shown = this.localized(entryId, locale, secondChoice);
    if (!shown) return undefined;
    return renderAnswerCard(shown, locale, this.#titles.get(shown.rendition.file) ?? shown.entry.doc, options);
  }

  /**
   * The rendition of an entry to show a reader of `locale`: theirs when the entry has it, else
   * `secondChoice`'s (the paste's language), else en-us or any; `fallback` tells whether it is in
   * another locale than `locale`. Undefined for an unknown id.
   */
  localized(entryId: string, locale: Locale, secondChoice: Locale = DEFAULT_LOCALE): LocalizedEntry | undefined {
    const entry = this.kb.get(entryId);
    if (!entry) return undefined;
    const shown = this.kb.localize(entryId, entry.renditions[locale] ? locale : entry.renditions[secondChoice] ? secondChoice : locale)!;
    return { ...shown, fallback: shown.rendition.locale !== locale };
  }

  /** The prerequisites checklist of the Windows enrollment doc in `locale` (the questions to gather before escalating). */
  checklist(locale: Locale): string[] {
    let list = this.#checklists.get(locale);
    if (!list) {
      const docs = this.kb.documents().filter((d) => d.prerequisites.length);
      list = (docs.find((d) => d.locale === locale) ?? docs.find((d) => d.locale === DEFAULT_LOCALE) ?? docs[0])?.prerequisites ?? [];
      this.#checklists.set(locale, list);
    }
    return list;
  }

  /**
   * The first `n` matches as a reader of `locale` sees them: plain-text title, and as detail the
   * first cause (else message, else codes). Matches of unknown entries are skipped.
   */
  closest(matches: readonly Match[], locale: Locale, n = 3): { entryId: string; title: string; detail: string; score: number }[] {
    return matches.slice(0, n).flatMap((m) => {
      const shown = this.kb.localize(m.entryId, locale);
      if (!shown) return [];
      const r = shown.rendition;
      const detail = toPlainText(r.causes[0] ?? r.messages[0] ?? shown.entry.codes.join(', '));
      return [{ entryId: m.entryId, title: toPlainText(r.title), detail, score: m.score }];
    });
  }
}
