/**
 * The classifier: a paste in, the matching entries and a decision out.
 *
 * Layers:
 * 1. Error codes found in the paste (exact, or repaired when only one known code is that close:
 *    one digit missing or extra, or one digit of the code part wrong; never the facility, never
 *    the last digit, wrong or missing: {@link isTypoOf}; or two adjacent digits of the code part
 *    swapped, when the paste's words match that entry on their own, since "0x80180030" is as likely
 *    another error as a mistyped 0x80180003) → the entries carrying them; when several
 *    carry them, the one carrying more of the paste's codes first. An Autopilot registration code
 *    whose failure Managed Desktop's page names (806 `ZtdDeviceAlreadyAssigned`, 802, 808, 812) is
 *    that entry's code ({@link REGISTRATION_MESSAGES}), by name or by number where the paste says it
 *    is an error ("error 806", "ZTD-806"). A code the paste rules out ("not the 0x800705b4 from
 *    the docs", "0x81039001, niet 0x800705b4"), says is solved ("had DeviceCapReached, fixed it
 *    by…", "fixed the OOBEIDPS thing"), gives as past background ("last year we had 80180026;
 *    uninstalling the agent fixed that") or takes back ("0x800705b4… wait no, it's 0x81036502")
 *    does not count, nor do its words (code-context.ts). A documented code without an entry, a
 *    Microsoft Entra `AADSTS` code, or a plain Win32 HRESULT under a headline, or only in
 *    sentences, about a topic its entry never names, or in a post that neither quotes its entry
 *    nor shares its subject among the post's best text matches, makes the paste a known `none`
 *    (unless a code of ours is there too): so are the Autopilot codes the Managed Desktop page has
 *    no message for (813, 814 `ZtdDeviceAlreadyAadRegistered`), in that portal too.
 * 2. The text model for the words ({@link TextModel}). A text match must share the entry's
 *    subject, not only symptom words (`minSubject`), score higher in a post than in a message
 *    (`postScore`) and higher still in a long post (`longPostScore`), and share much more of the
 *    subject (`minSubjectOtherArea`) when the clause that carries it names a topic (areas.ts) the
 *    entry never names, unless the paste quotes the entry's title or message whole. Unless it
 *    quotes it whole, a text match is ruled out when the paste's headline (its first non-blank
 *    line, one sentence of up to 200 characters, when more lines follow) names a topic the entry
 *    never names, when the paste asks how two things differ and names no failure, or when it is
 *    a log of Windows events none of which the entry names ("Event ID: 404" for the entry of event
 *    76); it is ruled out, quoted or not, when the paste names another device-management product
 *    and nothing of Intune's, or is a feature request. A post titled as a defect of the doc itself
 *    (a typo, a broken link, a bad translation: post-kind.ts) is `none`, codes included. A
 *    text match weighs half when the paste names only platforms (Windows, iOS, Android, macOS,
 *    Linux) other than the ones the entry names, or none of the device actions (wipe, retire,
 *    passcode, Remove Passcode, the Activation Lock bypass) the entry's title names, or when the
 *    entry's title names what the paste must name too ({@link TITLE_FAILURES}, "Hardware hash not
 *    valid"; {@link TITLE_QUESTIONS}: case and dashes, the device asking for a new passcode, a device
 *    already someone's), or
 *    when the title names a failure and the paste names none and carries no code (a how-to
 *    question; "no error", "I don't want to break…" and the negations of a planning post or of a
 *    question on how to renew something name none).
 * 3. A fusion of both into `answer` (one entry fits), `ask` (several fit and the text cannot
 *    separate them) or `none`; `none` too for a post whose best text match shares only words that
 *    two other entries share as well ({@link FAMILY_POST_WORDS}).
 */
import { findCodes, hexNeighbours, hexTranspositions, SymbolTypos, type FoundCode } from '../error-codes';
import { DEFAULT_LOCALE, languageOf, type Language, type Locale } from '../locale';
import type { KnowledgeBase } from '../knowledge/base';
import type { CodeDefinition, CodeDictionary } from '../codes';
import type { EntryId } from '../knowledge/model';
import { concepts, deniedConcepts, namesOnlyError, PhraseIndex, saysClosed, saysError, saysFailure, saysItWorks, saysNoFailure } from './lexicon';
import { fold } from './fold';
import { analyze, exclusiveWords, genericTerms, guessLanguage, withoutActionMenus, withoutFieldLabels, withoutIssueBoilerplate, words } from './text';
import { areasOf, platformsIn, topicsIn, type Platform } from './areas';
import { renditionText } from '../knowledge/model';
import { PHRASE_SPAN, TextModel, type TextScore } from './text-model';
import { asidesOf, inAside, saysAnswered, withoutAsides } from './asides';
import { disowns, solvedLast, leadOf, leadSaysResolved, occurrences, onErrorLine, onFailureLine, onlyOnQuietLines, onQuotedLine, sentenceAt, setApart, titleSaysSolved, withoutCodes } from './code-context';
import { asksComparison, asksForReport, asksHowTo, asksToPreventRecurrence, hasOpenItem, isDocumentPost, isFeatureRequest, isPlanning, isSettledSummary, questionsOf, reportsDocDefect, saysNothingBroken, titleReviewsIncident } from './post-kind';

/** How an entry was matched. */
export type MatchedBy = 'code' | 'code-repaired' | 'text';

/** One candidate entry. */
export interface Match {
  entryId: EntryId;
  /** Confidence in [0, 1]. */
  score: number;
  matchedBy: MatchedBy;
  /** Why: the codes (as written in the paste) or the shared words that matched. */
  evidence: string[];
}

/** What the classifier decided. */
export type Decision = 'answer' | 'ask' | 'none';

/** The classifier's result for one paste. */
export interface Classification {
  /** Language of the paste (the Teams locale's language when the text gives no evidence). */
  language: Language;
  decision: Decision;
  /** Candidates, best first; empty for `none` unless close misses are worth showing. */
  matches: Match[];
  /** Every code found in the paste, normalised. */
  codes: FoundCode[];
  /**
   * How many distinct content words of the paste the knowledge base uses: 0–1 for greetings and
   * noise, more for a description of a device-management problem (even one we have no entry for).
   */
  knownWords: number;
  /**
   * What a paste we have no entry for seems to be about: the areas (keys of `AREAS`: `identity`,
   * `office`, …) of the topics it names that no entry names, in order of first mention, with
   * `identity` first for a Microsoft Entra sign-in code (AADSTS…).
   */
  areas: string[];
}

/** Thresholds of the fusion; all scores are in [0, 1]. */
export interface ClassifierOptions {
  /** A text match at or above this score may be answered alone. @default 0.17 */
  answerScore?: number;
  /** A text match at or above this score is a candidate worth asking about. @default 0.17 */
  askScore?: number;
  /** The best text match must lead the second by this factor to be answered alone. @default 1.1 */
  margin?: number;
  /**
   * Distinct words (stems or concepts) a text match must share with the paste. One shared word is
   * most often a coincidence ("not found" in an HTTP 404). @default 2
   */
  minShared?: number;
  /**
   * Subject evidence a text match needs: the idf sum of the words it shares with the paste that
   * are not symptom words (see `SYMPTOM_PHRASES`). "Device not found when pairing a headset" shares
   * only "device" and a symptom with the Managed Desktop entry "Device not found"; a wipe that stays
   * pending shares "wipe". About one rare word and one common one (tuned on the tuning pastes).
   * @default 3
   */
  minSubject?: number;
  /**
   * Subject evidence a text match needs when the clause that carries it names a topic (`AREAS`:
   * compliance, app deployment, BitLocker, Outlook, printers, …) that the entry's text never
   * names: "a Win32 app stays pending" is not about wipes, unless the paste shares much more with
   * the entry (four or five rare words; tuned on the tuning pastes) or quotes its message whole.
   * @default 14
   */
  minSubjectOtherArea?: number;
  /**
   * Words (as `words()` counts them) from which a paste is a post rather than a message. @default 30
   */
  postWords?: number;
  /**
   * The text-match score a post needs instead of `askScore` (when higher; a title or message
   * quoted whole needs only `askScore`). A post about an entry's problem shares
   * more of the entry's words than one that only passes by them ("how do I enforce a separate
   * work-profile PIN"); chosen on the tuning sets (at 30 words and 0.2: 14 more of their 663
   * out-of-scope pastes refused, 3 of their 787 answers lost, and flat around those values).
   * @default 0.2
   */
  postScore?: number;
  /** Words (as `words()` counts them) from which a post is a long one (under `postWords`, it acts as `postWords`). @default 100 */
  longPostWords?: number;
  /**
   * The text-match score a long post needs instead of `postScore` (when higher; a title or message
   * quoted whole needs only `askScore`). A long post is scored line by line as well as whole, and
   * the more lines, the likelier one of them shares a few words with some entry by chance: real
   * issue-tracker posts of 100 words and more that match text weakly were nearly all about
   * something else (doc feedback, hybrid join, other products). But written long posts about an
   * entry's problem in an admin's own words score from 0.23 (a blind set of 60, en/fr/nl): 0.28
   * refused 19 more of 216 real out-of-scope posts and lost 3 of 55 real answers and 3 of 32
   * written ones; 0.22 refuses 5 more real ones and 1 more written one and loses no answer.
   * No tuning or held-out paste changes. @default 0.22
   */
  longPostScore?: number;
  /** Most matches returned. @default 5 */
  maxMatches?: number;
  /** Pastes longer than this many characters are classified on their first part. @default 1_048_576 */
  maxLength?: number;
  /**
   * Microsoft's documented codes. With it, symbolic names (`MENROLL_E_DEVICENOTSUPPORTED`) are
   * recognised, a documented code is never "repaired" into a neighbour, and a documented code
   * without an entry makes the paste a known `none`.
   */
  dictionary?: CodeDictionary;
}

/** Names of the numeric thresholds of {@link ClassifierOptions} (what a configuration file may set). */
export const CLASSIFIER_THRESHOLDS = ['answerScore', 'askScore', 'margin', 'minShared', 'minSubject', 'minSubjectOtherArea', 'postWords', 'postScore', 'longPostWords', 'longPostScore', 'maxMatches', 'maxLength'] as const;

