/**
 * Cards: the JSON templates in `cards/` bound to typed data with adaptivecards-templating.
 *
 * User text and document text reach a card only as data values, which the templating engine never
 * evaluates: a paste containing `${...}` is shown as written. Each function returns the expanded
 * Adaptive Card (schema 1.5) as a plain object; the bot adapter wraps it in an attachment.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { LocalizedEntry } from '../core/knowledge/base';
import type { Rendition } from '../core/knowledge/model';
import { languageOf, type Locale } from '../core/locale';
import { format, STRINGS, type Strings } from '../bot/strings';
import { packageRoot } from '../knowledge-loader';

/** An expanded Adaptive Card. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** Names of the templates in `cards/`. */
export type TemplateName = 'answer' | 'choice' | 'no-match' | 'message' | 'question' | 'escalation';

/**
 * Teams renders at most about 28 KB of message payload (Teams bot message size limit); long code
 * blocks and steps are cut to keep a card well under it.
 */
const MAX_FIELD = 2000;

const templates = new Map<TemplateName, ACData.Template>();

/** The folder holding the card templates. */
export const CARDS_DIR = path.join(packageRoot(), 'cards');

function template(name: TemplateName): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/** Expands a template with `data` as its root. */
export function expand(name: TemplateName, data: object): AdaptiveCardJson {
  const card = template(name).expand({ $root: data }) as AdaptiveCardJson;
  delete card['$schema'];
  return card;
}

