/**
 * Reads one of Microsoft's error-code reference pages (`knowledge/reference/*.md`) into code
 * definitions. See {@link importCodeReference}.
 */
import type { Blockquote, List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { Diagnostic, Severity } from '../diagnostics';
import { normalizeCode } from '../error-codes';
import {
  childElements,
  findElements,
  opensAny,
  readHtmlTree,
  type HtmlChild,
  type HtmlElement,
} from './html';
import { blockText, inlineLines, joinLines, lineOf, parseReference, squash, type InlineLine } from './markdown';
import {
  baseName,
  hresultFamily,
  isHresultKey,
  profileFor,
  signedDecimal,
  VALUE_CORRECTIONS,
  type SourceProfile,
} from './sources';
import type { CodeDefinition } from './types';

/** What {@link importCodeReference} returns. */
export interface CodeImport {
  /** One definition per code, in order of first appearance. */
  definitions: CodeDefinition[];
  /** Everything noticed on the way, with the file's line numbers. */
  diagnostics: Diagnostic[];
}

/** A code read from one place in the document, before merging. */
interface Entry {
  /** Normalised key: HRESULT `0x…`, number `806`, or the name as written. */
  code: string;
  names: string[];
  description: string;
  line: number;
  column: number;
}

/** Text that may hold a code: a table cell line, a definition-list value, a blockquote line. */
interface CodeText {
  text: string;
  strong: readonly string[];
  line: number;
  column: number;
}

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const HEX_TOKEN = /(?<![0-9A-Za-z_])0[xX]([0-9A-Za-z]+)(?![0-9A-Za-z_])/g;
const INT_TOKEN = /(?<![0-9A-Za-z_.])(-*)([0-9]+)(?![0-9A-Za-z_.])/g;
const NAME_EQ_NUMBER = /^([A-Za-z][A-Za-z0-9_]*)\s*=\s*([0-9]{1,6})$/;
const NUMBER_DASH_NAME = /^([0-9]{1,6})\s*[-\u2013\u2014]\s*([A-Za-z][A-Za-z0-9_]*)$/;
// `// NAME` as in C source; not the `//` of a URL (`https://login…`).
const COMMENT_NAME = /(?<![:\w/])\/\/\s*([A-Za-z][A-Za-z0-9_]*)(?![\w.\/])/g;
const QUOTED_NAME = /"([A-Za-z][A-Za-z0-9_]*)"/g;
const CODE_HEADER = /\bcodes?\b/i;
const DESCRIPTION_HEADER = /message|reason|description|meaning|cause|explanation/i;
const PLACEHOLDER = /^(tbd|tba|todo|n\/a|-+)$/i;
const AVAILABILITY_NOTE = /\bnot available before\b/i;
const ALERT_MARKER = /^\[![A-Za-z]+\]\s*/;

class Reader {
  readonly entries: Entry[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly profile: SourceProfile,
    readonly lineOffset: number,
  ) {}

  report(severity: Severity, rule: string, message: string, line: number, column = 1): void {
    this.diagnostics.push({ severity, rule, message, file: this.file, line, column });
  }

  /**
   * Reads the code in one piece of text and records an entry, or reports why it cannot.
   *
   * Recognised: one hex HRESULT of exactly 8 digits (with its decimal forms, which must agree);
   * `Name = 801` and `806 - Name` numbered codes; a name alone (bold, `"quoted"`, after `//`, or
   * the whole text). `extraNames` come from other columns (the `// NAME` of an ID column).
   *
   * @returns true when an entry was recorded.
   */
  readCode(t: CodeText, description: string, extraNames: readonly string[] = []): boolean {
    const text = squash(t.text);
    if (!text) return false;
    const names = [...namesIn(t), ...extraNames];
    const hexes: string[] = [];
    for (const m of text.matchAll(HEX_TOKEN)) {
      const digits = m[1]!;
      if (!/^[0-9A-Fa-f]{8}$/.test(digits)) {
        this.report(
          'warning',
          'bad-hex',
          `"${m[0]}" is not an 8-digit hex HRESULT; row not taken: "${text}"`,
          t.line,
          t.column,
        );
        return false;
      }
      const code = normalizeCode(m[0])!;
      if (!hexes.includes(code)) hexes.push(code);
    }
    if (hexes.length > 1) {
      this.report('warning', 'ambiguous-code', `several hex values (${hexes.join(', ')}) in one code: "${text}"`, t.line, t.column);
      return false;
    }
    const hex = hexes[0];
    if (hex !== undefined) {
      if (!this.profile.hresult) {
        this.report('warning', 'unexpected-code', `${this.profile.file} is not expected to define HRESULTs; "${text}" not taken`, t.line, t.column);
        return false;
      }
      this.checkDecimals(text, hex, t);
      this.add({ code: hex, names, description, line: t.line, column: t.column });
      return true;
    }
    const numbered = NAME_EQ_NUMBER.exec(text) ?? NUMBER_DASH_NAME.exec(text);
    if (numbered) {
      const [number, name] = /^[0-9]/.test(numbered[1]!) ? [numbered[1]!, numbered[2]!] : [numbered[2]!, numbered[1]!];
      if (!this.profile.numbered) {
        this.report('info', 'no-hex-value', `${name} = ${number} has no hex value; numbered codes are not taken from this source`, t.line, t.column);
        return false;
      }
      this.add({ code: number, names: unique([name, ...names]), description, line: t.line, column: t.column });
      return true;
    }
    const hasNumber = [...text.matchAll(INT_TOKEN)].length > 0;
    if (names.length > 0 && !hasNumber && this.profile.nameOnly) {
      const [first] = names;
      this.add({ code: first!, names, description, line: t.line, column: t.column });
      return true;
    }
    if (this.profile.hresult && (!this.profile.nameOnly || names.length > 0)) {
      this.report('info', 'no-hex-value', `no hex value in "${text}"; not taken`, t.line, t.column);
      return false;
    }
    this.report('warning', 'unparsed-code', `no code, number or name found in "${text}"`, t.line, t.column);
    return false;
  }

  /** Checks the decimal forms written next to a hex value (`0x801c001d/-2145648611`). */
  private checkDecimals(text: string, hex: string, t: CodeText): void {
    const rest = text.replace(HEX_TOKEN, ' ');
    for (const m of rest.matchAll(INT_TOKEN)) {
      const dashes = m[1]!;
      const digits = m[2]!;
      if (digits.length < 7) continue; // not a 32-bit decimal form
      const written = (dashes ? '-' : '') + digits;
      const value = normalizeCode(written);
      if (value !== hex) {
        this.report('warning', 'decimal-mismatch', `decimal ${dashes}${digits} is not ${hex} (${signedDecimal(hex)}); the hex value is used`, t.line, t.column);
      } else if (dashes.length > 1) {
        this.report('info', 'decimal-typo', `decimal written "${dashes}${digits}" (sign repeated); read as ${written} = ${hex}`, t.line, t.column);
      }
    }
  }

  /** Records an entry, applying the documented value corrections (SOURCES.md R3). */
  private add(e: Entry): void {
    if (isHresultKey(e.code)) {
      for (const c of VALUE_CORRECTIONS) {
        if (c.code === e.code || !e.names.some((n) => n.toLowerCase() === c.name.toLowerCase())) continue;
        this.report(
          'info',
          'value-corrected',
          `${c.name} is documented here as ${e.code}; ${c.authority} gives ${c.code}, the value Windows prints (SOURCES.md R3): using ${c.code}`,
          e.line,
          e.column,
        );
        e = { ...e, code: c.code };
      }
    }
    if (PLACEHOLDER.test(e.description)) {
      this.report('info', 'placeholder-description', `${e.code} has only a placeholder description ("${e.description}")`, e.line, e.column);
    }
    this.entries.push(e);
  }

  // ---- GFM tables -------------------------------------------------------------------------

  /**
   * A GFM table whose header has a "code" column ("Code", "Error code", "Server error code"): each
   * row gives one code per line of that cell (`<br>` separates several), described by the first
   * column named like "message", "reason" or "description". Other tables are not code tables.
   */
  readTable(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const heads = header.children.map((c) => squash(inlineLines(c.children, 0).map((l) => l.text).join(' ')));
    const codeCol = heads.findIndex((h) => CODE_HEADER.test(h));
    if (codeCol < 0) return;
    const descCol = heads.findIndex((h, i) => i !== codeCol && DESCRIPTION_HEADER.test(h));
    const headerLine = lineOf(header, this.lineOffset);
    if (descCol < 0) this.report('warning', 'no-description-column', `code table without a description column (${heads.join(' | ')})`, headerLine);
    for (const row of rows) {
      const line = lineOf(row, this.lineOffset);
      const cells = row.children.map((c) => ({
        lines: inlineLines(c.children, this.lineOffset),
        column: c.position?.start.column ?? 1,
      }));
      this.readRow(cells, codeCol, descCol, line);
    }
  }

  /** One table row (GFM or HTML), cells as lines of text. */
  readRow(cells: { lines: InlineLine[]; column: number }[], codeCol: number, descCol: number, line: number): void {
    const codeCell = cells[codeCol];
    if (!codeCell || codeCell.lines.length === 0) {
      if (cells.some((c) => c.lines.length > 0)) this.report('warning', 'missing-code', 'table row without a code', line);
      return;
    }
    const description = descCol >= 0 ? joinLines((cells[descCol]?.lines ?? []).map((l) => stripAlert(l.text))) : '';
    if (descCol >= 0 && !description) this.report('warning', 'missing-description', `row "${codeCell.lines[0]!.text}" has no description`, line, codeCell.column);
    // Names in `// NAME` comments of other columns (the "ID" column of the enrollment table).
    const extra: string[] = [];
    cells.forEach((c, i) => {
      if (i === codeCol || i === descCol) return;
      for (const l of c.lines) for (const m of l.text.matchAll(COMMENT_NAME)) extra.push(m[1]!);
    });
    // Several codes in one cell are separated by <br>; a cell whose lines hold exactly one code
    // (a name on one line, its value on the next) is read as one piece.
    const coded = codeCell.lines.filter((l) => hasCodeToken(l.text));
    const pieces: CodeText[] =
      coded.length !== 1
        ? codeCell.lines
        : [{ text: codeCell.lines.map((l) => l.text).join(' '), strong: codeCell.lines.flatMap((l) => l.strong), line: codeCell.lines[0]!.line, column: codeCell.lines[0]!.column }];
    for (const p of pieces) this.readCode(p, description, pieces.length === 1 ? extra : []);
  }

  // ---- HTML blocks --------------------------------------------------------------------------

  /** An HTML `<table>`: the first row is the header when one of its cells names a code column. */
  readHtmlTable(table: HtmlElement): void {
    const rows = childElements(table, new Set(['tr']), new Set(['table']));
    const cellsOf = (tr: HtmlElement): { lines: InlineLine[]; column: number }[] =>
      childElements(tr, new Set(['td', 'th']), new Set(['table'])).map((cell) => ({ lines: htmlLines(cell), column: 1 }));
    const [first, ...rest] = rows;
    if (!first) return;
    const heads = cellsOf(first).map((c) => c.lines.map((l) => l.text).join(' '));
    const codeCol = heads.findIndex((h) => CODE_HEADER.test(h));
    if (codeCol < 0) return;
    const descCol = heads.findIndex((h, i) => i !== codeCol && DESCRIPTION_HEADER.test(h));
    if (descCol < 0) this.report('warning', 'no-description-column', `code table without a description column (${heads.join(' | ')})`, first.line);
    for (const tr of rest) this.readRow(cellsOf(tr), codeCol, descCol, tr.line);
  }

  /**
   * An HTML definition list of constants, as the win32 API reference writes them:
   * `<dt>` holds the name in bold; the `<dd>` that follows holds the value, then the description
   * paragraphs. "Not available before Windows 10" notes are left out of the description.
   */
  readDefinitionList(dl: HtmlElement): void {
    const items = childElements(dl, new Set(['dt', 'dd']), new Set(['dl']));
    for (let i = 0; i < items.length; i++) {
      const dt = items[i]!;
      if (dt.tag !== 'dt') continue;
      const termBlocks = flatten(dt, this.lineOffset);
      if (termBlocks.length === 0) continue;
      const termLine = termBlocks[0]!.line;
      const names = unique(termBlocks.flatMap((b) => b.lines.flatMap((l) => l.strong.filter((s) => IDENT.test(s)))));
      if (names.length === 0) {
        const fallback = termBlocks.map((b) => b.text).join(' ');
        if (IDENT.test(fallback)) names.push(fallback);
      }
      const dd = items[i + 1]?.tag === 'dd' ? items[i + 1]! : undefined;
      if (names.length === 0) {
        this.report('warning', 'unparsed-term', `definition-list term without a name: "${termBlocks.map((b) => b.text).join(' ')}"`, termLine);
        continue;
      }
      if (!dd) {
        this.report('warning', 'missing-definition', `${names.join(', ')} has no definition`, termLine);
        continue;
      }
      i++;
      const blocks = flatten(dd, this.lineOffset);
      const valueAt = blocks.findIndex((b) => /^(0[xX][0-9A-Za-z]+|-?[0-9]+)$/.test(b.text));
      if (valueAt < 0) {
        this.report('warning', 'missing-code', `${names.join(', ')} has no value`, termLine);
        continue;
      }
      const value = blocks[valueAt]!;
      const description = joinLines(
        blocks
          .filter((_, k) => k !== valueAt)
          .map((b) => stripAlert(b.text))
          .filter((t) => t && !AVAILABILITY_NOTE.test(t)),
      );
      if (!description) this.report('warning', 'missing-description', `${names.join(', ')} has no description`, termLine);
      this.readCode({ text: value.text, strong: [], line: value.line, column: 1 }, description, names);
    }
  }

  // ---- lists and quotes ---------------------------------------------------------------------

  /**
   * List items that start `**Name**: description` (the Autopilot "Troubleshooting registration
   * failures" list). Read only from sources that define name-only errors. The description is the
   * item's first sentence; the rest is advice.
   */
  readNameList(list: List): void {
    if (!this.profile.nameOnly) return;
    for (const item of list.children) {
      const p = item.children[0];
      if (p?.type !== 'paragraph') continue;
      const [first, second] = p.children;
      if (first?.type !== 'strong' || second?.type !== 'text' || !/^\s*:/.test(second.value)) continue;
      const name = squash(inlineLines(first.children, 0).map((l) => l.text).join(' '));
      if (!IDENT.test(name)) continue;
      const rest = squash(inlineLines(p.children.slice(1), 0).map((l) => l.text).join(' ')).replace(/^:\s*/, '');
      const line = lineOf(first, this.lineOffset);
      this.readCode({ text: name, strong: [name], line, column: first.position?.start.column ?? 1 }, firstSentence(rest));
    }
  }

  /**
   * A quoted portal message: "Error details / <message> / Error code: / 806 - **Name**": the
   * code line follows "Error code:", the message is the text between "Error details" and it.
   */
  readErrorQuote(quote: Blockquote): void {
    for (const p of quote.children) {
      if (p.type !== 'paragraph') continue;
      const lines = inlineLines((p as Paragraph).children, this.lineOffset, true);
      const at = lines.findIndex((l) => /^error code:?$/i.test(l.text));
      if (at < 0) continue;
      const codeLine = lines[at + 1];
      if (!codeLine) {
        this.report('warning', 'missing-code', '"Error code:" without a code', lines[at]!.line);
        continue;
      }
      const from = lines.findIndex((l) => /^error details:?$/i.test(l.text));
      const message = joinLines(lines.slice(from >= 0 && from < at ? from + 1 : at, at).map((l) => l.text));
      this.readCode(codeLine, message);
    }
  }

  /** Walks the document: GFM tables, name lists and quoted errors anywhere; HTML blocks at the top level. */
  readDocument(tree: Root): void {
    const walk = (nodes: readonly RootContent[]): void => {
      for (const n of nodes) {
        if (n.type === 'table') this.readTable(n);
        else if (n.type === 'list') this.readNameList(n);
        else if (n.type === 'blockquote') this.readErrorQuote(n);
        if ('children' in n && n.type !== 'table' && n.type !== 'paragraph' && n.type !== 'heading') walk(n.children as RootContent[]);
      }
    };
    walk(tree.children);
    if (opensAny(tree.children, ['table', 'dl'])) {
      const html = readHtmlTree(tree.children, this.lineOffset);
      for (const t of findElements(html, 'table')) this.readHtmlTable(t);
      for (const dl of findElements(html, 'dl')) this.readDefinitionList(dl);
    }
  }
}

/** Names written in a piece of code text: bold identifiers, `// NAME`, `"name"`, or the whole text. */
function namesIn(t: CodeText): string[] {
  const names: string[] = [];
  for (const s of t.strong) if (IDENT.test(s)) names.push(s);
  for (const m of t.text.matchAll(COMMENT_NAME)) names.push(m[1]!);
  for (const m of t.text.matchAll(QUOTED_NAME)) names.push(m[1]!);
  const text = squash(t.text);
  if (names.length === 0 && IDENT.test(text) && !/^0[xX]/.test(text)) names.push(text);
  return unique(names);
}

/** True when the text holds a hex value or a numbered-code form. */
function hasCodeToken(text: string): boolean {
  return /(?<![0-9A-Za-z_])0[xX][0-9A-Za-z]/.test(text) || NAME_EQ_NUMBER.test(text) || NUMBER_DASH_NAME.test(text);
}

/** Lines of an HTML cell: text leaves joined, `<br>` starts a line, markdown leaves each a line. */
function htmlLines(cell: HtmlElement): InlineLine[] {
  const lines: InlineLine[] = [];
  let current: InlineLine | undefined;
  const visit = (children: readonly HtmlChild[]): void => {
    for (const c of children) {
      if (c.kind === 'text') {
        if (current) current.text = squash(current.text + ' ' + c.text);
        else lines.push((current = { text: c.text, strong: [], line: c.line, column: 1 }));
      } else if (c.kind === 'break') current = undefined;
      else if (c.kind === 'markdown') {
        current = undefined;
        const text = blockText(c.node);
        if (text) lines.push({ text, strong: [], line: c.line, column: 1 });
      } else {
        current = undefined;
        visit(c.children);
      }
    }
  };
  visit(cell.children);
  return lines;
}

/** A block of an HTML element's content, in document order. */
interface FlatBlock {
  text: string;
  lines: InlineLine[];
  line: number;
}

/** The blocks under an element: each markdown node and each run of text is one block. */
function flatten(el: HtmlElement, lineOffset: number): FlatBlock[] {
  const out: FlatBlock[] = [];
  const visit = (children: readonly HtmlChild[]): void => {
    for (const c of children) {
      if (c.kind === 'text') out.push({ text: c.text, lines: [{ text: c.text, strong: [], line: c.line, column: 1 }], line: c.line });
      else if (c.kind === 'markdown') {
        const lines =
          c.node.type === 'paragraph' || c.node.type === 'heading'
            ? inlineLines(c.node.children as PhrasingContent[], lineOffset)
            : [];
        const text = blockText(c.node);
        if (text) out.push({ text, lines, line: c.line });
      } else if (c.kind === 'element') visit(c.children);
    }
  };
  visit(el.children);
  return out;
}

/** Removes a leading `[!NOTE]`-style alert marker. */
function stripAlert(s: string): string {
  return s.replace(ALERT_MARKER, '');
}

/** The first sentence of a text (up to `.`, `!` or `?` followed by a capital or the end). */
function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(?=\s+[A-Z]|$)/.exec(s);
  return m ? m[1]! : s;
}