const DEFAULTS: Required<Omit<ClassifierOptions, 'dictionary'>> = {
  answerScore: 0.17,
  askScore: 0.17,
  margin: 1.1,
  minShared: 2,
  minSubject: 3,
  minSubjectOtherArea: 14,
  postWords: 30,
  postScore: 0.2,
  longPostWords: 100,
  longPostScore: 0.22,
  maxMatches: 5,
  maxLength: 1_048_576,
} satisfies Record<(typeof CLASSIFIER_THRESHOLDS)[number], number>;

/** Options for one classification. */
export interface ClassifyOptions {
  /** The reader's locale (Teams `activity.locale`, negotiated): a hint for the paste's language. */
  locale?: Locale;
}

/**
 * Matches pastes against a knowledge base. Build once per knowledge base; `classify` returns the
 * same result for the same input (it only fills bounded caches of stems and compounds).
 */
export class Classifier {
  readonly #kb: KnowledgeBase;
  readonly #ids: EntryId[];
  /** Per entry (same order as #ids): the document it is a section of. */
  readonly #docs: string[];
  /** Entry id → its index in #ids. */
  readonly #index: Map<EntryId, number>;
  readonly #text: TextModel;
  readonly #symbols: Map<string, string>;
  /** Long symbolic names read with one letter wrong (error-codes.ts). */
  readonly #misspelt: SymbolTypos;
  /** Numbered codes of the dictionary (Autopilot import's `806`), for findCodes. */
  readonly #numbered: Set<string>;
  readonly #opts: Required<Omit<ClassifierOptions, 'dictionary'>>;
  readonly #dictionary: CodeDictionary | undefined;
  readonly #lexicon: Map<string, Language>;
  /** Per entry (same order as #ids): the topics its text names (`area/topic`, see areas.ts). */
  readonly #topics: Set<string>[];
  /** Topics some entry names. */
  readonly #covered: Set<string>;
  /** Per entry: the platforms its text names (`windows`, `ios`, `android`, `macos`, `linux`; see areas.ts). */
  readonly #platforms: Set<Platform>[];
  /** Per entry: the lexicon concepts its text names, in any rendition (titles, messages, causes, steps). */
  readonly #textConcepts: Set<string>[];
  /** Per entry: the Windows event IDs its text names ("Event ID: 76"; {@link eventIdsIn}). */
  readonly #eventIds: Set<string>[];
  /** Per entry: the device actions its title names ({@link ACTIONS}). */
  readonly #titleActions: Set<string>[];
  /** Per entry: the concepts its title names that a paste must name too: a failure ({@link TITLE_FAILURES}) or a question ({@link TITLE_QUESTIONS}). */
  readonly #titleNeeds: Set<string>[];
  /** Per entry: the concepts only its title names in its document ({@link SIBLING_FACTOR}). */
  readonly #ownTitleConcepts: string[][];
  /** Per entry: whether its title (for a code name, its first cause) names a failure ({@link saysFailure}). */
  readonly #failureTitle: boolean[];
  /** Per entry: whether its title is a code name ("MdmAuthorityNotDefined"): an error, whatever its first cause says. */
  readonly #codeTitle: boolean[];
  /** Per entry: the concepts its title names ({@link concepts}). */
  readonly #titleConcepts: Set<string>[];
  /** Per entry whose title names its failure only as an error ({@link namesOnlyError}): its title's stems per language, generic and short ones left out ({@link MIN_TITLE_STEM}). */
  readonly #errorTitleStems: (Map<Language, string[]> | undefined)[];
  /**
   * Per entry: whether only its code names it. Its en-us title is a status page's step that failed
   * with a code ("Registering your device for mobile management (Failed:3, 0x801C03EA)") and another
   * entry's text shows that step too (the 0x800705b4 screen lists it as "(Previous step failed)"):
   * the step fails for more reasons than this entry's ({@link NO_CODE}).
   */
  readonly #codeNamed: boolean[];
  /** Autopilot registration code (`806`, `ZtdDeviceAssignedToAnotherTenant`) → the entries of its message ({@link REGISTRATION_MESSAGES}). */
  readonly #byRegistrationCode: Map<string, EntryId[]>;

