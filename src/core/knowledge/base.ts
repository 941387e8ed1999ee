/**
 * The knowledge base: every entry with its renditions, looked up by id or by code, with locale
 * fallback. Built from the importer's results; pure.
 */
import type { Diagnostic } from '../diagnostics';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale';
import type { ImportResult } from './importer';
import type { DocumentInfo, Entry, EntryId, Rendition } from './model';

/** A rendition chosen for a reader, and whether it is in the locale they asked for. */
export interface LocalizedEntry {
  entry: Entry;
  rendition: Rendition;
  /** True when the entry has no rendition in the requested locale and another was used. */
  fallback: boolean;
}

/** Read-only access to the imported knowledge. */
export class KnowledgeBase {
  readonly #entries = new Map<EntryId, Entry>();
  readonly #byCode = new Map<string, EntryId[]>();
  readonly #documents: DocumentInfo[];
  /** Diagnostics of every imported file plus those of merging them. */
  readonly diagnostics: readonly Diagnostic[];

  /**
   * Merges per-file import results. Renditions of the same id from different locales join one
   * entry. Table rows are checked to line up by position across locales (the ids of the same row
   * must agree); a disagreement is a warning.
   */
  constructor(results: readonly ImportResult[]) {
    const diagnostics: Diagnostic[] = results.flatMap((r) => r.diagnostics);
    this.#documents = results.map((r) => r.document);
    // Table rows: per document, per locale, the id at each row position.
    const rows = new Map<string, Map<Locale, (string | undefined)[]>>();
    for (const r of results) {
      for (const { id, rendition, row } of r.entries) {
        let e = this.#entries.get(id);
        if (!e) {
          e = { id, doc: r.document.doc, codes: [], renditions: {} };
          this.#entries.set(id, e);
        }
        if (e.renditions[rendition.locale]) {
          diagnostics.push({
            severity: 'error', rule: 'duplicate-entry', file: rendition.file, line: rendition.line, column: 1,
            message: `entry ${id} appears twice in ${rendition.locale}`,
          });
          continue;
        }
        e.renditions[rendition.locale] = rendition;
        if (row !== undefined) {
          const byLocale = rows.get(r.document.doc) ?? rows.set(r.document.doc, new Map()).get(r.document.doc)!;
          const ids = byLocale.get(rendition.locale) ?? byLocale.set(rendition.locale, []).get(rendition.locale)!;
          ids[row] = id;
        }
      }
    }
    // Rows line up by position: the same row must carry the same id in every locale.
    for (const [doc, byLocale] of rows) {
      const [first, ...others] = byLocale.values();
      for (const other of others) {
        other.forEach((id, i) => {
          if (id !== first![i]) {
            diagnostics.push({
              severity: 'warning', rule: 'row-misaligned', file: doc, line: 1, column: 1,
              message: `row ${i + 1} of ${doc} is ${id} in one locale and ${first![i]} in another`,
            });
          }
        });
      }
    }
    for (const e of this.#entries.values()) {
      e.codes = [...new Set(Object.values(e.renditions).flatMap((r) => r!.codes))].sort();
      for (const c of e.codes) {
        const k = c.toLowerCase();
        this.#byCode.set(k, [...(this.#byCode.get(k) ?? []), e.id]);
      }
    }
    this.diagnostics = diagnostics;
  }

  /** Every entry, in document order. */
  entries(): Entry[] {
    return [...this.#entries.values()];
  }

  /** The entry with this id, or undefined. */
  get(id: EntryId): Entry | undefined {
    return this.#entries.get(id);
  }

  /** Ids of the entries that carry this code (normalised, any case for symbolic codes). */
  byCode(code: string): readonly EntryId[] {
    return this.#byCode.get(code.toLowerCase()) ?? [];
  }

  /** Imported documents (one per file). */
  documents(): readonly DocumentInfo[] {
    return this.#documents;
  }

  /**
   * What places an entry of `doc` in `locale`: its document's H1 and front-matter description. A
   * Managed Desktop table row names neither "Managed Desktop" nor "registration"; its document
   * does. Empty for an unknown document or locale.
   */
  documentContext(doc: string, locale: Locale): readonly string[] {
    const d = this.#documents.find((x) => x.doc === doc && x.locale === locale);
    return d ? [d.title, ...(d.description ? [d.description] : [])] : [];
  }

  /**
   * The rendition of `id` to show a reader of `locale`: that locale's when it exists, else
   * en-us, else any. Undefined when the id is unknown.
   */
  localize(id: EntryId, locale: Locale): LocalizedEntry | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    const order = [locale, DEFAULT_LOCALE, ...LOCALES];
    for (const l of order) {
      const rendition = entry.renditions[l];
      if (rendition) return { entry, rendition, fallback: l !== locale };
    }
    return undefined;
  }

  /** Has any error-severity diagnostic? */
  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
