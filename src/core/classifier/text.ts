/**
 * Text analysis per language: accent folding, tokenising, stop words and stemming (natural's
 * Porter stemmers for en, fr and nl), and a stop-word based language guess.
 */
import enStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
import frStemmer = require('natural/lib/natural/stemmers/porter_stemmer_fr');
import nlStemmer = require('natural/lib/natural/stemmers/porter_stemmer_nl');
import enStop = require('natural/lib/natural/util/stopwords');
import frStop = require('natural/lib/natural/util/stopwords_fr');
import nlStop = require('natural/lib/natural/util/stopwords_nl');
import type { Language } from '../locale';
import { fold } from './fold';
import { concepts, SYMPTOM_CONCEPTS, SYMPTOM_PHRASES } from './lexicon';

/** Languages the analyser knows. */
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'nl'];

export { fold };

/**
 * Words that never tell one problem from another: the product's own names; Microsoft's fictitious
 * company names, which the docs' examples and many pastes use (Contoso, Fabrikam…); the parts of a
 * link (https, go.microsoft.com/fwlink/?linkid=…).
 */
const DOMAIN_STOP = [
  'intune', 'microsoft',
  'contoso', 'fabrikam', 'adatum', 'northwind', 'woodgrove', 'litware', 'tailspin',
  'http', 'https', 'www', 'com', 'fwlink', 'linkid', 'aka', 'html', 'aspx',
];

const STOP: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([...enStop.words, "don't", 'dont', 'hi', 'hello', 'please', 'thanks'].map(fold)),
  fr: new Set([...frStop.words, 'bonjour', 'merci', 'svp'].map(fold)),
  nl: new Set([...nlStop.words, 'hallo', 'hoi', 'bedankt', 'graag'].map(fold)),
};
const DOMAIN = new Set(DOMAIN_STOP);

const STEMMERS: Readonly<Record<Language, { stem(t: string): string }>> = { en: enStemmer, fr: frStemmer, nl: nlStemmer };

/** Most stems remembered per language before the cache starts over (bounded memory on any input). */
const STEM_CACHE_SIZE = 100_000;
const STEM_CACHES = new Map<Language, Map<string, string>>();

/**
 * The stem of folded `word` in `language` by natural's Porter stemmer (English words first given
 * their US spelling), memoised: a word is stemmed once, however often it recurs.
 */
function stemOf(word: string, language: Language): string {
  let cache = STEM_CACHES.get(language);
  if (!cache) STEM_CACHES.set(language, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    s = STEMMERS[language].stem(language === 'en' ? americanSpelling(word) : word);
    cache.set(word, s);
  }
  return s;
}

// Runs of letters and digits; a run without a letter is a number. (A pattern that asked for the
// letter, digits first, backtracked quadratically on a long run of digits.)
const WORD = /[\p{L}\p{N}]+/gu;
/** Where a CamelCase identifier's words meet (`Mdm|Authority`, `APNS|Certificate`). */
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const LETTER = /\p{L}/u;
/**
 * Longest number {@link words} keeps as a word ("Windows 11", "Microsoft 365": product names that
 * topics and concepts read); the text model never indexes numbers.
 */
const MAX_NUMBER = 4;

// A word broken across lines by a hyphen, as OCR and narrow windows leave it ("sup-\nport").
const HYPHENATED = /(\p{Ll})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu;