function unique(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Checks the names the front matter lists under `api_name` (the win32 page lists all 57 constants
 * there) against the names read from the body.
 */
function checkApiNames(reader: Reader, frontMatter: Record<string, unknown>, source: string): void {
  const listed = frontMatter['api_name'];
  if (!Array.isArray(listed)) return;
  const read = new Set(reader.entries.flatMap((e) => e.names));
  const lines = source.split('\n');
  for (const name of listed) {
    if (typeof name !== 'string' || read.has(name)) continue;
    const at = lines.findIndex((l) => l.trim() === `- ${name}`);
    reader.report('warning', 'api-name-missing', `${name} is listed in api_name but no value was read for it`, at >= 0 ? at + 1 : 1);
  }
  const names = new Set(listed.filter((n): n is string => typeof n === 'string'));
  for (const e of reader.entries) {
    for (const n of e.names) if (!names.has(n)) reader.report('info', 'api-name-extra', `${n} is not listed in api_name`, e.line, e.column);
  }
}

/**
 * Reads one reference page into code definitions.
 *
 * Pure: takes the markdown text and the file's path (relative to the knowledge folder, e.g.
 * `reference/mdm-enrollment-error-codes.md`, used in diagnostics; its base name is the definition's
 * source and selects the file's profile in {@link SOURCE_PROFILES}). The markdown is parsed with
 * unified + remark-parse + remark-gfm; front matter with gray-matter (lines are counted from the top
 * of the file, front matter included).
 *
 * Structures read, wherever they occur (what each file holds is listed in SOURCES.md,
 * "What each table holds"):
 * - GFM tables with a "code" column (mdm-enrollment-error-codes.md: hex code, `// NAME` in the ID
 *   column, user-facing message; entra-hybrid-join-troubleshooting-dsreg-errors.md: `**NAME**
 *   (hex/decimal)`, several per cell separated by `<br>`, described by the "Reason" column);
 * - HTML `<dl>` constant lists (mdm-registration-error-values.md, the win32 MDMRegistration.h page)
 *   and HTML `<table>`s (autopilot-ztd-error-codes-mmd-draft.md: `Name = 801`), read by the tolerant
 *   reader in `html.ts`;
 * - `**Name**: description` list items (autopilot-add-devices-import-errors.md);
 * - quoted portal messages "Error code: / 806 - **Name**" (autopilot-import-error-806-808.md).
 *
 * Rules:
 * - HRESULTs are normalised with {@link normalizeCode}; only exactly 8 hex digits are accepted, so
 *   the docs' 7- and 9-digit typos are reported (`bad-hex`), never padded into another code.
 *   Decimal forms written beside them are checked (`decimal-mismatch`, `decimal-typo`); the
 *   definition's `decimal` is always computed from the hex value.
 * - MENROLL_E_USER_CANCELED and MENROLL_E_MDM_NOT_CONFIGURED take the header's values whatever the
 *   page says ({@link VALUE_CORRECTIONS}, SOURCES.md R3), with an `info` diagnostic `value-corrected`.
 * - Rows without a hex value (WINHTTP's Win32 numbers, AADSTS server messages, server error names in
 *   the entra page) are not taken from sources that define only HRESULTs, and each is reported
 *   (`no-hex-value`, info). A row with no recognisable code is a warning (`unparsed-code`,
 *   `bad-hex`, `missing-code`…) at its line.
 * - The same code twice in one file is merged (names united, first description kept); one name on
 *   two codes in one file is a warning (`name-conflict`), left for {@link buildCodeDictionary} to
 *   resolve by authority.
 * - Families: HRESULTs by facility ({@link hresultFamily}); other codes by the file's profile
 *   (`autopilot-import`, or `autopilot-deployment` for the MMD draft, SOURCES.md R4).
 */
export function importCodeReference(markdown: string, meta: { file: string }): CodeImport {
  const profile = profileFor(meta.file);
  const parsed = parseReference(markdown);
  const reader = new Reader(meta.file, profile, parsed.lineOffset);
  if (parsed.frontMatterError) reader.report('warning', 'front-matter', `front matter is not valid YAML: ${parsed.frontMatterError}`, 1);
  reader.readDocument(parsed.tree);
  checkApiNames(reader, parsed.frontMatter, markdown.replace(/\r\n?/g, '\n'));

  const entries = [...reader.entries].sort((a, b) => a.line - b.line || a.column - b.column);
  const byCode = new Map<string, { def: CodeDefinition; line: number }>();
  const nameHome = new Map<string, { code: string; line: number }>();
  const source = baseName(meta.file);
  // Coded entries first, so that a name-only entry can join the code that carries its name.
  const coded = entries.filter((e) => isHresultKey(e.code) || /^[0-9]+$/.test(e.code));
  const named = entries.filter((e) => !coded.includes(e));
  for (const e of [...coded, ...named]) {
    let key = e.code;
    if (!coded.includes(e)) {
      const home = e.names.map((n) => nameHome.get(n.toLowerCase())).find((h) => h !== undefined);
      if (home) key = home.code;
    }
    let slot = byCode.get(key);
    if (!slot) {
      const def: CodeDefinition = {
        code: key,
        names: [],
        ...(isHresultKey(key) ? { decimal: signedDecimal(key) } : {}),
        description: e.description,
        family: isHresultKey(key) ? hresultFamily(key) : profile.family,
        sources: [source],
      };
      slot = { def, line: e.line };
      byCode.set(key, slot);
    } else if (!slot.def.description) slot.def.description = e.description;
    for (const n of e.names) {
      if (slot.def.names.some((x) => x.toLowerCase() === n.toLowerCase())) continue;
      const home = nameHome.get(n.toLowerCase());
      if (home && home.code !== key) {
        reader.report('warning', 'name-conflict', `${n} is given to ${home.code} (line ${home.line}) and to ${key} here`, e.line, e.column);
      } else if (!home) nameHome.set(n.toLowerCase(), { code: key, line: e.line });
      slot.def.names.push(n);
    }
  }
  const definitions = [...byCode.values()].sort((a, b) => a.line - b.line).map((s) => s.def);
  const diagnostics = reader.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { definitions, diagnostics };
}

/**
 * Imports several reference pages; definitions and diagnostics concatenated in the order given.
 * Pass the result's definitions to {@link buildCodeDictionary}.
 */
export function importCodeReferences(documents: readonly { file: string; markdown: string }[]): CodeImport {
  const definitions: CodeDefinition[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const d of documents) {
    const r = importCodeReference(d.markdown, { file: d.file });
    definitions.push(...r.definitions);
    diagnostics.push(...r.diagnostics);
  }
  return { definitions, diagnostics };
}