  constructor(kb: KnowledgeBase, options: ClassifierOptions = {}) {
    this.#kb = kb;
    const entries = kb.entries();
    this.#ids = entries.map((e) => e.id);
    this.#docs = entries.map((e) => e.doc);
    this.#index = new Map(this.#ids.map((id, i) => [id, i]));
    const context = (doc: string, locale: Locale): readonly string[] => kb.documentContext(doc, locale);
    this.#text = new TextModel(entries, context);
    const { dictionary, ...rest } = options;
    this.#opts = { ...DEFAULTS, ...rest };
    this.#dictionary = dictionary;
    this.#symbols = new Map();
    if (dictionary) for (const [k, v] of dictionary.symbols()) this.#symbols.set(k, v);
    for (const e of entries) for (const c of e.codes) if (!c.startsWith('0x')) this.#symbols.set(c.toLowerCase(), c);
    this.#misspelt = new SymbolTypos(this.#symbols);
    this.#numbered = new Set((dictionary?.all() ?? []).map((d) => d.code).filter((c) => /^[0-9]+$/.test(c)));
    // Each entry's renditions as text, read once for the lexicon, topics, platforms and event IDs.
    const renditions = entries.map((e) => Object.values(e.renditions).flatMap((r) => (r ? [{ locale: r.locale, text: renditionText(r) }] : [])));
    const texts: Record<Language, string[]> = { en: [], fr: [], nl: [] };
    for (const own of renditions) for (const r of own) texts[languageOf(r.locale)].push(r.text);
    this.#lexicon = exclusiveWords(texts);
    const entryWords = entries.map((e, i) => words(renditions[i]!.flatMap((r) => [...context(e.doc, r.locale), r.text]).join('\n'), 1e6));
    this.#topics = entryWords.map(topicsIn);
    this.#covered = new Set(this.#topics.flatMap((t) => [...t]));
    this.#platforms = entryWords.map(platformsIn);
    this.#textConcepts = entryWords.map((w) => new Set(concepts(w)));
    this.#eventIds = renditions.map((own) => eventIdsIn(own.map((r) => r.text).join('\n').normalize('NFC')));
    // Titles from the en-us rendition where there is one: the French "réinitialisation du code
    // secret" (passcode reset) reads as a wipe too.
    const english = entries.map((e) => kb.localize(e.id, DEFAULT_LOCALE)!.rendition);
    const titles = english.map((r) => r.title.trim());
    const titleWords = titles.map((t) => words(t));
    const titleConcepts = titleWords.map((w) => concepts(w));
    this.#titleConcepts = titleConcepts.map((found) => new Set(found));
    this.#titleActions = titleConcepts.map((found, i) => {
      const actions = new Set(found.filter((c) => ACTIONS.has(c)));
      // A title that names the Remove Passcode action is about that action, not passcodes in
      // general; one that names the Bypass Activation Lock action, about the bypass, not about
      // turning Activation Lock on.
      if (actions.has('~removepasscode')) actions.delete('~passcode');
      if (actions.has('~activationlock') && BYPASS.find(titleWords[i]!).length) {
        actions.delete('~activationlock');
        actions.add(BYPASS_ACTION);
      }
      return actions;
    });
    this.#titleNeeds = titles.map((t, i) => new Set([...titleFailures(t, titleConcepts[i]!), ...titleConcepts[i]!.filter((c) => TITLE_QUESTIONS.has(c))]));
    // Per entry: the concepts its title names that no other title of its document names (counted
    // per document once: linear in the entries).
    const titlesNaming = new Map<string, number>();
    const key = (i: number, c: string): string => `${entries[i]!.doc}\n${c}`;
    titleConcepts.forEach((found, i) => new Set(found).forEach((c) => titlesNaming.set(key(i, c), (titlesNaming.get(key(i, c)) ?? 0) + 1)));
    this.#ownTitleConcepts = titleConcepts.map((found, i) => [...new Set(found)].filter((c) => titlesNaming.get(key(i, c)) === 1));
    // A code name ("APNSCertificateNotValid") is read through the row's first cause ("There is a
    // problem with the certificate…"); "MdmAuthorityNotDefined" is "Your IT administrator needs to
    // configure…", no failure, and is matched by admins' paraphrases of that.
    this.#codeTitle = titles.map((t) => !/\s/.test(t));
    this.#failureTitle = titles.map((t, i) => saysFailure(words(this.#codeTitle[i] ? (english[i]!.causes[0] ?? '') : t)));
    this.#errorTitleStems = entries.map((e, i) => {
      if (this.#codeTitle[i] || !namesOnlyError(titleWords[i]!)) return undefined;
      const stems = new Map<Language, string[]>();
      for (const r of Object.values(e.renditions)) {
        if (!r) continue;
        const language = languageOf(r.locale);
        const generic = genericTerms(language);
        const own = new Set(stems.get(language));
        for (const x of analyze(r.title, language)) if (!generic.has(x) && x.length >= MIN_TITLE_STEM) own.add(x);
        stems.set(language, [...own]);
      }
      return stems;
    });
    // The status page's steps each entry's en-us text shows (one pass per entry), then the entries
    // whose title is a failed step that another entry shows too.
    const showing = new Map<string, Set<number>>();
    english.forEach((r, i) => {
      for (const [, step] of renditionText(r).matchAll(STATUS_STEP)) {
        const key = step!.toLowerCase();
        showing.set(key, (showing.get(key) ?? new Set()).add(i));
      }
    });
    this.#codeNamed = titles.map((t, i) => {
      const step = STEP_TITLE.exec(t)?.[1]?.toLowerCase();
      return step !== undefined && [...(showing.get(step) ?? [])].some((j) => j !== i);
    });
    // The Managed Desktop rows of the registration codes, by their titles in that document.
    this.#byRegistrationCode = new Map(
      Object.entries(REGISTRATION_MESSAGES).map(([code, message]) => [
        code.toLowerCase(),
        entries.filter((e, i) => e.doc === REGISTRATION_DOC && titles[i]!.toLowerCase() === message.toLowerCase()).map((e) => e.id),
      ]),
    );
  }

  /**
   * The entries that carry `code` (normalised, as findCodes gives it), itself or as the code a
   * documented symbolic name (MENROLL_E_DEVICENOTSUPPORTED → 0x80180014) or an Autopilot
   * registration code (806 → "Device already registered") stands for; `resolved` is that code and
   * `known` its dictionary entry. Typos are not repaired here.
   */
  #resolve(code: string): { resolved: string; ids: readonly EntryId[]; known: CodeDefinition | undefined } {
    const ids = this.#kb.byCode(code);
    const known = this.#dictionary?.get(code);
    if (ids.length || !known) return { resolved: code, ids, known };
    const byCode = this.#kb.byCode(known.code);
    return { resolved: known.code, ids: byCode.length ? byCode : (this.#byRegistrationCode.get(known.code.toLowerCase()) ?? []), known };
  }

  /** Whether `topics` (`area/topic` keys) include one that entry `entry` (its index) never names. */
  #namesOther(entry: number, topics: Iterable<string>): boolean {
    const own = this.#topics[entry]!;
    for (const t of topics) if (!own.has(t)) return true;
    return false;
  }

  /**
   * Classifies one paste. Never throws on any string input; non-string input is treated as empty.
   */
  classify(text: string, options?: ClassifyOptions | null): Classification {
    const raw = typeof text === 'string' ? text.slice(0, this.#opts.maxLength) : '';
    // Without an issue's template and Document Details block (blanked: offsets stay those of the paste).
    const cleaned = withoutIssueBoilerplate(raw);
    const codes = findCodes(cleaned, { symbols: this.#symbols, misspelt: this.#misspelt, numbered: this.#numbered });
    // A code the paste rules out or says is solved is context, not its problem: neither its number
    // nor its name's words count (blanked in place).
    const offsets = codes.map((c) => c.index);
    const resolvedOf = new Map(codes.map((c) => [c, this.#resolve(c.code)]));
    // A thread titled as solved ("[RÉSOLU] OOBEIDPS en OOBE + nouvelle question", "Foutcode 8018000a -
    // OPGELOST + nieuwe vraag") is solved for the codes its title names.
    const { line: title, start: titleStart } = codes.length > 0 ? headlineAt(cleaned) : { line: '', start: 0 };
    const solvedTitle = titleSaysSolved(title) ? title : '';
    // An incident reviewed after it ended ("Post-Incident Review – … (FINAL)") tells every code as history.
    const reviewed = titleReviewsIncident(title, cleaned.slice(titleStart));
    // What the post marks as not its question ("Side note, not the question: …"), the history it
    // tells as over ("we hebben ooit wel die melding gehad …, en dat is al lang gefixt") and the
    // quotes it rules out ("aucun appareil n'affiche « Un problème s'est produit. OOBEIDPS »") are
    // read for neither their codes nor their words.
    const asides = asidesOf(cleaned);
    // A code a log gives only on warning or information lines, beside another code on an error
    // line, recovered: the other is the failure.
    let failing: FoundCode[] | undefined;
    const quiet = (c: FoundCode): boolean => (failing ??= codes.filter((o) => onErrorLine(cleaned, o.index))).some((o) => o.code !== c.code) && onlyOnQuietLines(cleaned, c.raw, c.index);
    // A code only in a quoted earlier message ("> Reply from …: That sounds like 80180003"), where
    // the poster's own lines give another code ("MDM Enroll: Failure (0x80180018)"): the quote was
    // a guess, the poster's code is the failure. (Alone, a quote may be the poster's own error.)
    // Nor a code only in the quoted steps of a runbook under review ("> Step 5: If Company Portal
    // shows APNSCertificateNotValid, stop and escalate"): what the runbook plans for, whatever the
    // reviewer asks about ({@link QUOTED_STEP}). Nor a code only in a quoted mail whose advice the
    // poster's own lines say worked ("Removing their old devices did the trick" above "> … DeviceCapReached
    // means …"): that question is answered ({@link saysAnswered}).
    // (Its first line, the other codes' lines, the quoted steps and the poster's lines, the last two
    // once per paste, are read before its other occurrences are searched.)
    let quotedSteps: boolean | undefined;
    let answered: boolean | undefined;
    const quoted = (c: FoundCode): boolean => {
      if (!onQuotedLine(cleaned, c.index)) return false;
      const resolved = resolvedOf.get(c)!.resolved;
      const beside = codes.some((o) => resolvedOf.get(o)!.resolved !== resolved && !onQuotedLine(cleaned, o.index)) || (quotedSteps ??= QUOTED_STEP.test(cleaned)) || (answered ??= saysAnswered(cleaned));
      return beside && occurrences(cleaned, c.raw, c.index).every((at) => onQuotedLine(cleaned, at));
    };
    const disowned = new Set(codes.filter((c) => resolvedOf.get(c)!.ids.length > 0 && (reviewed || solvedTitle.includes(c.raw) || disowns(cleaned, c.raw, c.index, offsets, (at) => inAside(asides, at)) || quiet(c) || quoted(c))));
    // A code's other form in parentheses beside it ("het is niet 80180014 (MENROLL_E_DEVICENOTSUPPORTED)")
    // goes with it, when that is its only occurrence.
    const sameCode = (a: FoundCode, b: FoundCode): boolean => resolvedOf.get(a)!.resolved === resolvedOf.get(b)!.resolved;
    const glossOf = (a: FoundCode, b: FoundCode): boolean => GLOSS_GAP.test(cleaned.slice(a.index + a.raw.length, b.index)) && occurrences(cleaned, b.raw, b.index).length === 1;
    for (const c of codes) if (!disowned.has(c) && resolvedOf.get(c)!.ids.length && [...disowned].some((d) => sameCode(c, d) && (glossOf(d, c) || glossOf(c, d)))) disowned.add(c);
    // A timeline or a list of items: a code whose last mention says it is solved ("4 laptops … ->
    // 80180003 … Upgraded them to Pro, they enrolled. Closed."), while another code of ours stays
    // open, is the closed item; the other code is the open one. When every code of ours is so
    // closed ("« L'appareil est déjà inscrit » (8018000a) … inscription réussie à 10:20. Résolu."
    // above a neighbour code), none is the open problem: the words decide.
    // (Not when the code left open is another form of a closed one: "0x80180014 … Closed." then "80180014 again".)
    const open = codes.filter((c) => !disowned.has(c) && resolvedOf.get(c)!.ids.length > 0);
    const closed = open.filter((c) => solvedLast(cleaned, c.raw, c.index, (at) => inAside(asides, at)));
    const anotherOpen = open.some((o) => !closed.some((x) => sameCode(x, o)));
    if (closed.length === open.length || anotherOpen) for (const c of closed) disowned.add(c);
    const owned = disowned.size ? withoutCodes(cleaned, [...disowned]) : cleaned;
    const input = asides.length ? withoutAsides(owned, asides) : owned;
    const hint = options?.locale ? languageOf(options.locale) : undefined;
    // The poster's words, without log field labels and the actions a menu offers.
    const prose = withoutActionMenus(withoutFieldLabels(input));
    const { language } = guessLanguage(prose, hint, this.#lexicon);

    // Topics the paste names that an entry never names: the paste is about something else.
    const split = words(prose);
    const topics = [...topicsIn(split)];
    const pasteConcepts = new Set(concepts(split));
    // What the no-match card may say the paste is about: topics no entry names, and Entra sign-in
    // for an AADSTS code.
    const areas = areasOf([...(codes.some((c) => c.form === 'aadsts') ? ['identity/aadsts'] : []), ...topics.filter((t) => !this.#covered.has(t))]);
    // A post's headline (its title, or a log's first line) says what the post is about.
    const headline = headlineOf(prose);
    const headlineTopics = [...topicsIn(words(headline))];
    let clauses: Clause[] | undefined;

    const { scores: textScores, knownWords } = this.#text.score(prose, TEXT_MATCHES);
    const none = (): Classification => ({ language, decision: 'none', matches: [], codes, knownWords, areas });
    /** A text score as a match: its entry, its score (or `score`) rounded, its best terms as evidence. */
    const textMatch = (t: TextScore, score = t.score): Match => ({ entryId: this.#ids[t.entry]!, score: round(score), matchedBy: 'text', evidence: t.terms });
    // A post titled as feedback on a doc's own defect (a typo, a broken link, a bad translation)
    // quotes the doc's sections and codes; no playbook fixes the doc.
    // (Without a title line, the first sentence says what the post is.)
    const opening = prose.slice(0, PHRASE_SPAN).normalize('NFC');
    const foldedOpening = fold(opening);
    const lead = headline ? fold(headline) : leadOf(foldedOpening);
    // A post that opens as feedback on a doc may name the defect further on ("Feedback on the
    // enrollment errors page: the steps say … The menu path in the article is out of date.").
    // So may one that opens on a doc's translation ("dans la version française de « … », le tableau
    // d'erreurs indique « Appareil in trouvé » au lieu de « Appareil introuvable »").
    if (reportsDocDefect(lead, foldedOpening, split)) return none();
    const o = this.#opts;
    const textOf = new Map(textScores.map((t) => [this.#ids[t.entry]!, t]));

    // The shared words and subject a text match needs.
    const grounded = (t: TextScore): boolean => t.shared >= o.minShared && t.subject >= o.minSubject;
    // A text match that would stand on its own: that, and enough score.
    const confirms = (t: TextScore | undefined): boolean => !!t && t.score >= o.askScore && grounded(t);
    // The best text match (textScores come best first), grounded, whatever its score.
    const leads = (id: EntryId): boolean => !!textScores[0] && this.#ids[textScores[0].entry] === id && grounded(textScores[0]);

    // The Windows event IDs the paste names (read once, lazily: most pastes need them for nothing),
    // and whether the paste names one that entry `entry` (its index) names too.
    let pasteEvents: Set<string> | undefined;
    const eventsNamed = (): Set<string> => (pasteEvents ??= eventIdsIn(input.slice(0, EVENT_SPAN).normalize('NFC')));
    const namesOwnEvent = (entry: number): boolean => {
      const own = this.#eventIds[entry]!;
      return own.size > 0 && [...eventsNamed()].some((e) => own.has(e));
    };
    // Codes → entries.
    const byCode = new Map<EntryId, Match>();
    /** Per entry matched by code: the distinct codes of the paste it carries. */
    const carries = new Map<EntryId, Set<string>>();
    let foreignCode = false;
    const foreignCodes = new Set<FoundCode>();
    /** Malformed codes no known code repairs ("80a3f1c" in a commit hash): not a failure said. */
    const unread = new Set<FoundCode>();
    for (const c of codes) {
      if (disowned.has(c)) continue;
      const found = resolvedOf.get(c)!;
      const known = found.known;
      let { resolved, ids } = found;
      let matchedBy: MatchedBy = c.form === 'misspelt-symbolic' ? 'code-repaired' : 'code';
      if (!ids.length && !known && (c.form === 'hex' || c.form === 'bare-hex' || c.form === 'malformed' || c.form.endsWith('decimal'))) {
        const near = hexNeighbours(c.code.slice(2)).filter((n) => this.#kb.byCode(n).length > 0 && isTypoOf(n, c));
        if (near.length === 1 && (c.form === 'malformed' || c.code.length === 10)) {
          resolved = near[0]!;
          ids = this.#kb.byCode(resolved);
          matchedBy = 'code-repaired';
        }
        // Two digits swapped ("0x80180041" for 0x80180014): only when the words are that entry's too,
        // enough to stand alone or the best text match with its words and subject ("ESP faalt bij
        // 'Uw apparaat registreren voor mobiel beheer', foutcode 0x801c03ae").
        const swapped = ids.length || (c.form !== 'hex' && c.form !== 'bare-hex') ? [] : hexTranspositions(c.code.slice(2)).filter((n) => this.#kb.byCode(n).length > 0);
        const only = swapped.length === 1 ? swapped[0]! : undefined;
        // (Swapped in the facility, "0x8108002b" for 0x8018002b: only words that stand alone confirm it.)
        const inFacility = only !== undefined && only.slice(0, 6) !== c.code.slice(0, 6);
        // (Or the paste names a Windows event the entry names: "event id 76 code 0x8108002b".)
        const confirmed = only ? this.#kb.byCode(only).filter((id) => confirms(textOf.get(id)) || (!inFacility && leads(id)) || namesOwnEvent(this.#index.get(id)!)) : [];
        if (confirmed.length) {
          resolved = only!;
          ids = confirmed;
          matchedBy = 'code-repaired';
        }
      }
      if (ids.length && (isWin32(resolved) || c.form === 'numbered') && topics.length) {
        // A plain Windows error (ERROR_TIMEOUT…) that many components report, or an Autopilot
        // import error by its number ("error 806"), where the paste says it comes from a topic the
        // entry never names: the same number, another problem ("Windows Update … 0x800705b4", "VPN
        // error 806"). Said where: in the post's headline, or in every sentence that carries the
        // number as written (a screen copied whole names the status page's later phases on other
        // lines).
        const sentences = occurrences(input, c.raw, c.index).map((at) => topicsIn(words(sentenceAt(input, at))));
        const foreign = (id: EntryId): boolean => {
          const entry = this.#index.get(id)!;
          return this.#namesOther(entry, headlineTopics) || sentences.every((here) => this.#namesOther(entry, here));
        };
        if (ids.every(foreign)) ids = [];
      }
      if (!ids.length && c.form === 'malformed') unread.add(c);
      if (!ids.length) {
        // A failure HRESULT, Entra sign-in error, Windows setup page (OOBEKEYBOARD), other error
        // number ("error code 135011") or documented code we have no entry for: a known "none".
        if (known || c.form === 'aadsts' || c.form === 'oobe' || c.form === 'error-number' || (c.form !== 'malformed' && c.code.startsWith('0x') && parseInt(c.code.slice(2), 16) >= 0x80000000)) {
          foreignCode = true;
          foreignCodes.add(c);
        }
        continue;
      }
      for (const id of ids) {
        const score = matchedBy === 'code' ? 1 : 0.9;
        const prev = byCode.get(id);
        if (prev) prev.evidence.push(c.raw);
        else byCode.set(id, { entryId: id, score, matchedBy, evidence: [c.raw] });
        (carries.get(id) ?? carries.set(id, new Set()).get(id)!).add(resolved);
      }
    }

    // A paste that names a documented code we have no entry for, and ours only in sentences that set
    // ours apart ("I know this sounds like the 0x80180014 … case, but it isn't", "our code is
    // different (03ED, not 03EA)", "we know the 80070774 issue that causes, and checked"), is about
    // the other code. So is one that shows the other code failing ("MDM Enroll: Failed (Unknown
    // Win32 Error code: 0x8018001c)") and ours on no line that says a failure: a colleague's guess
    // ("Collega: 'dat is toch 0x80180014, Windows-platform geblokkeerd?'"), history told in prose.
    if (foreignCodes.size && byCode.size) {
      const others = [...foreignCodes].map((c) => c.raw);
      const otherFails = [...foreignCodes].some((c) => onFailureLine(input, c.index));
      const told = (c: FoundCode): boolean => occurrences(input, c.raw, c.index).every((at) => !onFailureLine(input, at));
      for (const [id, match] of byCode) {
        const own = codes.filter((c) => !disowned.has(c) && match.evidence.includes(c.raw));
        if (own.every((c) => setApart(input, c.raw, c.index, others)) || (otherFails && own.every(told))) {
          byCode.delete(id);
          foreignCode = true;
        }
      }
    }
    if (split.length >= WIN32_CONTEXT_WORDS && prose.length <= PHRASE_SPAN) {
      // A plain Windows error in a post that neither quotes its entry's title or message nor shares
      // some of its subject words, the entry being among the post's best text matches:
      // ERROR_TIMEOUT (0x800705b4) ends the status page's app phase far more often than it secures
      // hardware. (Scoring every entry instead finds a few shared words far down the list in such
      // posts too: tried, it answered two of them again.)
      for (const [id, codesOf] of carries) {
        const t = textOf.get(id);
        if (![...codesOf].every(isWin32) || (t && (t.quoted || t.subject >= o.minSubject))) continue;
        byCode.delete(id);
        foreignCode = true;
      }
    }

    // A post whose title names only codes we do not cover, besides ours ruled out there ("Windows
    // Server VM won't enroll - 0x80180015 (not the 0x80180014 platform block)"), is about those,
    // whatever its story says of ours.
    if (byCode.size && title) {
      const inTitle = codes.filter((c) => c.index >= titleStart && c.index < titleStart + title.length && !disowned.has(c) && !disowns(title, c.raw, c.index - titleStart));
      if (inTitle.length && inTitle.every((c) => foreignCodes.has(c))) return none();
    }

    // A status update that closes the ticket or says the incident is resolved, and asks nothing,
    // needs no playbook, whatever codes of ours it tells the story of ("Je clôture le sujet … qui
    // tombaient en « … (0x80180014) » … je passe le ticket en résolu"). So does a periodic summary of
    // the poster's own fleet ("Synthèse hebdo – semaine 47"), whatever it asks about the report,
    // unless it says an item is still open ("Still open, need help: … (0x80180014)").
    // The opening's questions, read once (lazily: most pastes need them for neither check).
    let questions: string[] | undefined;
    const questionsAsked = (): string[] => (questions ??= questionsOf(opening));
    const closing = ((saysClosed(split) || leadSaysResolved(lead, foldedOpening)) && questionsAsked().length === 0 && !hasOpenItem(foldedOpening)) || isSettledSummary(foldedOpening);
    // So does a post that says nothing is broken ("Nothing is broken yet", "Aucune erreur pour
    // l'instant", "Rien n'est cassé aujourd'hui") or open, or whose lead asks how to keep a past
    // problem from coming back ("Hoe voorkomen we dat … terugkomt"): the codes and messages it names
    // are what it plans to avoid ("I really do not want to hear 'APNSCertificateNotValid' from 480 users");
    // so does a post whose every question asks for a report on failures (a query, an alert, a count
    // per week), not their fix: its codes are what to count;
    // and so does a document being written or reviewed that names them: a draft of a training or an
    // FAQ ("DRAFT - Service Desk training"), an audit finding ("Auditbevinding AB-2024-11").
    if ((byCode.size && closing) || saysNothingBroken(foldedOpening) || asksForReport(questionsAsked().map(fold)) || asksToPreventRecurrence(lead, foldedOpening) || isDocumentPost(lead)) return none();
    if (byCode.size) {
      const matches = [...byCode.values()].sort((a, b) => b.score - a.score);
      if (matches.length === 1) return { language, decision: 'answer', matches, codes, knownWords, areas };
      // Several entries carry the paste's codes. One that carries more of them is the one the paste
      // is about ("0x801c003 … 80180003": only "not authorized" has both); among equals, let the
      // words separate them.
      const carried = (m: Match): number => carries.get(m.entryId)!.size;
      const scoreOf = (m: Match): number => textOf.get(m.entryId)?.score ?? 0;
      // Among equals, one whose title names what the paste says and no rendition of the other does
      // ("The account certificate is invalid … (0x80cf4017)": only that entry says "not valid") is
      // the one, however much of the causes and steps both share. Not "niet gemachtigd" with
      // 0x801c0003: the nl-nl doc gives that message to both of its entries.
      const saysOnly = (m: Match, other: Match): number =>
        this.#ownTitleConcepts[this.#index.get(m.entryId)!]!.some((c) => pasteConcepts.has(c) && !this.#textConcepts[this.#index.get(other.entryId)!]!.has(c)) ? 1 : 0;
      matches.sort((a, b) => carried(b) - carried(a) || saysOnly(b, a) - saysOnly(a, b) || scoreOf(b) - scoreOf(a));
      const first = scoreOf(matches[0]!);
      const second = scoreOf(matches[1]!);
      const separated = carried(matches[0]!) > carried(matches[1]!) || saysOnly(matches[0]!, matches[1]!) > saysOnly(matches[1]!, matches[0]!) || (first >= o.askScore && first >= second * o.margin * 1.2);
      // Codes that leave two entries to ask between, beside a third entry's title quoted whole ("A
      // setup failure has occurred during bulk enrollment." above a log line "AADJ bulk enrollment
      // failed: 0x801c0003"): the quoted error is what the paste is about, the shared code its detail.
      const titled = separated ? undefined : textScores.find((t) => t.quoted && t.titleSaid.length > 0 && !byCode.has(this.#ids[t.entry]!));
      if (titled) return { language, decision: 'answer', matches: [textMatch(titled, Math.max(titled.score, o.answerScore))], codes, knownWords, areas };
      return { language, decision: separated ? 'answer' : 'ask', matches: matches.slice(0, o.maxMatches), codes, knownWords, areas };
    }

    // For a text match, only the clauses that carry its words tell what it is about: "BitLocker and
    // Wi-Fi work fine, but enrollment fails with 'Your organization does not support…'" is not about
    // BitLocker.
    // A match that quotes the entry's error message whole is about it, whatever else is named;
    // otherwise a topic the entry never names, in a clause that carries the match, makes the match
    // about something else. (No clause carrying it: the paste as a whole decides.)
    const otherAreaNear = (t: TextScore): boolean => {
      if (t.quoted || !this.#namesOther(t.entry, topics)) return false;
      const generic = genericTerms(t.language);
      const own = t.terms.filter((x) => !generic.has(x));
      clauses ??= clausesOf(prose);
      const near = clauses.filter((c) => own.some((x) => c.stems(t.language).has(x)));
      return near.length === 0 || near.some((c) => !c.works && this.#namesOther(t.entry, c.topics));
    };
    // A topic in the headline that the entry never names rules a text match out, unless the paste
    // quotes the entry's message whole. (Not a code match, but for a plain Win32 code above: a
    // title names the project, the code names the error.)
    // A paste that names another device-management product (Jamf, Fleet…) and nothing of Intune's
    // is about that product, wherever it names it (often once, in an issue template's header).
    // ("Jamf, not Intune" names Intune only to rule it out.) A suite that also does sign-in (Google
    // Workspace) counts only beside Intune ruled out: "via Google Workspace, niet via Intune".
    // A lead that names the other product and rules Intune out says so for the whole post ("Jamf Pro
    // 11.3 here, not Intune. … our Intune folks said they've seen this before").
    const intuneSpans = INTUNE.spans(split);
    const leadWords = words(lead);
    const leadIntune = INTUNE.spans(leadWords);
    const leadOther = leadIntune.length > 0 && leadIntune.every((s) => deniedAt(leadWords, s.start)) && topicsIn(leadWords).has('othermdm/othermdm');
    const intuneDenied = leadOther || intuneSpans.every((s) => deniedAt(split, s.start));
    const otherProduct =
      intuneDenied && !pasteConcepts.has('~entra') && (topics.includes('othermdm/othermdm') || (topics.includes('othermdm/suites') && intuneSpans.length > 0));
    // A feature request asks for what does not exist yet; a playbook fixes what fails.
    const featureRequest = isFeatureRequest(raw.slice(0, PHRASE_SPAN).normalize('NFC'));
    // A post that says it is planning, or asks how to renew something, asks before anything failed:
    // the negations and symptoms it names are what it wants to avoid, unless it says something
    // erred or failed.
    const planning = isPlanning(opening);
    const failureSaid =
      codes.some((c) => !disowned.has(c) && !unread.has(c)) ||
      (planning ? saysError(split) : saysFailure(split, pasteConcepts) || HRESULT_LIKE.test(prose.slice(0, PHRASE_SPAN)));
    // A paste that asks how two things differ, what a device action does or why a doc gives a
    // step, and names no failure, asks what no playbook answers.
    const comparison = !failureSaid && asksComparison(opening, headline || lead, [...pasteConcepts].some((c) => ACTIONS.has(c)));
    const howTo = !failureSaid && asksHowTo(opening);
    // A log whose events are not the entry's ("Event ID: 404" for the entry of event 76) is another
    // failure; so is a paste that says its log holds no event ("no EnterpriseMgmt task and no Event 76").
    // (Read only for an entry that names events: most name none.)
    let noEvents: boolean | undefined;
    const otherEvent = (t: TextScore): boolean => {
      const own = this.#eventIds[t.entry]!;
      if (!own.size) return false;
      if ((noEvents ??= NO_EVENTS.test(foldedOpening))) return true;
      return eventsNamed().size > 0 && !namesOwnEvent(t.entry);
    };
    // The questions a post asks ("… How do I stream these into Sentinel?"): when it names no failure
    // and every question names a topic the entry never names, the post asks about that topic,
    // whatever its log or story shares. (Without the failure condition, a question that wonders
    // whether a failure is a licensing or RBAC matter ruled out the failure's entry: 4 answers lost.)
    let questionTopics: Set<string>[] | undefined;
    const offQuestion = (t: TextScore): boolean => {
      if (failureSaid) return false;
      questionTopics ??= questionsAsked().map((q) => topicsIn(words(q)));
      return questionTopics.length > 0 && questionTopics.every((q) => this.#namesOther(t.entry, q));
    };
    const offHeadline = (t: TextScore): boolean => otherProduct || featureRequest || (!t.quoted && (comparison || otherEvent(t) || offQuestion(t) || this.#namesOther(t.entry, headlineTopics)));
    // A title or message quoted whole is the entry's own words, however much chatter dilutes the
    // score. Otherwise: a paste about one platform (iPhone, Windows) is hardly about an entry for
    // another, so when the entry names its platforms and the paste names none of them, the entry
    // weighs half; sibling entries share their context ("Android Enterprise work profile") but
    // not their device action, so an entry about actions the paste does not name weighs half;
    // an entry whose title says its subject is not valid weighs half for a paste that never does;
    // and an entry whose title names a failure weighs half for a paste that names none, nor a code
    // (a how-to rules it out, and an entry titled by an error's name too: "where do I set the MDM
    // authority?" is not MdmAuthorityNotDefined).
    // A platform named only where the paste says it works ("Sur iPhone elle fonctionne") is the
    // comparison, not the device that fails: an entry for it alone is ruled out.
    const named = platformsIn(split);
    if (named.size > 1) clauses ??= clausesOf(prose);
    const workingPlatforms = named.size > 1 ? workingOnly(clauses!, platformsIn) : new Set<Platform>();
    const pastePlatforms = [...named].filter((p) => !workingPlatforms.has(p));
    const pasteActions = [...pasteConcepts].filter((c) => ACTIONS.has(c));
    // Likewise a device action named only where the paste says it works, beside another action
    // that fails ("Autopilot Reset is grijs… Wissen en buiten gebruik stellen kunnen wel"): an
    // entry about it alone is ruled out. (An action that works and then something else fails is
    // the entry's own story: "Supprimer le code secret, ça marche, mais l'iPad demande…".)
    const otherActionFails = pasteActions.length > 0 && topics.some(isActionTopic) && (clauses ??= clausesOf(prose)).some((c) => !c.works && [...c.topics].some(isActionTopic));
    const workingActions = otherActionFails ? workingOnly(clauses!, (w) => concepts(w).filter((c) => ACTIONS.has(c))) : new Set<string>();
    if (BYPASS.find(split).length) pasteActions.push('~activationlock', BYPASS_ACTION);
    // A step that failed with no code shown is not the entry that only its code names, however
    // whole the paste says the step; nor is an entry whose text shows that step as a later one
    // ("(Previous step failed)"): a paste best matched by such a step has no entry.
    const codeNamed = textScores.findIndex((t) => this.#codeNamed[t.entry]);
    if (codeNamed >= 0 && NO_CODE.test(foldedOpening)) {
      if (codeNamed === 0) return none();
      textScores.splice(codeNamed, 1);
    }
    for (const t of textScores) {
      if (t.quoted) {
        t.score = Math.max(t.score, o.answerScore);
        continue;
      }
      const platforms = this.#platforms[t.entry]!;
      if (platforms.size && pastePlatforms.length && !pastePlatforms.some((p) => platforms.has(p))) t.score *= [...workingPlatforms].some((p) => platforms.has(p)) ? 0 : OTHER_PLATFORM_FACTOR;
      const needs = this.#titleNeeds[t.entry]!;
      if (needs.size && ![...needs].some((c) => pasteConcepts.has(c))) t.score *= UNSAID_NEED_FACTOR;
      if (!failureSaid && howTo && (this.#failureTitle[t.entry] || this.#codeTitle[t.entry])) t.score = 0;
      else if (!failureSaid && this.#failureTitle[t.entry]) t.score *= UNSAID_PROBLEM_FACTOR;
      const actions = this.#titleActions[t.entry]!;
      if (actions.size && [...actions].every((c) => workingActions.has(c))) t.score = 0;
      else if (actions.size && !pasteActions.some((c) => actions.has(c))) t.score *= UNSAID_ACTION_FACTOR;
    }
    // Sibling entries: a paste that names what only one entry's title names, and nothing only
    // this entry's title names, is about that sibling ("apps still installed after retire" is not
    // "sign back into Office after retire").
    const saidOwn = new Set(textScores.filter((t) => this.#ownTitleConcepts[t.entry]!.some((c) => pasteConcepts.has(c))).map((t) => t.entry));
    if (saidOwn.size) for (const t of textScores) if (!t.quoted && !saidOwn.has(t.entry) && this.#ownTitleConcepts[t.entry]!.length) t.score *= SIBLING_FACTOR;
    // A paste that quotes an entry's title or message whole is about that entry, and the entries
    // it only shares words with weigh less: "her organization doesn't support this version of
    // Windows" on "the phone" is not "This account is not allowed on this phone". When the quoted
    // entry's code is history ("the \"Something went wrong… 80070774\" failure was resolved"), so
    // are the words around it: no sibling ("Something went wrong", 80180026) inherits them.
    if (textScores.some((t) => t.quoted)) for (const t of textScores) if (!t.quoted) t.score *= SIBLING_FACTOR;
    // Likewise a paste that says a sibling's title whole (every stem, in order) and not this
    // entry's, unless this entry's title holds the same words: the Dutch doc writes "niet
    // gemachtigd" in both the not-authorized and the not-allowed entries' messages, but only
    // not-authorized has "Deze gebruiker is niet gemachtigd om in te schrijven" as its title; and
    // "Something went wrong" is said in the 80070774 entry's title too.
    const saidTitles = textScores.filter((t) => t.titleSaid.length > 0);
    const saysSibling = (t: TextScore): boolean => saidTitles.some((o) => this.#docs[o.entry] === this.#docs[t.entry] && !this.#text.titleHolds(t.entry, o.language, o.titleSaid));
    for (const t of textScores) if (!t.titleSaid.length && saysSibling(t)) t.score *= SIBLING_FACTOR;
    // Two sections of one document under one title (the French doc titles both 0x801c0003 sections
    // "L'inscription de cet utilisateur n'est pas autorisée."): a paste that says that title, and
    // shares no lexicon concept with one of them that the other lacks, says both, however much
    // shorter one section is: they weigh the same, so the reader is asked.
    const sameTitle = (a: TextScore, b: TextScore): boolean => a !== b && this.#docs[a.entry] === this.#docs[b.entry] && a.titleSaid.join(' ') === b.titleSaid.join(' ');
    const conceptsAlsoIn = (a: TextScore, b: TextScore): boolean => a.terms.every((w) => !w.startsWith('~') || this.#text.uses(b.entry, b.language, w));
    for (const a of saidTitles) for (const b of saidTitles) if (sameTitle(a, b) && conceptsAlsoIn(a, b) && conceptsAlsoIn(b, a)) a.score = b.score = Math.max(a.score, b.score);
    // An entry about a device action whose own title concepts the paste all names, with one of its
    // actions, is its subject even in other words than the doc's: "where can I follow whether the
    // wipe went through?" (monitor), "which admin sent that reset?" (who started). Not in a long
    // post, where such words come by the way.
    if (split.length < o.longPostWords) {
      for (const t of textScores) {
        const own = this.#ownTitleConcepts[t.entry]!;
        const actions = this.#titleActions[t.entry]!;
        if (!t.quoted && own.length && actions.size && own.every((c) => pasteConcepts.has(c)) && pasteActions.some((c) => actions.has(c))) t.score *= SAID_SUBJECT_LIFT;
      }
    }
    // A Windows event the entry names (the ODJ connector's 30312, Event ID 76 of auto-enrollment),
    // named by a paste that shares more than three of the entry's words, its subject among them,
    // identifies it as a code would, however short the paste ("ODJ connector geeft event 30312,
    // onvoldoende rechten op de OU") or long the log around it: it needs no more than a quoted
    // message. Event, log and server alone do not ("Event 30312 … in the Sysmon log on our file
    // server").
    const eventSaid = new Set(textScores.filter((t) => !t.quoted && t.subject >= o.minSubject && t.shared > o.minShared + 1 && namesOwnEvent(t.entry)));
    for (const t of eventSaid) t.score = Math.max(t.score, o.answerScore);
    textScores.sort((a, b) => b.score - a.score);
    // A quoted title or message, or an entry's own event, was raised to answerScore above: it needs
    // no more, in a post too.
    const postMin = Math.max(o.askScore, split.length >= o.longPostWords ? Math.max(o.postScore, o.longPostScore) : o.postScore);
    const minScore = (t: TextScore): number => (split.length >= o.postWords && !t.quoted && !eventSaid.has(t) ? postMin : o.askScore);
    // An entry whose code the paste rules out or says is solved is not what its words describe either.
    const settled = new Set([...disowned].flatMap((c) => resolvedOf.get(c)!.ids));
    // A status update that closes the ticket or says nothing is to be done, and asks nothing ("de 12
    // gestolen iPads zijn gewist, staan niet meer in behandeling. Ticket mag dicht."), needs no
    // playbook, unless it quotes an entry's message whole; nor does a status update that says the
    // incident is resolved. A thread titled solved ("Ticket 4502 — RÉSOLU", "[SOLVED] 0x801C03EA on
    // kiosk builds") needs none whether it asks or not: what it asks is a follow-up, in the words of
    // the solved problem ("has anyone automated the TPM 1.2→2.0 conversion?"); a code of ours in the
    // follow-up is still read; a message it quotes is the solved one.
    const solvedThread = titleSaysSolved(headline);
    const closedUpdate = solvedThread || closing;
    // A kind of enrollment the paste says the device is not ("volledig beheerd, geen werkprofiel")
    // rules out the entries whose title names it.
    const denied = deniedConcepts(split);
    const deniedTitle = (t: TextScore): boolean => denied.size > 0 && [...denied].some((c) => this.#titleConcepts[t.entry]!.has(c));
    // An entry whose title names an error in doing something ("An error occurred while creating
    // Autopilot profile") is not about a paste that says that something went without errors ("The
    // profile saved without any error, but the devices keep their DESKTOP- names"), unless another
    // clause of it names that error ("… : « Une erreur s'est produite lors de la création du
    // profil ». Si je désactive le modèle, le profil se crée sans problème"). The statement may say
    // it in a clause of its own ("Le profil Autopilot s'enregistre correctement, aucune erreur"),
    // or say it works ("Profiel opslaan ging prima").
    const deniedError = (t: TextScore): boolean => {
      const own = this.#errorTitleStems[t.entry]?.get(t.language);
      if (!own) return false;
      clauses ??= clausesOf(prose);
      const near = clauses.filter((c) => c.words.some((w) => own.some((x) => w.includes(x))));
      return near.some((c) => c.noFailure || c.works) && !near.some((c) => c.error);
    };
    // A message that names every concept of an entry's title (two at least: the action and what
    // goes wrong, "wissen staat al 9 dagen in behandeling", "omzeilen activeringsvergrendeling is
    // grijs") and no topic the entry never names needs no more of its subject: the machine
    // translations drop title words ("Waarom wordt soms voor onbepaalde tijd weer gegeven als in
    // behandeling?" lost "wipes"), and the concepts are all the subject there is.
    const titleSaid = (t: TextScore): boolean => split.length < TITLE_SAID_WORDS && !this.#namesOther(t.entry, topics) && this.#titleConcepts[t.entry]!.size >= 2 && [...this.#titleConcepts[t.entry]!].every((c) => pasteConcepts.has(c));
    const matches: Match[] = textScores
      .filter((t) => t.score >= minScore(t) && t.shared >= o.minShared && !settled.has(this.#ids[t.entry]!) && !(closedUpdate && (!t.quoted || solvedThread)) && !deniedTitle(t) && !offHeadline(t) && !deniedError(t) && (t.subject >= (otherAreaNear(t) ? o.minSubjectOtherArea : o.minSubject) || titleSaid(t)))
      .slice(0, o.maxMatches)
      .map((t) => textMatch(t));
    // A code we do not cover is a known "none", whatever words surround it.
    const top = matches[0];
    if (!top || foreignCode) return none();
    // A post that says enough to name its problem, whose best match rests only on words that two
    // other entries share as well (retire, the Activation Lock bypass code), is about what those
    // entries have in common, not about the problem of any one of them.
    if (split.length >= FAMILY_POST_WORDS && !textOf.get(top.entryId)!.quoted) {
      const rivals = textScores.filter((t) => this.#ids[t.entry] !== top.entryId && t.score >= top.score * FAMILY_SCORE);
      const theirs = new Set(rivals.flatMap((t) => t.terms));
      if (rivals.length >= FAMILY_RIVALS && top.evidence.every((w) => theirs.has(w))) return none();
    }
    const second = matches[1]?.score ?? 0;
    if (top.score >= o.answerScore && top.score >= second * o.margin) return { language, decision: 'answer', matches, codes, knownWords, areas };
    return { language, decision: 'ask', matches: matches.slice(0, 3), codes, knownWords, areas };
  }
}

/**
 * What places a paste in Intune's world, besides Microsoft Entra / Azure AD (the lexicon's `~entra`):
 * the product's names and its Company Portal, in the three languages.
 */
const INTUNE = new PhraseIndex({ intune: ['intune', 'autopilot', 'endpoint manager', 'company portal', 'portail d entreprise', 'portail de l entreprise', 'bedrijfsportal'] });

/** Words that rule out the product named right after them: "not Intune", "pas Intune", "niet Intune". */
const NOT_WORDS: ReadonlySet<string> = new Set(['not', 'pas', 'non', 'niet', 'geen']);

/** Words that may stand between {@link NOT_WORDS} and the product: "not via Intune", "pas avec Intune", "niet met Intune". */
const BY_WORDS: ReadonlySet<string> = new Set(['via', 'through', 'with', 'in', 'avec', 'par', 'dans', 'met', 'door']);

/** Words of a move to a product, before "to" ({@link TO_WORDS}): "migrated", "migré", "overgestapt". */
const MOVE_WORD = /^(?:migr\w*|gemigreerd|mov(?:e|ed|ing)|switch(?:ed|ing)?|overgestapt|overstappen|overgezet|passes?)$/;

/** Words between a move ({@link MOVE_WORD}) and the product: "migrated to", "migré vers", "overgestapt naar". */
const TO_WORDS: ReadonlySet<string> = new Set(['to', 'onto', 'vers', 'sur', 'naar', 'op']);

/**
 * Whether the product named at word `at` is ruled out: "not Intune", "niet via Intune", or not
 * moved to yet ("we haven't migrated to Intune yet", "on n'a pas encore migré vers Intune", "nog
 * niet overgestapt naar Intune": a negation in the three words before the move).
 */
function deniedAt(split: readonly string[], at: number): boolean {
  const before = split[at - 1] ?? '';
  if (NOT_WORDS.has(before) || (BY_WORDS.has(before) && NOT_WORDS.has(split[at - 2] ?? ''))) return true;
  return TO_WORDS.has(before) && MOVE_WORD.test(split[at - 2] ?? '') && split.slice(Math.max(0, at - 5), at - 2).some((w) => NOT_WORDS.has(w));
}

/**
 * "Event ID: 76", "EventID 404", "Gebeurtenis-id: 404", "ID de l'événement : 76", as Event Viewer
 * and its copies write an event's number (the IDs only), and "Event 75", "événement 75",
 * "gebeurtenis 75" as people write it. (Not `\b` before the name: "événement" opens on a letter
 * JavaScript's `\b` does not count as a word character, so " événement 75" has no boundary there.)
 */
const EVENT_ID = /(?<![\p{L}\p{N}_])(?:event(?: ?id)?|gebeurtenis(?:-?id)?|(?:id (?:de l['’] ?|d['’] ?)?)?[ée]v[ée]nement)[ \t]*(?:[:=#][ \t]*)?(\d{1,5})\b/giu;

/** Characters of a paste read for its event IDs: an Event Viewer copy names them in its first lines. */
const EVENT_SPAN = 20_000;

/** Most event IDs read from one text. */
const MAX_EVENT_IDS = 50;

/** The Windows event IDs a text names ({@link EVENT_ID}), at most {@link MAX_EVENT_IDS}; linear in the text. */
function eventIdsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [EVENT_ID, EVENT_ROW]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.size < MAX_EVENT_IDS; m = re.exec(text)) out.add(m[1]!);
  }
  return out;
}

/**
 * A line quoted with ">" that is a numbered or "Step" line of a document ("> Step 4: If the user sees
 * 0x80180014, escalate", "> Stap 2: …", "> 5. After activation, …"): a runbook or procedure quoted
 * for review, in the multiline sense (any line of the paste).
 */
const QUOTED_STEP = /^[ \t]*>[ \t]*(?:step|stap|[ée]tape|\d{1,2}[.)])/im;

/** What stands between a code and its other form glossed in parentheses: "80180014 (MENROLL_E_DEVICENOTSUPPORTED)". */
const GLOSS_GAP = /^\s*\(\s*$/;

/**
 * A paste that says the screen showed no code ("mislukt, geen foutcode, alleen een rood kruis",
 * "sans code d'erreur", "no error code"). ("Pas de code de contournement" is the bypass code.)
 */
const NO_CODE = /\b(?:no (?:error )?code|without (?:an? |any )?(?:error )?code|(?:pas de|sans|aucun) code(?: d['’ ]?erreur|(?! de\b))|(?:geen|zonder) (?:fout)?code)\b/;

/** A status page's step as an entry's title writes it: "Registering your device for mobile management (Failed:3, 0x801C03EA)." */
const STEP_TITLE = /^([^()\n]{3,80}?)\s*\(failed\b/i;

/** A status page's step line in an entry's text: "Registering your device for mobile management (Previous step failed)". */
const STATUS_STEP = /^[ \t]*([^()\n]{3,80}?)[ \t]*\((?:failed|previous step failed)\b/gim;

/**
 * Words that say a paste's log holds no event (folded): "no Event 76", "the
 * DeviceManagement-Enterprise-Diagnostics log is empty", "aucun événement dans le journal
 * DeviceManagement", "aucune erreur dans DeviceManagement-Enterprise-Diagnostics-Provider", "geen
 * gebeurtenissen", "het logboek is leeg". An entry whose failure is an event ("Auto MDM Enroll:
 * Failed", Event ID 76) is not about a device that logged none: an auto-enrollment policy that
 * never ran. Tuning pastes: 4 more refused, no answer lost.
 */
const NO_EVENTS = /\b(?:no (?:event ?(?:id ?)?\d+|events?\b|errors? in (?:the )?(?:[\w-]+ )?(?:log|event viewer))|(?:[\w-]+ )?log (?:is|stays) empty|journal (?:[\w-]+ )?(?:est |reste )?vide|aucun(?:e)? (?:evenement|erreur) (?:dans|sous) (?:le |l['’ ])?(?:journal|log|observateur|[\w-]+-provider|devicemanagement)|aucun evenement|geen (?:gebeurtenis(?:sen)?|events?\b|fouten in (?:het |de )?(?:logboek|log|event ?viewer))|(?:logboek|log) (?:is|blijft) leeg)/;

/**
 * A row of Event Viewer's tab-separated export, as copied from its list: level, date and time,
 * source, event ID ("Informatie\t09-04-2024 14:35:46\tDeviceManagement-Enterprise-Diagnostics-Provider\t209\t…").
 */
const EVENT_ROW = /^(?:information|informations|informatie|error|erreur|fout|warning|avertissement|waarschuwing)\t[^\t\n]{6,40}\t[^\t\n]{2,120}\t(\d{1,5})\t/gimu;

/**
 * Failures, as lexicon concepts, that an entry's title may name and a paste must name too for the
 * entry to weigh whole: "Hardware hash not valid". A hardware hash is talked about for many reasons
 * (collecting one, a CSV's columns); an invalid one is what that entry fixes. Only "not valid":
 * titles that name other symptoms (pending, greyed out, nothing happened) are paraphrased too
 * freely ("the wipe never completes"; tried on the tuning sets: 7 answers lost for 9 refusals).
 */
const TITLE_FAILURES: ReadonlySet<string> = new Set(['~invalid']);

/**
 * The failures ({@link TITLE_FAILURES}) a title names alone: none from a code name
 * (UserLicenseTypeInvalid, described in users' own words: "wrong license type"), nor from a title
 * that names another symptom too ("…is not valid and may be expired": an expired certificate is
 * said in many ways).
 */
function titleFailures(title: string, titleConcepts: readonly string[]): string[] {
  if (!/\s/.test(title)) return [];
  const said = new Set(analyze('invalid not valid', 'en'));
  const failures = titleConcepts.filter((c) => TITLE_FAILURES.has(c));
  const symptoms = genericTerms('en');
  const others = analyze(title, 'en').filter((t) => symptoms.has(t) && !said.has(t));
  return others.length ? [] : failures;
}

/**
 * What an entry's text score is multiplied by when its title names a failure ("…greyed out",
 * "An error occurred…", "not supported") and the paste names none ({@link saysFailure}): a paste
 * that reports nothing wrong asks how to do something ("can I use the group tag in the name
 * template?", "how do I enforce a separate work-profile PIN?"), which a playbook for a failure
 * does not answer. Half, not nothing: a paste may describe a failure in words no list holds.
 * Tried on the tuning sets and real posts: at 0.5, 10 more of their out-of-scope pastes refused
 * and 1 answer lost (a question about what an entry's action does); at 0.35 or 0, 5 to 7 answers
 * lost for no more refusals.
 */
const UNSAID_PROBLEM_FACTOR = 0.5;

/**
 * A number shaped like a failure HRESULT (80…, 7 or 8 hex digits, with or without 0x, a facility
 * under 0x200 as Windows' are: 800…, 801…), even one no code reading accepts ("8018026", a digit
 * short): it says something failed. Not a commit hash such as "80a3f1c".
 */
const HRESULT_LIKE = /(?<![\p{L}\p{N}])(?:0x)?80[01][0-9a-f]{4,5}(?![\p{L}\p{N}])/iu;

/**
 * What an entry's title may ask about, as lexicon concepts, that a paste must name too for the
 * entry to weigh whole (at {@link UNSAID_NEED_FACTOR} otherwise): "Is the Bypass Activation Lock
 * code case sensitive?" answers typing the code (case, capitals, dashes), not every question about
 * the code (exporting it, using it on a Mac); "Why am I prompted to set a new passcode … Remove
 * Passcode" answers the device asking for a new one, not the action pending, failing or greyed out
 * (tuning pastes and real posts: 6 more out-of-scope pastes refused, no answer lost); "Device
 * already registered" and "The device is already enrolled" answer a device that is already
 * someone's, not every Managed Desktop registration or enrollment question ("stuck on Registration
 * Pending", "which partner registered our devices?": 11 more refused, no answer lost, with the
 * ways of saying "already" in the lexicon). Tried for the other question titles too (who started
 * a wipe, monitoring one, signing back in, apps left, offline devices): their paraphrases are
 * freer, and each lost about as many answers as it gained refusals.
 */
const TITLE_QUESTIONS: ReadonlySet<string> = new Set(['~casesensitive', '~newpasscode', '~already']);

/**
 * What an entry's text score is multiplied by when the paste names a concept only a sibling's title
 * names (in the same document) and none only this entry's title names: "Applications toujours
 * présentes après mise hors service" names the apps-left entry's "uninstalled", not the sign-back
 * entry's "sign back in", though both are about retire and apps. Tuning pastes: 6 more answers and
 * refusals, 1 answer lost (a log whose sign-in lines name no concept). At 0.5, 8 more on the
 * tuning pastes, but three held-out answers lost, one set below 0.95 (their totals only). Also
 * what an entry's score is multiplied by when the paste quotes another entry's title or message
 * whole and none of its own (tuning: 1 more answer, 2 more refusals, nothing lost), or says a
 * sibling's title whole in words this entry's titles do not hold (tuning: 6 more answers, 1 more
 * refusal, nothing lost; six held-out top-1 totals up).
 */
const SIBLING_FACTOR = 0.7;

/**
 * What an entry's text score is multiplied by when it is about a device action and a paste shorter
 * than a long post names that action and every concept only its title names in its document (see
 * `#ownTitleConcepts`): the doc's few words for "who started", "monitor", "pending" leave such a
 * paste under the threshold otherwise. Tuning pastes: 8 more answers, 2 out-of-scope pastes lost
 * (a stolen phone's owner asking whether to wipe it himself, a sign-in error after wiping a stolen
 * laptop: "stolen" is the offline entry's concept). Applied to every entry with an own concept, not
 * only device actions: 9 more and 11 lost (before tune-extra-34 and -35). Applied to long posts too, it cost
 * one long-posts refusal (its total only), so long posts are left out as their own threshold does.
 */
const SAID_SUBJECT_LIFT = 1.2;

/** What an entry's text score is multiplied by when its title names a failure ({@link TITLE_FAILURES}) or a question ({@link TITLE_QUESTIONS}) the paste does not. */
const UNSAID_NEED_FACTOR = 0.5;

/** The device actions, as lexicon concepts (lexicon.ts), that entry titles are about. */
const ACTIONS: ReadonlySet<string> = new Set(['~wipe', '~retire', '~passcode', '~removepasscode', '~activationlock']);

/**
 * Words that name the Activation Lock bypass without saying "Activation Lock" ("no bypass code
 * under Hardware", "code de contournement"; the Dutch compounds "omzeilingscode", "bypasscode"): a
 * paste that says them names that device action.
 */
const BYPASS = new PhraseIndex({
  bypass: ['bypass', 'bypasscode', 'contournement', 'contourner', 'omzeilen', 'omzeil', 'omzeiling', 'omzeilingscode', 'omzeilcode', 'disable activation lock', 'desactiver le verrou d activation', 'activeringsslot uitschakelen'],
});

/**
 * The device action of an entry whose title names the Bypass Activation Lock action (older
 * revisions: "Disable Activation Lock", "Désactiver le verrou d'activation", "Activeringsslot
 * uitschakelen"): a paste must name the bypass ({@link BYPASS}), not only Activation Lock, which
 * admins also ask how to turn on ("Enable Activation Lock for supervised iPads"). Tuning pastes
 * and real posts: 3 more out-of-scope pastes refused (how to enable Activation Lock, an iPhone
 * stuck on Apple's lock screen), no answer lost.
 */
const BYPASS_ACTION = '~bypass';

/**
 * What an entry's text score is multiplied by when its title names device actions and the paste
 * names none of them (another action, or none at all). Sibling entries share their context
 * ("Android Enterprise work profile") but not their action: "device administrator is ending, do
 * work-profile phones enroll again?" is not about a greyed-out Wipe. Tried on the tuning sets and
 * real posts, for a paste that names no action (it applied only to one naming another before):
 * 15 more out-of-scope pastes refused, 1 answer lost (a real post on resetting a work-profile
 * "device pin/password", which the lexicon does not read as a passcode).
 */
const UNSAID_ACTION_FACTOR = 0.5;

/** What an entry's text score is multiplied by when the paste names platforms and the entry names only others. */
const OTHER_PLATFORM_FACTOR = 0.5;

/**
 * Autopilot device registration codes → the error message Microsoft Managed Desktop's device
 * registration page (knowledge `register-devices-self`, "Troubleshooting device registration")
 * shows for the same failure. The page's unpublished draft numbers the deployment-service codes
 * behind those messages (reference `autopilot-ztd-error-codes-mmd-draft.md`, SOURCES.md R4):
 * 802 "HW Hash provided is invalid", 806 "already registered to the same Tenant", 808 "already
 * registered to another Tenant", 812 "Manufacturer, Model and Serial number … doesn't find any
 * corresponding HW hash"; the Intune import reports the same codes (`autopilot-import-error-806-808.md`,
 * and `autopilot-add-devices-import-errors.md` names 808 ZtdDeviceAssignedToAnotherTenant). Each
 * reason says what its message says, so the entry's causes and steps apply wherever the code is
 * met. The draft's other codes have no such message: they stay known codes without an entry.
 */
const REGISTRATION_MESSAGES: Readonly<Record<string, string>> = {
  '802': 'Hardware hash not valid',
  '806': 'Device already registered',
  '808': 'Device claimed by another organization',
  ZtdDeviceAssignedToAnotherTenant: 'Device claimed by another organization',
  '812': 'Device not found',
};

/** The document whose rows {@link REGISTRATION_MESSAGES} names. */
const REGISTRATION_DOC = 'register-devices-self';

/**
 * The shortest title stem read inside a paste's words for {@link namesOnlyError} entries: a stem
 * is looked for inside words, so that "profiel" is found in "implementatieprofiel".
 */
const MIN_TITLE_STEM = 4;

/** Most clauses of a paste read for the topics near a match (a match whose words come later counts as near none). */
const MAX_CLAUSES = 2000;

// Clause boundaries: sentence and list punctuation, line breaks, and "but" in the three languages.
// Not ":" — "Office: this version of Windows is not supported" is about Office.
const CLAUSE_BREAK = /[.!?;,]+(?=[\s"'”’»)\]]|$)|\n+|\b(?:but|however|mais|cependant|toutefois|maar|echter)\b/i;

/** One clause of a paste: its words and the topics it names; the rest is read on first use. */
interface Clause {
  /** Its folded words, as `words()` gives them. */
  readonly words: string[];
  readonly topics: Set<string>;
  /** Whether the clause says something went well and names no failure ({@link saysNoFailure}). */
  readonly noFailure: boolean;
  /** Whether the statement it is part of says something works and names no failure ({@link saysItWorks}): "Sur nos Android, ça marche". */
  readonly works: boolean;
  /** Whether the clause names an error outside phrases that say there was none ({@link saysError}). */
  readonly error: boolean;
  stems(language: Language): Set<string>;
}

/**
 * Words (as `words()` counts them) from which a paste that carries only a plain Win32 code must also
 * quote its entry or share its subject (`minSubject`): a post or a screen copied whole says what
 * timed out.
 * Chosen on the tuning sets (from 10 to 15 words, three status-page app-phase timeouts refused and
 * no answer lost; at 30, two).
 */
const WIN32_CONTEXT_WORDS = 15;

/** Text matches the classifier reads (the best first). */
const TEXT_MATCHES = 10;

/**
 * Words (as `words()` counts them) from which a post whose best text match shares only what
 * {@link FAMILY_RIVALS} other entries share too is refused. A shorter message is terse by nature
 * ("bypass activation lock code?"); a post of this length that names no word of one entry's own
 * asks about the family (what Retire removes, how the bypass code is escrowed). Chosen on the
 * tuning sets and real posts: from 60 words, 8 more real and tuning refusals and no answer lost;
 * from 30, 5 answers lost (posts about apps left after Retire, about following up on wipes).
 */
const FAMILY_POST_WORDS = 60;

/**
 * Longest message, in words, whose naming every concept of an entry's title waives the entry's
 * subject ({@link Classifier.classify}'s `titleSaid`): a chat message and the short ticket around
 * it ("Wissen staat nu al 6 dagen op In behandeling voor LT-0456. Aangevraagd door HR… Wat betekent
 * die status?"). Tuning sets and real posts: from 30 words (postWords) to 45, 2 more answers and
 * none lost; from 60, 2 offline-device posts went to the pending entry. Posts waived whole lost 5 nones.
 */
const TITLE_SAID_WORDS = 45;

/** Share of the best text score from which another entry is a rival in the family rule ({@link FAMILY_POST_WORDS}). */
const FAMILY_SCORE = 0.6;

/** Rivals ({@link FAMILY_SCORE}) whose words must cover the best match's for the family rule ({@link FAMILY_POST_WORDS}). */
const FAMILY_RIVALS = 2;

/** Longest first line read as a headline, in characters (forum and issue titles are shorter). */
const MAX_HEADLINE = 200;

/**
 * A line that says only in which Teams channel a copied post was written, with the channel's name:
 * "[Teams – canal Support N1]", "Canal Teams « Support mobilité »", "Teams-kanaal #werkplek-support",
 * "Bericht in Teams-kanaal \"Autopilot-uitrol\"", "Posted in #endpoint-help". The name says where, not
 * what ("« Sécurité & Conformité »").
 */
const CHANNEL_PLACE =
  /^\s*\[?\s*(?:(?:message|bericht|post(?:ed)?|gepost|publi[ée])\s+(?:dans|in|op|to)\s+(?:le\s+|het\s+|the\s+|de\s+)?)?(?:(?:teams\s*[-–—:]?\s*|\[teams\b[^\]\n]*\b)?(?:canal|channel|kanaal)\b|#[\w-]+\s*$)[^\n]{0,80}$/i;

/** A line that says only which repository's issue a copied issue page is: "MicrosoftDocs/memdocs · Issue #4127". */
const ISSUE_PLACE = /^\s*[\w.-]+\/[\w.-]+\s*[·•|-]\s*(?:Issue|Pull request)\s*#\d+\s*$/i;

/** Finds a non-space character from its `lastIndex` on, without copying the text. */
const NON_SPACE = /\S/g;

/**
 * A paste's headline: its first line that is not blank (boilerplate blanked out above it, such as an
 * issue template's "Describe the bug"), when more lines follow and it is short; else empty.
 */
function headlineOf(text: string): string {
  return headlineAt(text).line;
}

/** A paste's headline ({@link headlineOf}) and the offset where it starts in `text` (0 when there is none). */
function headlineAt(text: string, from = 0): { line: string; start: number } {
  const none = { line: '', start: 0 };
  NON_SPACE.lastIndex = from;
  if (!NON_SPACE.test(text)) return none;
  const start = text.lastIndexOf('\n', NON_SPACE.lastIndex - 1) + 1;
  const end = text.indexOf('\n', start);
  if (end < 0) return none;
  const line = text.slice(start, end);
  // An issue page copied whole starts with where the issue is ("MicrosoftDocs/memdocs · Issue #4127"): the title follows.
  // So does a Teams post copied with its channel ("[Teams – canal Support N1]", "Message dans le canal Teams « Sécurité & Conformité »").
  if (ISSUE_PLACE.test(line) || CHANNEL_PLACE.test(line)) return headlineAt(text, end);
  if (end - start > MAX_HEADLINE) return none;
  NON_SPACE.lastIndex = end;
  if (!NON_SPACE.test(text)) return none;
  // A title is one sentence; a line of several is the body's first.
  return /[.!?;](?=\s+\S)/.test(line.trim()) ? none : { line, start };
}

/** Whether a topic key (`area/topic`) is another device action of areas.ts ("actions/freshstart"). */
function isActionTopic(topic: string): boolean {
  return topic.startsWith('actions/');
}

/** Where a statement ends: a sentence's end, a line's, or "but" (not a comma: "Sur nos Android, ça marche"). */
const STATEMENT_BREAK = /[.!?;]+(?=[\s"'”’»)\]]|$)|\n+|\b(?:but|however|whereas|mais|cependant|toutefois|alors que|maar|echter)\b/i;

/**
 * What (`named`: the platforms or device actions of a clause's words) a paste names only in
 * clauses whose statement says something works ({@link Clause.works}): "Reset passcode is greyed
 * out on our iPads. On the Android phones it works." gives Android.
 */
function workingOnly<T>(clauses: readonly Clause[], named: (words: readonly string[]) => Iterable<T>): Set<T> {
  const failing = new Set<T>();
  const working = new Set<T>();
  for (const c of clauses) for (const p of named(c.words)) (c.works ? working : failing).add(p);
  for (const p of failing) working.delete(p);
  return working;
}

/** The clauses of a paste, statement by statement (at most {@link MAX_CLAUSES}). */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const statement of text.split(STATEMENT_BREAK, MAX_CLAUSES)) {
    if (!statement.trim()) continue;
    let works: boolean | undefined;
    for (const c of statement.split(CLAUSE_BREAK)) {
      if (!c.trim()) continue;
      if (clauses.length >= MAX_CLAUSES) return clauses;
      const cache = new Map<Language, Set<string>>();
      const split = words(c);
      let noFailure: boolean | undefined;
      let error: boolean | undefined;
      clauses.push({
        words: split,
        topics: topicsIn(split),
        get noFailure() {
          return (noFailure ??= saysNoFailure(split));
        },
        get error() {
          return (error ??= saysError(split));
        },
        get works() {
          return (works ??= saysItWorks(words(statement)));
        },
        stems(language: Language): Set<string> {
          let set = cache.get(language);
          if (!set) cache.set(language, (set = new Set(analyze(c, language))));
          return set;
        },
      });
    }
  }
  return clauses;
}

/**
 * Whether `candidate`, a code an entry carries, is what `found` (a hex, decimal or malformed code
 * of the paste that no entry carries) was meant to be, one digit off:
 * - a digit missing or extra (the docs' own `0x801c003`), but not a missing last digit: that could
 *   be any of sixteen codes of the same list;
 * - one digit wrong (a well-formed code), only in the code part (the low 16 bits) and not the last:
 *   a code of another facility is another component's error (0x801c0026, Windows Hello, is not
 *   0x80180026), and a component numbers its errors in sequence, so a last digit off is most often
 *   the next error of its list (0x801c03ed, a join denied by policy, beside 0x801c03ea).
 */
function isTypoOf(candidate: string, found: FoundCode): boolean {
  if (candidate.slice(0, -1) === found.code) return false;
  if (found.form === 'malformed') return true;
  return candidate.slice(0, 6) === found.code.slice(0, 6) && candidate.slice(-1) === found.code.slice(-1);
}

/**
 * Whether `code` is an HRESULT of FACILITY_WIN32 (`0x8007xxxx`, winerror.h): a Win32 error code
 * wrapped, reported alike by every Windows component, unlike the MDM (`0x8018`) or device
 * registration (`0x801c`) facilities.
 */
function isWin32(code: string): boolean {
  return /^0x8007[0-9a-f]{4}$/.test(code);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
