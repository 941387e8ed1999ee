/**
 * Markdown reading for the code importer: front matter (gray-matter), mdast (unified + remark-parse +
 * remark-gfm), and plain text of inline content, split into lines where the source breaks them.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { normalizeNewlines, parseBody, parseMarkdown } from '../knowledge/markdown';

/** A parsed reference document. */
export interface ParsedReference {
  /** Front matter as parsed YAML; `{}` when there is none or it is not valid YAML. */
  frontMatter: Record<string, unknown>;
  /** The body's syntax tree; its lines are relative to the body. */
  tree: Root;
  /** Lines taken by the front matter: add it to a node's line for the file's line. */
  lineOffset: number;
  /** The front matter's YAML error, when it has one (the body is then parsed from the top). */
  frontMatterError?: string;
}

/** Splits front matter from the body and parses the body; a YAML error is returned, not thrown. */
export function parseReference(source: string): ParsedReference {
  try {
    return parseMarkdown(source);
  } catch (e) {
    return { frontMatter: {}, tree: parseBody(normalizeNewlines(source)), lineOffset: 0, frontMatterError: (e as Error).message };
  }
}

/** Collapses white space (including no-break spaces) to single spaces and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A line of inline content: its text, the text of its bold runs, and where it starts. */
export interface InlineLine {
  /** Plain text, white space collapsed. */
  text: string;
  /** Text of each `**bold**` run on the line, trimmed. */
  strong: string[];
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
}

const BREAK_TAG = /^<\/?(br|li|ul|ol|p|div)\b[^>]*>$/i;
const INLINE_TAG = /^<\/?(a|span|img|b|i|em|strong|sup|sub|kbd|code|u|font)\b[^>]*>$|^<!--[\s\S]*-->$/i;

/**
 * Splits inline content into lines at hard breaks and at the HTML tags that break a table cell
 * (`<br>`, `<li>`, `<ul>`…). With `softBreaks`, line endings inside text also split.
 * Other inline tags (`<span id>`, `<a>`) are dropped; anything else written like a tag
 * (`<path>`) is kept as text.
 */
export function inlineLines(
  nodes: readonly PhrasingContent[],
  lineOffset: number,
  softBreaks = false,
): InlineLine[] {
  const lines: InlineLine[] = [];
  let text = '';
  let strong: string[] = [];
  let start: { line: number; column: number } | undefined;
  const flush = (): void => {
    const t = squash(text);
    if (t) lines.push({ text: t, strong, line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1 });
    text = '';
    strong = [];
    start = undefined;
  };
  // The top-level node being walked: a line starts where it does (`**NAME**` at its `**`).
  let outer: PhrasingContent | undefined;
  const add = (s: string, node: PhrasingContent): void => {
    const at = (outer ?? node).position;
    if (!start && s.trim() && at) start = { line: at.start.line, column: at.start.column };
    text += s;
  };
  const walk = (list: readonly PhrasingContent[], top = false): void => {
    for (const n of list) {
      if (top) outer = n;
      switch (n.type) {
        case 'text':
          if (softBreaks && n.value.includes('\n')) {
            const parts = n.value.split('\n');
            parts.forEach((p, i) => {
              if (i > 0) flush();
              add(p, n);
            });
          } else add(n.value, n);
          break;
        case 'inlineCode':
          add(n.value, n);
          break;
        case 'break':
          flush();
          break;
        case 'strong': {
          const before = text.length;
          walk(n.children);
          const inner = squash(text.length >= before ? text.slice(before) : text);
          if (inner) strong.push(inner);
          break;
        }
        case 'html': {
          const v = n.value.trim();
          if (BREAK_TAG.test(v)) flush();
          else if (!INLINE_TAG.test(v)) add(n.value, n);
          break;
        }
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          break;
        default: {
          // emphasis, delete, link, linkReference, and node types added by extensions
          const other = n as { children?: PhrasingContent[]; value?: unknown };
          if (other.children) walk(other.children);
          else if (typeof other.value === 'string') add(other.value, n);
        }
      }
    }
  };
  walk(nodes, true);
  flush();
  return lines;
}

/**
 * Joins lines into one line of prose: a line that ends without punctuation is followed by `; `
 * (it was a list item or a cell paragraph), otherwise by a space.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    const t = squash(l);
    if (!t) continue;
    if (out) out += /[.!?:;]$/.test(out) ? ' ' : '; ';
    out += t;
  }
  return out.replace(/ ([,;])/g, '$1'); // "Invalid Schema , Message…" as written on the win32 page
}

/** Inline content as one line of plain text (markdown removed, `<br>`/`<li>` joined). */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  return joinLines(inlineLines(nodes, 0).map((l) => l.text));
}

/** Plain text of a block (paragraph, blockquote, list…), on one line. */
export function blockText(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      return inlineText(node.children);
    case 'code':
    case 'inlineCode':
    case 'text':
      return squash(node.value);
    case 'html':
      return '';
    default:
      if ('children' in node) return joinLines((node.children as RootContent[]).map(blockText));
      return '';
  }
}

export { lineOf } from '../knowledge/markdown';