function cut(s: string): string {
  return s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 1)}…` : s;
}

/**
 * Adaptive Card TextBlocks render a single line break as a space (markdown); a paragraph break
 * keeps the line. Lines that start a list item ("- ") keep their single break.
 */
function keepLines(s: string): string {
  return s.replace(/\n(?!- |\n)/g, '\n\n');
}

const text = (s: string): { text: string } => ({ text: keepLines(cut(s)) });

/** A code block as one monospace TextBlock per line (line breaks and indentation kept). */
const codeBlock = (s: string): { lines: { text: string }[] } => ({
  lines: cut(s)
    .split('\n')
    .map((l) => ({ text: l.replace(/^( +)/, (m) => '\u00a0'.repeat(m.length)) || '\u00a0' })),
});

/** Strings for a locale. */
export function stringsFor(locale: Locale): Strings {
  return STRINGS[languageOf(locale)];
}

/** Options of {@link renderAnswerCard}. */
export interface AnswerCardOptions {
  /** Id of the stored answer; the feedback buttons carry it. */
  answerId?: string;
  /** An acknowledgement shown instead of the feedback buttons. */
  feedback?: string;
  /** Ask for a comment (after "not helpful"): the comment box's label. */
  commentPrompt?: string;
  /** A line shown under the title, e.g. that only the first part of a long paste was read. */
  notice?: string;
}

/**
 * The heading of a rendition's `index`-th resolution: its own title; "Resolution" when untitled;
 * "Option n" when several are untitled. Cards and terminal text use the same rule.
 */
export function resolutionHeading(r: Rendition, index: number, s: Strings): string {
  const res = r.resolutions[index]!;
  if (res.title) return res.title;
  return r.resolutions.filter((x) => !x.title).length > 1 ? format(s.option, { n: index + 1 }) : s.resolution;
}

/**
 * The answer card: title, codes, causes, each resolution with numbered steps (notes and code with
 * their step), source link and date, feedback buttons.
 *
 * @param shown - the chosen rendition and whether it is a fallback from `locale`.
 * @param locale - the reader's locale: labels are in it, whatever the rendition's locale.
 * @param options - the answer id the feedback buttons carry, and the feedback stage to show.
 */
export function renderAnswerCard(
  shown: LocalizedEntry,
  locale: Locale,
  documentTitle: string,
  options: AnswerCardOptions = {},
): AdaptiveCardJson {
  const s = stringsFor(locale);
  const r: Rendition = shown.rendition;
  const notice = [
    shown.fallback ? format(s.fallbackNote, { wanted: s.languageNames[languageOf(locale)], shown: s.languageNames[languageOf(r.locale)] }) : '',
    options.notice ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const data = {
    title: r.title,
    codes: shown.entry.codes.join(', '),
    notice,
    description: r.description.filter((d) => r.causes.length || d).map(text),
    causeIntro: r.causeIntro ?? '',
    causes: r.causes.map((c) => text(r.causes.length > 1 ? `- ${c}` : c)),
    resolutions: r.resolutions.map((res, i) => ({
      heading: resolutionHeading(r, i, s),
      steps: res.steps.map((st, j) => ({
        // Escaped: "1." at the start of a TextBlock would start a markdown list and indent it.
        n: res.steps.length > 1 ? `${j + 1}\\.` : '•',
        text: keepLines(cut(st.text)),
        notes: st.notes.map(text),
        code: st.code.map(codeBlock),
      })),
    })),
    source: `${s.source}${s.colon}[${documentTitle.replace(/[[\]]/g, '')}](${r.url})${r.date ? ` · ${format(s.updated, { date: r.date })}` : ''}`,
    url: r.url,
    feedback: options.feedback ? `✓ ${options.feedback}` : '',
    commentPrompt: options.feedback ? '' : (options.commentPrompt ?? ''),
    answerId: options.answerId ?? '',
    entryId: shown.entry.id,
    locale: r.locale,
    labels: { colon: s.colon, codes: s.codes, causes: s.causes, helpful: s.helpful, notHelpful: s.notHelpful, openDoc: s.openDoc, send: s.send },
  };
  return expand('answer', data);
}

/** One option of a choice card. */
export interface Choice {
  entryId: string;
  title: string;
  /** A short line under the title: the first cause, or the codes. */
  detail: string;
}

/**
 * The card that asks which of several entries fits ("ask" decision), with "None of these", which
 * starts the guided intake and carries the paste (cut to 2,000 characters) for it.
 */
export function renderChoiceCard(choices: readonly Choice[], locale: Locale, paste = ''): AdaptiveCardJson {
  const s = stringsFor(locale);
  return expand('choice', {
    title: s.askTitle,
    body: s.askBody,
    noneOfThese: s.noneOfThese,
    paste: cut(paste),
    locale,
    choices: choices.map((c) => {
      // Translations can give two entries the same title (fr-fr 0x801c0003): tell the buttons apart by their detail.
      const label = choices.filter((o) => o.title === c.title).length > 1 && c.detail ? `${c.title} — ${c.detail}` : c.title;
      return { entryId: c.entryId, title: cut(c.title), detail: cut(c.detail), short: label.length > 40 ? `${label.slice(0, 39)}…` : label };
    }),
  });
}

const LIST_FORMATS = new Map<Locale, Intl.ListFormat>();

/** "A, B and C" in the reader's language, one formatter per locale. */
function listFormat(locale: Locale): Intl.ListFormat {
  let f = LIST_FORMATS.get(locale);
  if (!f) LIST_FORMATS.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return f;
}

/**
 * The card for a paste that matches nothing: what it seems to be about instead, what a code we
 * know but do not cover is, what to send instead, and the checklist to gather before escalating
 * (the Windows doc's prerequisites).
 *
 * @param areas - keys of the areas the paste names (`Classification.areas`); unknown keys are skipped.
 */
export function renderNoMatchCard(
  locale: Locale,
  knownCodes: readonly { code: string; name: string; description: string }[],
  checklist: readonly string[],
  areas: readonly string[] = [],
): AdaptiveCardJson {
  const s = stringsFor(locale);
  const named: Readonly<Record<string, string>> = s.areas;
  const names = areas.flatMap((a) => (named[a] ? [named[a]] : []));
  return expand('no-match', {
    title: s.noneTitle,
    body: s.noneBody,
    areaLines: names.length ? [text(format(s.noneArea, { areas: listFormat(locale).format(names) }))] : [],
    knownCodes: knownCodes.map((k) => text(format(s.knownCode, k))),
    tips: s.noneTips.map((t) => text(`- ${t}`)),
    checklistTitle: s.noneChecklist,
    checklist: checklist.map((c) => text(`- ${c}`)),
  });
}

/** A plain titled message card (errors, empty messages, acknowledgements). */
export function renderMessageCard(title: string, lines: readonly string[]): AdaptiveCardJson {
  return expand('message', { title, lines: lines.map(text) });
}

/**
 * One intake question: the question, its progress line, and the options to tap (sent back as
 * text); or, once answered, the question with the answer (`answer`) and no options.
 */
export function renderQuestionCard(
  question: string,
  options: { intro?: string; step?: string; choices?: readonly string[]; answer?: string } = {},
): AdaptiveCardJson {
  return expand('question', {
    intro: options.intro ?? '',
    question,
    step: options.step ?? '',
    choices: (options.choices ?? []).map((title) => ({ title })),
    answer: options.answer ? text(options.answer).text : '',
  });
}

/** What the escalation card shows; labels already in the reader's language. */
export interface EscalationCardData {
  id: string;
  title: string;
  status: string;
  statusColor: 'Attention' | 'Warning' | 'Good';
  reference: string;
  answers: readonly { question: string; answer: string }[];
  paste: string;
  matches: readonly string[];
  canClaim: boolean;
  canResolve: boolean;
  labels: { paste: string; closest: string; claim: string; resolve: string };
}

/** The escalation card posted to the helpdesk channel (and the summary shown to the requester). */
export function renderEscalationCard(d: EscalationCardData): AdaptiveCardJson {
  return expand('escalation', {
    ...d,
    answers: d.answers.map((a) => ({ question: cut(a.question), answer: cut(a.answer) || '—' })),
    paste: cut(d.paste),
    matches: d.matches.map(text),
  });
}
