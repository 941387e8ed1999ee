/**
 * Markdown reading for the importer: front matter, mdast (unified + remark-parse + remark-gfm), and
 * rendering of inline content to "card markdown" (text, `**bold**`, absolute links).
 *
 * Quirks of the Microsoft Docs sources handled here:
 * - localized files start headings with `<a name="anchor"></a>`: the anchor is returned apart;
 * - "sxs" bilingual files interleave `<span class="sxs-lookup">…English…</span>` after each
 *   translated sentence: that text is removed from the rendition and returned apart as `english`;
 * - `<br />` inside table cells separates paragraphs;
 * - placeholders written like tags (`<requestId>`, `<path>`) are kept as text.
 */
import matter from 'gray-matter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent } from 'mdast';

/** A parsed document: its front matter and its mdast, with positions in the original file. */
export interface ParsedMarkdown {
  /** Front matter fields as parsed YAML; `{}` when there is none. */
  frontMatter: Record<string, unknown>;
  /** The body's syntax tree. */
  tree: Root;
  /** Number of lines the front matter occupies: add it to a node's line for the file's line. */
  lineOffset: number;
}

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Splits front matter from the body and parses the body.
 *
 * @throws Error when the front matter is not valid YAML (gray-matter's error, with its line).
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  const text = normalizeNewlines(source);
  // Passing options turns gray-matter's cache off, so results are never shared between calls.
  const fm = matter(text, {});
  const body = fm.content;
  const lineOffset = text.split('\n').length - body.split('\n').length;
  return { frontMatter: fm.data as Record<string, unknown>, tree: processor.parse(body), lineOffset };
}

/** Drops a byte-order mark and turns CRLF/CR line ends into LF. */
export function normalizeNewlines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses markdown without front matter handling (GFM tables included). */
export function parseBody(text: string): Root {
  return processor.parse(text);
}

/** Inline content rendered: the text and, for sxs files, the hidden English original. */
export interface InlineText {
  /** Card markdown of the visible (localized) text. */
  text: string;
  /** Text that was inside `sxs-lookup` spans, plain; empty when there was none. */
  english: string;
  /** `<a name="…">` anchor found in the content, if any. */
  anchor?: string;
}

const ANCHOR = /<a\s+name="([^"]+)"\s*>/i;
const SPAN_OPEN = /^<span\b[^>]*>$/i;
const SXS_OPEN = /^<span\b[^>]*class="sxs-lookup"[^>]*>$/i;
const SPAN_CLOSE = /^<\/span\s*>$/i;
const BREAK = /^<br\s*\/?>$/i;
const KNOWN_TAG = /^<\/?(a|span|br|img|b|i|em|strong|sup|sub|p|div)\b[^>]*>$|^<!--/i;

/**
 * Renders phrasing content to card markdown.
 *
 * Links keep their label; the target is kept only when absolute (`http(s)://`), since relative
 * links point into a docs site the bot cannot resolve. Inline code keeps its text.
 */
export function renderInline(nodes: readonly PhrasingContent[]): InlineText {
  let text = '';
  let english = '';
  let anchor: string | undefined;
  // Stack of open spans: true for an sxs-lookup span (its content is the English original).
  const spans: boolean[] = [];
  const inSxs = (): boolean => spans.includes(true);
  const emit = (s: string): void => {
    if (inSxs()) english += s;
    else text += s;
  };
  const walk = (list: readonly PhrasingContent[]): void => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          emit(n.value);
          break;
        case 'inlineCode':
          emit(n.value);
          break;
        case 'strong': {
          const inner = renderInline(n.children);
          if (inSxs()) english += inner.english || inner.text;
          else if (inner.text.trim()) {
            // Keep the bold marks tight around the words, as TextBlock markdown requires.
            const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner.text)!;
            text += `${m[1]}**${m[2]}**${m[3]}`;
            english += inner.english;
          } else english += inner.english;
          break;
        }
        case 'emphasis':
        case 'delete':
          walk(n.children);
          break;
        case 'link': {
          const inner = renderInline(n.children);
          if (inSxs()) english += inner.english || inner.text;
          else {
            const label = inner.text.trim();
            if (/^https?:\/\//i.test(n.url) && label) text += `[${label.replace(/[[\]]/g, '')}](${n.url})`;
            else text += inner.text;
            english += inner.english;
          }
          break;
        }
        case 'break':
          emit('\n');
          break;
        case 'html': {
          const v = n.value.trim();
          const a = ANCHOR.exec(v);
          if (a) anchor ??= a[1];
          if (SXS_OPEN.test(v)) spans.push(true);
          else if (SPAN_OPEN.test(v)) spans.push(false);
          else if (SPAN_CLOSE.test(v)) spans.pop();
          else if (BREAK.test(v)) emit('\n');
          else if (!KNOWN_TAG.test(v)) emit(n.value); // a placeholder such as <requestId>
          break;
        }
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          break;
        default: {
          const other = n as { children?: PhrasingContent[]; value?: unknown };
          if (other.children) walk(other.children);
          else if (typeof other.value === 'string') emit(other.value);
        }
      }
    }
  };
  walk(nodes);
  return { text: tidy(text), english: tidy(english), ...(anchor ? { anchor } : {}) };
}

/** Collapses runs of spaces, trims each line, drops empty lines at the ends. */
export function tidy(s: string): string {
  return s
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The 1-based line of a node in the original file. */
export function lineOf(node: { position?: { start: { line: number } } | undefined }, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

/**
 * The anchor Microsoft Docs gives a heading when the source has no `<a name>`: lower-cased,
 * punctuation dropped, spaces to hyphens (the GitHub slug rule, which the localized files'
 * `<a name>` values follow).
 */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Plain text of any block, for diagnostics and descriptions: inline text of all its paragraphs. */
export function blockText(node: RootContent): string {
  if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
    return tidy((node.children as RootContent[]).map(blockText).join('\n'));
  }
  if ('children' in node) return renderInline(node.children as PhrasingContent[]).text;
  if ('value' in node && typeof node.value === 'string') return node.value;
  return '';
}