// English "n't" (isn't, doesn't, can't, won't): the docs write "is not", users write "isn't".
// Also typed without the apostrophe ("this user isnt authorized"), for the verbs that make no
// other word so ("dont" is French, "wont" and "cant" English words of their own).
const NOT_CONTRACTED = /\b([A-Za-z]{2,})n['’]t\b|\b(is|was|are|were|does|did|has|have|had|could|would|should)nt\b/gi;

/**
 * Folded word tokens of `text`, and its numbers of up to {@link MAX_NUMBER} digits; reading stops
 * once `limit` words are found (numbers do not count; a CamelCase word's parts may pass it by a
 * few). A word hyphenated across a line break is joined again (`sup-⏎port` → `support`); English
 * `n't` is read as `not` (`isn't`, and `isnt` typed without its apostrophe, → `is`, `not`).
 * Elisions are split (`l’inscription` → `l`, `inscription`); a CamelCase identifier also yields
 * its parts (`MdmAuthorityNotDefined` → `mdmauthoritynotdefined`, `mdm`, `authority`, `not`,
 * `defined`), since the iOS error codes are such identifiers and users write their words.
 */
export function words(text: string, limit = 20000): string[] {
  const out: string[] = [];
  let found = 0;
  for (const m of text.replace(HYPHENATED, '$1$2').replace(NOT_CONTRACTED, (_, a?: string, b?: string) => `${a ?? b} not`).matchAll(WORD)) {
    const raw = m[0];
    if (!LETTER.test(raw)) {
      if (raw.length <= MAX_NUMBER) out.push(raw);
      continue;
    }
    out.push(fold(raw));
    if (/[a-z][A-Z]/.test(raw)) {
      for (const part of raw.split(CAMEL_BOUNDARY)) out.push(fold(part));
    }
    if (++found >= limit) break;
  }
  return out;
}

/**
 * The US spelling of a British one, as far as the stemmer cares: `-ise`/`-isation` forms
 * (authorised, organisation, recognising) become `-ize`/`-ization`, `licence` becomes `license`.
 * The docs are en-us; European IT staff write British English. Applied to the knowledge base's
 * text and to pastes alike, so a word it changes needlessly ("enterprise") still meets itself.
 */
function americanSpelling(w: string): string {
  if (w.length >= 6) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  return w.replace(/^licenc(e|es|ed|ing)$/, 'licens$1');
}

/**
 * The labels of an Event Viewer event's fields (General and Details views) in English, French and
 * Dutch. Every event carries them, so they say nothing about which problem a log shows.
 */
const FIELD_LABEL = /^[ \t]*(?:log name|source|date|event id|task category|level|keywords|user|computer|description|op ?code|logged|nom du journal|id de l['’]ev[eé]nement|cat[eé]gorie de la t[aâ]che|niveau|mots[- ]cl[eé]s|utilisateur|ordinateur|code op[eé]ration|connect[eé]|logboeknaam|naam van logboek|bron|datum|gebeurtenis-id|taakcategorie|trefwoorden|gebruiker|beschrijving|vastgelegd|geregistreerd)[ \t]*:/gim;

/** Field labels of a docs issue's Document Details block, folded and without the `* ` bullet. */
const DETAILS_FIELD = /^(?:\*[ \t]*)?(?:id|version independent id|content|content source|service|sub-?service|product|technology|github login|microsoft alias)[ \t]*:/i;

/** The placeholder the feedback button puts above the block, which posters often leave in. */
const FEEDBACK_PLACEHOLDER = /\[enter feedback here\]/gi;

/**
 * Headings of GitHub's default issue templates (bug report, feature request) and of common
 * variants ("### 💥 Actual behavior"), alone on their line, in markdown or as copied from the
 * rendered page: the form, not the poster's words ("please complete the following information").
 * Every run of blanks is bounded by a character the pattern requires (`#`, `**`, `:`…), so a long
 * line of spaces is not split every way between two optional runs: matching stays linear.
 */
const TEMPLATE_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:(?:\*\*|__)[ \t]*)?(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*[ \t]*)?(?:describe the (?:bug|issue)|to reproduce|steps to reproduce(?: the behaviou?r)?|expected behaviou?r|actual behaviou?r|screenshots?(?: and logs)?|additional context|(?:desktop|smartphone)[ \t]*\(please complete the following information\)|is your feature request related to a problem\?[ \t]*please describe\.?|describe the solution you['’]?d like|describe alternatives you['’]?ve considered)[ \t]*(?::[ \t]*)?(?:(?:\*\*|__)[ \t]*(?::[ \t]*)?)?$/gimu;

/** The block's heading, as GitHub's markdown (`#### Document Details`) or as copied from the rendered page. */
const DETAILS_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?document details[ \t]*$/im;

/**
 * `text` with the boilerplate of a GitHub issue blanked out:
 * - the "Document Details" block that learn.microsoft.com's feedback button appends to an issue on
 *   a docs page: its heading, the rule above it, and the lines after it that are blank, the
 *   "⚠ Do not edit this section" line or one of its fields (ID, Content, Content Source,
 *   Service…), up to the first other line. It names the page, not the problem: issues filed on
 *   our own pages would share every entry's document context, and its title may carry a code;
 * - that template's "[Enter feedback here]" placeholder;
 * - the headings of issue templates ({@link TEMPLATE_HEADING}: "Describe the bug", "Expected
 *   behavior", "Smartphone (please complete the following information)").
 *
 * Spaces replace the characters (line breaks kept), so offsets into the result are offsets into
 * `text`. Cost is linear in the length of `text`.
 */
export function withoutIssueBoilerplate(raw: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  const text = raw.replace(FEEDBACK_PLACEHOLDER, blank).replace(TEMPLATE_HEADING, blank);
  const heading = DETAILS_HEADING.exec(text);
  if (!heading) return text;
  let from = heading.index;
  // The rule (`---`) and blank lines just above the heading.
  const above = text.slice(Math.max(0, from - 200), from);
  const rule = /(?:^|\n)[ \t]*(?:-{3,}|_{3,}|\*{3,})?[ \t\r\n]*$/.exec(above);
  if (rule) from -= above.length - rule.index;
  let to = heading.index + heading[0].length;
  while (to < text.length) {
    const next = text.indexOf('\n', to + 1);
    const end = next < 0 ? text.length : next;
    const line = text.slice(to, end).trim();
    if (line && !line.startsWith('⚠') && !DETAILS_FIELD.test(line)) break;
    to = end;
  }
  return text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ') + text.slice(to);
}

/** `text` without the Event Viewer field labels at the start of its lines ("Log Name:", "Niveau :"). */
export function withoutFieldLabels(text: string): string {
  return text.replace(FIELD_LABEL, ' ');
}

/**
 * A device page's action menu copied as a line ("Actions: Retire | Wipe | Delete | Remote lock |
 * Bypass Activation Lock (disabled)", "Acties: Buiten gebruik stellen | Wissen | …"): its label
 * and three items at least, split by bars, commas or middle dots.
 */
const ACTION_MENU = /^([ \t]*(?:device actions|actions|acties|apparaatacties|actions de l['’]appareil)[ \t]*:)([^\n]*)$/gimu;
/** A menu's separator, kept by `split` (items at even indexes, separators at odd ones). */
const MENU_SEPARATOR = /([|,·•])/u;

/** A menu item marked as unavailable: "(disabled)", "(uitgeschakeld)", "(désactivé)", "(greyed out)", "(grisé)", "(grijs)". */
const DISABLED_ITEM = /\((?:disabled|greyed(?: out)?|grayed(?: out)?|uitgeschakeld|grijs|niet beschikbaar|d[ée]sactiv[ée]e?|gris[ée]e?|indisponible|unavailable)\)/iu;

/**
 * `text` with every device action menu line ({@link ACTION_MENU}) reduced to the items marked as
 * unavailable ({@link DISABLED_ITEM}): a menu names every action the page offers, not what the
 * paste is about. Offsets unchanged. Linear in the text.
 */
export function withoutActionMenus(text: string): string {
  return text.replace(ACTION_MENU, (line, label: string, items: string) => {
    const parts = items.split(MENU_SEPARATOR);
    // Three items at least: five parts with their two separators.
    if (parts.length < 5) return line;
    return ' '.repeat(label.length) + parts.map((part, i) => (i % 2 === 1 || DISABLED_ITEM.test(part) ? part : ' '.repeat(part.length))).join('');
  });
}

/**
 * `text` without boilerplate that says nothing about the problem: an issue's template and Document
 * Details block ({@link withoutIssueBoilerplate}) and the Event Viewer field labels
 * ({@link withoutFieldLabels}).
 */
export function withoutBoilerplate(text: string): string {
  return withoutFieldLabels(withoutIssueBoilerplate(text));
}

/**
 * Stems of the content words of `text` in `language` (stop words, words under 3 letters and
 * hex-like codes dropped), followed by the concept tokens of {@link concepts} (`~wipe`, …). A text
 * analysed in every language (the text model's windows) calls its two parts once per language and
 * once in all: {@link contentWords} and {@link concepts}, then {@link stemWords}.
 */
export function analyze(text: string, language: Language): string[] {
  const all = words(text);
  return [...stemWords(contentWords(all), language), ...concepts(all)];
}

/**
 * The words of `all` (folded, as {@link words} gives them) that {@link analyze} may stem in
 * some language: three characters or more, with a letter, not a domain word nor a hex code (codes
 * are matched elsewhere). The part of the analysis that is the same in every language.
 */
export function contentWords(all: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of all) {
    if (w.length < 3 || DOMAIN.has(w) || !LETTER.test(w)) continue;
    if (/^(?:0x)?[0-9a-f]{6,}$/.test(w) && /\d/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** The stems of `content` ({@link contentWords}) in `language`, its stop words left out. */
export function stemWords(content: readonly string[], language: Language): string[] {
  const stop = STOP[language];
  const out: string[] = [];
  for (const w of content) if (!stop.has(w)) out.push(stemOf(w, language));
  return out;
}

/**
 * Guesses the language of `text` by counting each language's stop words (robust on the short,
 * noisy texts chat users write, where character n-gram detectors mislead).
 *
 * @param hint - the Teams locale's language, preferred on a tie or when the text has no evidence.
 * @param lexicon - folded words known to belong to one language only (for example, words found in
 *   only one language's documents: `erreur`, `foutcode`); each occurrence counts as evidence.
 * @returns the language and a confidence in [0, 1] (share of the evidence that language won).
 */
export function guessLanguage(
  text: string,
  hint?: Language,
  lexicon?: ReadonlyMap<string, Language>,
): { language: Language; confidence: number } {
  const counts: Record<Language, number> = { en: 0, fr: 0, nl: 0 };
  for (const w of words(text, 2000)) {
    for (const l of LANGUAGES) if (STOP[l].has(w)) counts[l] += 1;
    const only = lexicon?.get(w);
    if (only) counts[only] += 1;
  }
  // Letters only French uses among the three are strong evidence.
  if (/[éèêàùçœ]/i.test(text)) counts.fr += 2;
  const total = counts.en + counts.fr + counts.nl;
  let best: Language = hint ?? 'en';
  for (const l of LANGUAGES) if (counts[l] > counts[best]) best = l;
  return { language: best, confidence: total ? counts[best] / total : 0 };
}

/**
 * Words that occur in the texts of exactly one language, folded: evidence for {@link guessLanguage}.
 *
 * @param texts - texts by language.
 */
export function exclusiveWords(texts: Readonly<Record<Language, readonly string[]>>): Map<string, Language> {
  const seen = new Map<string, Language | null>();
  for (const l of LANGUAGES) {
    for (const t of texts[l]) {
      for (const w of words(t)) {
        if (w.length < 4 || /\d/.test(w)) continue;
        const prev = seen.get(w);
        if (prev === undefined) seen.set(w, l);
        else if (prev !== l) seen.set(w, null);
      }
    }
  }
  const out = new Map<string, Language>();
  for (const [w, l] of seen) if (l) out.set(w, l);
  return out;
}

const GENERIC = new Map<Language, Set<string>>();

/**
 * The analysed forms (stems and concept tokens) of the symptom words of `language`
 * ({@link SYMPTOM_PHRASES}): they say how something fails, not what fails.
 */
export function genericTerms(language: Language): ReadonlySet<string> {
  let set = GENERIC.get(language);
  if (!set) {
    set = new Set(SYMPTOM_CONCEPTS.map((c) => `~${c}`));
    for (const p of SYMPTOM_PHRASES) for (const t of analyze(p, language)) set.add(t);
    // Another language's stop words ("van" in the English index, which holds the Dutch renditions too).
    for (const l of LANGUAGES) if (l !== language) for (const w of STOP[l]) for (const t of analyze(w, language)) set.add(t);
    GENERIC.set(language, set);
  }
  return set;
}

/**
 * Splits a Dutch compound into two words of `vocabulary` ("naamsjabloon" → "naam", "sjabloon";
 * "inschrijvingsfout" → "inschrijving", "fout"), the head allowed a linking `s` or `e`. Dutch
 * writes compounds as one word where the (machine-translated) docs often write two, and the
 * reverse. Longest head first; both parts at least 3 letters.
 *
 * @returns the two parts, or undefined when no split has both parts in `vocabulary`.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): [string, string] | undefined {
  for (let i = word.length - 3; i >= 3; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!vocabulary.has(tail)) continue;
    if (vocabulary.has(head)) return [head, tail];
    if ((head.endsWith('s') || head.endsWith('e')) && head.length > 3 && vocabulary.has(head.slice(0, -1))) return [head.slice(0, -1), tail];
  }
  return undefined;
}

/**
 * A CamelCase code name as the words it joins: `DeviceCapReached` → `Device Cap Reached`,
 * `APNSCertificateNotValid` → `APNS Certificate Not Valid`. Newer revisions of the docs write the
 * iOS enrollment errors that way in their headings ("Device Cap Reached", troubleshoot iOS
 * enrollment errors), and the Managed Desktop portal's descriptions read like it. Text that is not
 * one CamelCase word comes back unchanged.
 */
export function spacedName(name: string): string {
  return /^[A-Za-z]+$/.test(name) ? name.split(CAMEL_BOUNDARY).join(' ') : name;
}
