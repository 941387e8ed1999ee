/**
 * The knowledge model: entries (one troubleshooting unit of a document — a section, a question or
 * a table row) with one rendition per locale.
 *
 * Text fields hold "card markdown": plain text plus `**bold**` and `[label](https://…)` links, the
 * subset Adaptive Card TextBlocks render in Teams. Use {@link toPlainText} for words only.
 */
import type { Locale } from '../locale';

/** `<doc>/<anchor>`, the same in every locale, e.g. `troubleshoot-windows-enrollment-errors/the-device-is-already-enrolled`. */
export type EntryId = string;

/** One step of a resolution. */
export interface Step {
  /** What to do, in card markdown. Sub-items of the step follow on lines starting with `- `. */
  text: string;
  /** Notes that belong to the step (`> [!NOTE]`, `> [!IMPORTANT]` in the source), prefixed with their label. */
  notes: string[];
  /** Code blocks and commands that belong to the step, verbatim. */
  code: string[];
}

/** One way to fix the problem: a titled option or the single resolution of a section. */
export interface Resolution {
  /** The option's title (`##### Remove devices that were enrolled`), or undefined for an untitled resolution. */
  title?: string;
  /** Steps in document order. */
  steps: Step[];
}

/** An entry as written in one locale. */
export interface Rendition {
  locale: Locale;
  /** Heading, question or table key, in card markdown. */
  title: string;
  /** Error messages as the user sees them (the doc's `Error …: "…"` lines, log excerpts). */
  messages: string[];
  /** Codes found in title and messages, normalised (`0x` + 8 lower-case hex, symbolic codes as written). */
  codes: string[];
  /** Other explanatory text before the cause (symptoms, log descriptions). */
  description: string[];
  /** The sentence that introduces the causes ("One of the following conditions is true:"), when there is one. */
  causeIntro?: string;
  /** Causes, one per item. */
  causes: string[];
  /** Resolutions in document order. */
  resolutions: Resolution[];
  /** Knowledge file relative to the knowledge folder, e.g. `nl-nl/troubleshoot-device-actions.md`. */
  file: string;
  /** 1-based line of the entry's heading or table row in `file`. */
  line: number;
  /** Public page of the entry on learn.microsoft.com, with its anchor where the page has one. */
  url: string;
  /** The document's `ms.date`, ISO `YYYY-MM-DD`, when it has one. */
  date?: string;
}

/** A troubleshooting unit with its renditions. */
export interface Entry {
  id: EntryId;
  /** Document name: the file name without `.md`. */
  doc: string;
  /** Union of the codes of every rendition, sorted. */
  codes: string[];
  /** Renditions by locale; at least one is present. */
  renditions: Partial<Record<Locale, Rendition>>;
}

/** Facts about one imported document. */
export interface DocumentInfo {
  doc: string;
  locale: Locale;
  /** The document's H1. */
  title: string;
  /** The front matter's `description`, when it has one: what the document is about. */
  description?: string;
  file: string;
  url: string;
  date?: string;
  /**
   * The questions to ask before troubleshooting (the Windows enrollment doc's `## Prerequisites`
   * list), in order; empty for documents without one.
   */
  prerequisites: string[];
}

/** Removes card markdown (`**`, `_`, links) and collapses white space: the words only. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** All the words of a rendition, for search and for `entries --json`'s `text`. */
export function renditionText(r: Rendition): string {
  const parts: string[] = [r.title, ...r.messages, ...r.description, ...(r.causeIntro ? [r.causeIntro] : []), ...r.causes];
  for (const res of r.resolutions) {
    if (res.title) parts.push(res.title);
    for (const s of res.steps) parts.push(s.text, ...s.notes, ...s.code);
  }
  return toPlainText(parts.join('\n'));
}
