/**
 * The importer: one Microsoft Docs markdown file in, its entries (one rendition each) and
 * diagnostics out. Pure: no file system; the caller reads the file.
 *
 * Layouts are described in {@link DOCUMENTS}. Every heading or row the importer cannot place is a
 * diagnostic with its `file:line`, never silently dropped.
 */
import type { Blockquote, Code, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Diagnostic, Severity } from '../diagnostics';
import { findCodes, hexNeighbours } from '../error-codes';
import type { Locale } from '../locale';
import { LOCALE_PROFILES, isCauseLabel } from '../locale-profiles';
import { DOCUMENTS, type DocumentProfile } from './documents';
import { blockText, lineOf, parseMarkdown, renderInline, slug, tidy } from './markdown';
import type { DocumentInfo, EntryId, Rendition, Resolution, Step } from './model';

/** What the importer needs to know about a file besides its text. */
export interface DocumentMeta {
  /** Path relative to the knowledge folder, e.g. `fr-fr/troubleshoot-device-actions.md`. */
  file: string;
  locale: Locale;
}

/** One entry's rendition as found in one file. */
export interface ImportedEntry {
  id: EntryId;
  rendition: Rendition;
  /** Position of a table row among the table's rows (0-based); undefined for sections. */
  row?: number;
}

/** The result of importing one file. */
export interface ImportResult {
  document: DocumentInfo;
  entries: ImportedEntry[];
  diagnostics: Diagnostic[];
}

/** Name of the document a file holds: its base name without `.md`. */
export function documentName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
}

/**
 * Imports one document.
 *
 * Never throws for content it does not understand: that becomes a diagnostic. A document not in
 * {@link DOCUMENTS}, or unparseable front matter, gives an `error` diagnostic and no entries.
 */
export function importDocument(markdown: string, meta: DocumentMeta): ImportResult {
  const doc = documentName(meta.file);
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, rule: string, message: string, line: number, column = 1): void => {
    diagnostics.push({ severity, rule, message, file: meta.file, line, column });
  };
  const profile = DOCUMENTS[doc];
  const emptyDoc: DocumentInfo = { doc, locale: meta.locale, title: doc, file: meta.file, url: '', prerequisites: [] };
  if (!profile) {
    report('error', 'unknown-document', `"${doc}" is not a known document; add it to DOCUMENTS with its layout`, 1);
    return { document: emptyDoc, entries: [], diagnostics };
  }
  let parsed;
  try {
    parsed = parseMarkdown(markdown);
  } catch (err) {
    report('error', 'front-matter', `front matter is not valid YAML: ${(err as Error).message}`, 1);
    return { document: emptyDoc, entries: [], diagnostics };
  }
  const ctx: Ctx = {
    meta,
    doc,
    profile,
    offset: parsed.lineOffset,
    report,
    url: `https://learn.microsoft.com/${meta.locale}/${profile.urlPath}`,
    date: isoDate(parsed.frontMatter['ms.date']),
  };
  const nodes = parsed.tree.children;
  const h1 = nodes.find((n) => n.type === 'heading' && n.depth === 1);
  const document: DocumentInfo = {
    doc,
    locale: meta.locale,
    title: h1 ? heading(h1).text : String(parsed.frontMatter['title'] ?? doc),
    file: meta.file,
    url: ctx.url,
    ...(ctx.date ? { date: ctx.date } : {}),
    ...(typeof parsed.frontMatter['description'] === 'string' && parsed.frontMatter['description'].trim()
      ? { description: parsed.frontMatter['description'].trim() }
      : {}),
    prerequisites: [],
  };
  let entries: ImportedEntry[];
  switch (profile.layout) {
    case 'sections':
      entries = importSections(nodes, ctx, document);
      break;
    case 'questions':
      entries = importQuestions(nodes, ctx);
      break;
    case 'code-table':
    case 'message-table':
      entries = importTable(nodes, ctx);
      break;
  }
  return { document, entries, diagnostics };
}

interface Ctx {
  meta: DocumentMeta;
  doc: string;
  profile: DocumentProfile;
  offset: number;
  report: (severity: Severity, rule: string, message: string, line: number, column?: number) => void;
  url: string;
  date: string | undefined;
}

/** A heading's visible text and its anchor (`<a name>`, else the slug of its English text). */
function heading(node: RootContent): { text: string; anchor: string } {
  const r = renderInline((node as { children: PhrasingContent[] }).children);
  const text = r.text;
  return { text, anchor: r.anchor ?? slug(r.english || plain(text)) };
}

function plain(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Splits a node list at headings of `depth` (and shallower): [{ head, body }]; nodes before the first head have head undefined. */
function sectionsAt(nodes: readonly RootContent[], depth: number): { head?: RootContent; body: RootContent[] }[] {
  const out: { head?: RootContent; body: RootContent[] }[] = [{ body: [] }];
  for (const n of nodes) {
    if (n.type === 'heading' && n.depth <= depth) out.push({ head: n, body: [] });
    else out[out.length - 1]!.body.push(n);
  }
  if (out[0]!.body.length === 0) out.shift();
  return out;
}

function isoDate(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim()) : null;
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Layout: sections (Windows enrollment errors)

function importSections(nodes: readonly RootContent[], ctx: Ctx, document: DocumentInfo): ImportedEntry[] {
  const entries: ImportedEntry[] = [];
  for (const h2 of sectionsAt(nodes, 2)) {
    if (!h2.head || h2.head.type !== 'heading' || h2.head.depth < 2) continue;
    const { anchor, text } = heading(h2.head);
    if (anchor === ctx.profile.prerequisitesUnder) {
      for (const n of h2.body) if (n.type === 'list') document.prerequisites.push(...n.children.map(itemText));
    } else if (anchor === ctx.profile.entriesUnder) {
      for (const h3 of sectionsAt(h2.body, 3)) {
        if (!h3.head) {
          if (h3.body.some((n) => n.type !== 'html'))
            ctx.report('warning', 'unplaced-content', `content before the first entry of "${text}" is not part of any entry`, lineOf(h3.body[0]!, ctx.offset));
          continue;
        }
        const e = importSection(h3.head, h3.body, ctx);
        if (e) entries.push(e);
      }
    } else if (!ctx.profile.skip?.includes(anchor)) {
      ctx.report('info', 'not-an-entry', `section "${text}" holds no entries`, lineOf(h2.head, ctx.offset));
    }
  }
  if (entries.length === 0) ctx.report('error', 'no-entries', `no "${ctx.profile.entriesUnder}" section with entries found`, 1);
  return entries;
}

function importSection(head: RootContent, body: RootContent[], ctx: Ctx): ImportedEntry | undefined {
  const { text: title, anchor } = heading(head);
  const line = lineOf(head, ctx.offset);
  const locale = ctx.meta.locale;
  const messages: string[] = [];
  const description: string[] = [];
  const causes: string[] = [];
  let causeIntro: string | undefined;
  const resolutions: Resolution[] = [];
  let state: 'pre' | 'cause' | 'resolution' = 'pre';
  let sawCause = false;
  // Resolution parts: each `####` heading, and within it each `#####` option.
  const parts: { title: string; line: number; intro: RootContent[]; options: { title: string; nodes: RootContent[] }[] }[] = [];
  for (const n of body) {
    if (n.type === 'heading' && n.depth === 4) {
      parts.push({ title: heading(n).text, line: lineOf(n, ctx.offset), intro: [], options: [] });
      state = 'resolution';
      continue;
    }
    if (state === 'resolution') {
      const part = parts[parts.length - 1]!;
      if (n.type === 'heading') part.options.push({ title: heading(n).text, nodes: [] });
      else if (part.options.length) part.options[part.options.length - 1]!.nodes.push(n);
      else part.intro.push(n);
      continue;
    }
    const label = n.type === 'paragraph' ? causeLead(n, locale) : undefined;
    if (label !== undefined) {
      state = 'cause';
      sawCause = true;
      if (label && endsWithColon(label)) causeIntro = label;
      else if (label) causes.push(label);
      continue;
    }
    if (n.type === 'html') continue;
    if (state === 'cause') {
      if (n.type === 'list') causes.push(...n.children.map(itemText));
      else causes.push(blockText(n));
      continue;
    }
    // Before the cause: error messages, log excerpts, symptoms.
    if (n.type === 'paragraph') {
      for (const l of renderInline(n.children).text.split('\n')) {
        if (!l.trim()) continue;
        (isErrorLine(l, locale) ? messages : description).push(l);
      }
    } else if (n.type === 'code') messages.push(n.value.trim());
    else if (n.type === 'list') description.push(...n.children.map(itemText));
    else description.push(blockText(n));
  }
  parts.forEach((part, i) => {
    const named = i > 0; // the first `#### Resolution` is the section's default; later ones keep their name
    if (part.options.length) {
      for (const o of part.options) resolutions.push(...resolutionsOf(o.nodes, ctx, o.title));
      if (part.intro.some((n) => n.type !== 'paragraph' && n.type !== 'html'))
        ctx.report('warning', 'unplaced-content', `content between "${part.title}" and its first option is not part of any option`, part.line);
    } else resolutions.push(...resolutionsOf(part.intro, ctx, named ? part.title : undefined));
  });
  if (!sawCause) ctx.report('warning', 'no-cause', `entry "${plain(title)}" has no cause paragraph`, line);
  if (!resolutions.length || resolutions.every((r) => !r.steps.length)) {
    ctx.report('warning', 'no-resolution', `entry "${plain(title)}" has no resolution steps`, line);
  }
  const codes = entryCodes([title, ...messages, ...description], ctx, line, true);
  return {
    id: `${ctx.doc}/${anchor}`,
    rendition: rendition(ctx, { title, messages, codes, description, ...(causeIntro ? { causeIntro } : {}), causes, resolutions, line, anchor }),
  };
}

/** For a paragraph that opens with a bold cause label, the rest of its text ('' when none); else undefined. */
function causeLead(p: Paragraph, locale: Locale): string | undefined {
  const first = p.children[0];
  if (!first || first.type !== 'strong') return undefined;
  const label = renderInline(first.children).text;
  if (!isCauseLabel(label, locale)) return undefined;
  return renderInline(p.children.slice(1)).text.replace(/^[\s:]+/, '');
}

function isErrorLine(line: string, locale: Locale): boolean {
  const word = /^\p{L}+/u.exec(line.trim())?.[0]?.toLowerCase();
  return !!word && (LOCALE_PROFILES[locale].errorPrefixes.includes(word) || LOCALE_PROFILES['en-us'].errorPrefixes.includes(word));
}

function endsWithColon(s: string): boolean {
  return /[:：]\s*$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Layout: questions (device actions)

function importQuestions(nodes: readonly RootContent[], ctx: Ctx): ImportedEntry[] {
  const entries: ImportedEntry[] = [];
  for (const h2 of sectionsAt(nodes, 2)) {
    if (!h2.head || h2.head.type !== 'heading' || h2.head.depth < 2) continue;
    const group = heading(h2.head);
    if (ctx.profile.skip?.includes(group.anchor)) continue;
    for (const h3 of sectionsAt(h2.body, 3)) {
      if (!h3.head) continue;
      const { text: title, anchor } = heading(h3.head);
      const line = lineOf(h3.head, ctx.offset);
      const resolutions = resolutionsOf(h3.body, ctx, undefined);
      if (!resolutions.some((r) => r.steps.length)) ctx.report('warning', 'no-resolution', `question "${plain(title)}" has no answer`, line);
      entries.push({
        id: `${ctx.doc}/${anchor}`,
        rendition: rendition(ctx, {
          title,
          messages: [],
          codes: entryCodes([title], ctx, line, false),
          description: [plain(group.text)],
          causes: [],
          resolutions,
          line,
          anchor,
        }),
      });
    }
  }
  if (entries.length === 0) ctx.report('error', 'no-entries', 'no question (### heading) found', 1);
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Layouts: code-table (iOS) and message-table (Managed Desktop registration)

function importTable(nodes: readonly RootContent[], ctx: Ctx): ImportedEntry[] {
  let table: Table | undefined;
  let tableAnchor: string | undefined;
  if (ctx.profile.layout === 'code-table') {
    table = nodes.find((n): n is Table => n.type === 'table');
  } else {
    const at = nodes.findIndex((n) => n.type === 'heading' && heading(n).anchor === ctx.profile.tableUnder);
    if (at >= 0) {
      tableAnchor = ctx.profile.tableUnder;
      for (let i = at + 1; i < nodes.length && nodes[i]!.type !== 'heading'; i++) {
        if (nodes[i]!.type === 'table') {
          table = nodes[i] as Table;
          break;
        }
      }
    }
  }
  if (!table) {
    ctx.report('error', 'no-entries', 'the table of errors was not found', 1);
    return [];
  }
  const [head, ...rows] = table.children;
  const headers = head!.children.map((c) => renderInline(c.children).text);
  const entries: ImportedEntry[] = [];
  rows.forEach((row, index) => {
    const line = lineOf(row, ctx.offset);
    const cells = row.children.map((c) => renderInline(c.children));
    if (cells.length < 2 || !cells[0]!.text) {
      ctx.report('warning', 'unreadable-row', `table row ${index + 1} has ${cells.length} cells or no key`, line);
      return;
    }
    const key = cells[0]!;
    const paragraphs = (s: string): string[] => s.split(/\n{2,}/).map(tidy).filter(Boolean);
    if (ctx.profile.layout === 'code-table') {
      const code = plain(key.text).trim();
      const issue = paragraphs(cells[1]!.text);
      const admin = cells[2] ? paragraphs(cells[2].text) : [];
      // The user-facing text tells users to report a code in bold; where it differs from the
      // row's own code (AccountNotOnboarded → APNSNotOnboarded), users will paste that one.
      const reported = [...cells[1]!.text.matchAll(/\*\*([A-Za-z][A-Za-z0-9]{5,})\*\*/g)].map((m) => m[1]!);
      const codes = [code, ...reported.filter((c) => c !== code)];
      for (const other of codes.slice(1)) {
        ctx.report('info', 'reported-code-differs', `row ${code} tells users to report "${other}": both are codes of this entry`, line);
      }
      entries.push({
        id: `${ctx.doc}/${code.toLowerCase()}`,
        row: index,
        rendition: rendition(ctx, {
          title: code,
          messages: [code],
          codes: [...new Set(codes)],
          description: issue.slice(1),
          causes: issue.slice(0, 1),
          resolutions: [{ title: headers[2] ?? '', steps: admin.map(step) }],
          line,
          anchor: undefined,
        }),
      });
    } else {
      const english = key.english || plain(key.text);
      const sentences = splitSentences(plain(cells[1]!.text));
      const causes = sentences.length > 1 ? sentences.slice(0, 1) : [];
      const steps = sentences.length > 1 ? sentences.slice(1) : sentences;
      entries.push({
        id: `${ctx.doc}/${slug(english)}`,
        row: index,
        rendition: rendition(ctx, {
          title: key.text,
          messages: [plain(key.text)],
          codes: [],
          description: [],
          causes,
          resolutions: [{ steps: steps.map(step) }],
          line,
          anchor: tableAnchor,
        }),
      });
    }
  });
  return entries;
}

/** Splits text into sentences at `.`, `!` or `?` followed by a space and a capital letter. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Shared: blocks → resolutions and steps; codes; rendition assembly

function step(text: string): Step {
  return { text, notes: [], code: [] };
}

/**
 * Turns the blocks of one resolution into one or more resolutions.
 *
 * Where a resolution holds several "lead paragraph ending in a colon + ordered list" groups
 * (`If the UPN contains …, follow these steps:` / `If MDM user scope is set to None, …:`), each
 * group is a resolution titled by its lead. Paragraphs and list items become steps; notes and code
 * blocks attach to the step before them (or the next one when none came before).
 */
function resolutionsOf(nodes: readonly RootContent[], ctx: Ctx, title: string | undefined): Resolution[] {
  const groups: { title: string | undefined; steps: Step[] }[] = [{ title, steps: [] }];
  const leadCount = nodes.filter((n, i) => isLead(n) && nodes[i + 1]?.type === 'list' && (nodes[i + 1] as List).ordered).length;
  let pendingNotes: string[] = [];
  let pendingCode: string[] = [];
  const cur = (): { title: string | undefined; steps: Step[] } => groups[groups.length - 1]!;
  const addStep = (s: Step): void => {
    s.notes.unshift(...pendingNotes);
    s.code.unshift(...pendingCode);
    pendingNotes = [];
    pendingCode = [];
    cur().steps.push(s);
  };
  const last = (): Step | undefined => cur().steps[cur().steps.length - 1];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const next = nodes[i + 1];
    switch (n.type) {
      case 'paragraph': {
        const text = renderInline(n.children).text;
        if (!text) break;
        if (isLead(n) && next?.type === 'list') {
          if (next.ordered && leadCount > 1) {
            groups.push({ title: plain(text), steps: [] });
            break;
          }
          if (next.ordered && !cur().title && cur().steps.length === 0) {
            cur().title = plain(text);
            break;
          }
          if (!next.ordered) {
            // An intro and its bullet list read as one step: "Make sure …: - a - b".
            addStep(step([text, ...next.children.map((it) => `- ${itemText(it)}`)].join('\n')));
            i++;
            break;
          }
        }
        addStep(step(text));
        break;
      }
      case 'list':
        for (const item of n.children) addStep(listItemStep(item, ctx));
        break;
      case 'blockquote': {
        const note = callout(n, ctx.meta.locale);
        const prev = last();
        if (prev) prev.notes.push(note);
        else pendingNotes.push(note);
        break;
      }
      case 'code': {
        const prev = last();
        if (prev) prev.code.push(codeText(n));
        else pendingCode.push(codeText(n));
        break;
      }
      case 'html':
      case 'thematicBreak':
      case 'definition':
        break;
      case 'table':
        for (const row of n.children.slice(1)) addStep(step(row.children.map((c) => renderInline(c.children).text).join(' — ')));
        break;
      default:
        ctx.report('warning', 'unplaced-content', `a ${n.type} block in a resolution was not understood`, lineOf(n, ctx.offset));
    }
  }
  if (pendingNotes.length || pendingCode.length) addStep(step(''));
  return groups.filter((g) => g.steps.length).map((g) => ({ ...(g.title ? { title: g.title } : {}), steps: g.steps }));
}

function isLead(n: RootContent): n is Paragraph {
  return n.type === 'paragraph' && endsWithColon(renderInline(n.children).text);
}

function listItemStep(item: ListItem, ctx: Ctx): Step {
  const s = step('');
  const lines: string[] = [];
  for (const c of item.children) {
    if (c.type === 'paragraph') lines.push(renderInline(c.children).text);
    else if (c.type === 'list') lines.push(...c.children.map((sub) => `- ${itemText(sub)}`));
    else if (c.type === 'blockquote') s.notes.push(callout(c, ctx.meta.locale));
    else if (c.type === 'code') s.code.push(codeText(c));
    else if (c.type !== 'html') lines.push(blockText(c));
  }
  s.text = lines.filter(Boolean).join('\n');
  return s;
}

/** A list item as one line: its paragraphs joined, nested items after a dash. */
function itemText(item: ListItem): string {
  const parts: string[] = [];
  for (const c of item.children) {
    if (c.type === 'paragraph') parts.push(renderInline(c.children).text);
    else if (c.type === 'list') parts.push(c.children.map(itemText).join('; '));
    else if (c.type === 'code') parts.push(c.value);
    else if (c.type !== 'html') parts.push(blockText(c));
  }
  return tidy(parts.join(' '));
}

function codeText(c: Code): string {
  return c.value.replace(/\s+$/, '');
}

/** `> [!NOTE]\n> text` → `Note: text` in the locale's label; other quotes as their text. */
function callout(q: Blockquote, locale: Locale): string {
  const text = tidy(q.children.map(blockText).join('\n'));
  const m = /^\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\]\s*/i.exec(text);
  if (!m) return text;
  const kind = m[1]!.toUpperCase() as keyof (typeof LOCALE_PROFILES)['en-us']['callouts'];
  const sep = locale === 'fr-fr' ? ' : ' : ': ';
  return `**${LOCALE_PROFILES[locale].callouts[kind]}**${sep}${text.slice(m[0].length).replace(/\n/g, ' ')}`;
}

/**
 * Codes written in an entry's texts. Malformed hex (7 or 9 digits, the docs' typos such as
 * `0x801c003`) is repaired to the one code of the same texts that is one digit away, with a
 * warning; with no such code it is kept out and reported.
 */
function entryCodes(texts: readonly string[], ctx: Ctx, line: number, shoutedNames: boolean): string[] {
  const all = texts.join('\n');
  const found = findCodes(all);
  const good = found.filter((c) => c.form !== 'malformed' && parseInt(c.code.slice(2), 16) >= 0x80000000).map((c) => c.code);
  const codes = new Set(good);
  for (const bad of found.filter((c) => c.form === 'malformed')) {
    const near = hexNeighbours(bad.code.slice(2)).filter((n) => codes.has(n));
    if (near.length === 1) {
      ctx.report('warning', 'code-typo', `"${bad.raw}" is not a valid HRESULT; read as ${near[0]} (one digit off, written correctly nearby)`, line);
    } else {
      ctx.report('warning', 'code-typo', `"${bad.raw}" is not a valid HRESULT and no nearby code repairs it`, line);
    }
  }
  if (shoutedNames) {
    // Symbolic codes in a heading, such as `OOBEIDPS`: an all-capitals word of 6+ letters.
    for (const m of plain(texts[0] ?? '').matchAll(/(?<![\p{L}\p{N}])([A-Z][A-Z0-9]{5,})(?![\p{L}\p{N}])/gu)) {
      if (!/^[0-9A-F]+$/.test(m[1]!)) codes.add(m[1]!);
    }
  }
  return [...codes];
}

function rendition(
  ctx: Ctx,
  r: Omit<Rendition, 'locale' | 'file' | 'url' | 'date'> & { anchor: string | undefined },
): Rendition {
  const { anchor, ...rest } = r;
  return {
    locale: ctx.meta.locale,
    ...rest,
    file: ctx.meta.file,
    url: anchor ? `${ctx.url}#${anchor}` : ctx.url,
    ...(ctx.date ? { date: ctx.date } : {}),
  };
}
