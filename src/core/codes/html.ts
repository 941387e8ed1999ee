/**
 * A small, tolerant reader for the block HTML that Microsoft Docs pages embed in markdown
 * (`<table>…</table>`, `<dl><dt>…</dt><dd>…</dd></dl>`).
 *
 * remark gives raw HTML as `html` nodes: a whole `<table>` can be one node, while a `<dl>` is
 * split into many `html` nodes (`</dt> <dd> <dl> <dt>`) with ordinary markdown paragraphs in
 * between. The reader turns a run of sibling nodes into one element tree: tags from `html` nodes
 * open and close elements, text between tags becomes text leaves, and other markdown nodes become
 * leaves of the element open at that point.
 *
 * Tolerance, after the HTML parsing rules: `<td>`/`<th>` close an open cell, `<tr>` an open row,
 * `<dt>`/`<dd>` an open term or definition, `<li>` an open item; a closing tag with no open
 * element is ignored; elements still open at the end are closed. Only the tag pattern is a regular
 * expression, applied to one `html` node's value at a time.
 */
import type { RootContent } from 'mdast';
import { squash } from './markdown';

/** An element of the tree. */
export interface HtmlElement {
  kind: 'element';
  /** Lower-case tag name; `#root` for the tree's root. */
  tag: string;
  /** 1-based line of the start tag in the file. */
  line: number;
  children: HtmlChild[];
}
/** Text between tags inside an `html` node, entities decoded, white space collapsed. */
export interface HtmlText {
  kind: 'text';
  text: string;
  line: number;
}
/** A `<br>` inside an `html` node. */
export interface HtmlBreak {
  kind: 'break';
  line: number;
}
/** A markdown node (paragraph, blockquote…) inside an HTML element. */
export interface HtmlMarkdown {
  kind: 'markdown';
  node: RootContent;
  line: number;
}
export type HtmlChild = HtmlElement | HtmlText | HtmlBreak | HtmlMarkdown;

/** Tags that structure blocks; any other tag is inline and dropped (`<br>` becomes a break). */
const BLOCK_TAGS = new Set([
  'table', 'thead', 'tbody', 'tfoot', 'caption', 'tr', 'td', 'th',
  'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'div', 'p',
]);
/** For an opening tag, the open elements it closes first (innermost first). */
const IMPLIED_CLOSE: Record<string, ReadonlySet<string>> = {
  td: new Set(['td', 'th', 'p']),
  th: new Set(['td', 'th', 'p']),
  tr: new Set(['td', 'th', 'tr', 'p']),
  dt: new Set(['dt', 'dd', 'p']),
  dd: new Set(['dt', 'dd', 'p']),
  li: new Set(['li', 'p']),
  p: new Set(['p']),
};
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities a docs page uses (`&amp;`, `&#8217;`, `&#x2019;`). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});/g, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** True when the node list holds an `html` node that opens one of `tags`. */
export function opensAny(nodes: readonly RootContent[], tags: readonly string[]): boolean {
  const re = new RegExp(`<(${tags.join('|')})\\b`, 'i');
  return nodes.some((n) => n.type === 'html' && re.test(n.value));
}

/**
 * Builds the element tree of a run of sibling nodes (a document's top-level children).
 *
 * @param lineOffset - lines of front matter, added to every line.
 */
export function readHtmlTree(nodes: readonly RootContent[], lineOffset: number): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', line: 1, children: [] };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1]!;
  for (const node of nodes) {
    const nodeLine = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type !== 'html') {
      top().children.push({ kind: 'markdown', node, line: nodeLine });
      continue;
    }
    const value = node.value;
    const lineAt = (offset: number): number => {
      let l = nodeLine;
      for (let i = value.indexOf('\n'); i !== -1 && i < offset; i = value.indexOf('\n', i + 1)) l++;
      return l;
    };
    const pushText = (from: number, to: number): void => {
      const raw = value.slice(from, to);
      const text = squash(decodeEntities(raw));
      if (text) top().children.push({ kind: 'text', text, line: lineAt(from + raw.search(/\S/)) });
    };
    let last = 0;
    TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(value)) !== null) {
      pushText(last, m.index);
      last = m.index + m[0].length;
      const name = m[2]?.toLowerCase();
      if (!name) continue; // a comment
      const closing = m[1] === '/';
      if (!BLOCK_TAGS.has(name)) {
        if (name === 'br') top().children.push({ kind: 'break', line: lineAt(m.index) });
        continue;
      }
      if (closing) {
        const at = stack.map((e) => e.tag).lastIndexOf(name);
        if (at > 0) stack.length = at;
        continue;
      }
      const implied = IMPLIED_CLOSE[name];
      if (implied) while (stack.length > 1 && implied.has(top().tag)) stack.pop();
      const el: HtmlElement = { kind: 'element', tag: name, line: lineAt(m.index), children: [] };
      top().children.push(el);
      stack.push(el);
    }
    pushText(last, value.length);
  }
  return root;
}

/** Elements with tag `tag` under `el`, outermost only (an element inside a match is not returned). */
export function findElements(el: HtmlElement, tag: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (c.tag === tag) out.push(c);
    else out.push(...findElements(c, tag));
  }
  return out;
}

/** Child elements of `el` with one of `tags`, looking through wrappers such as `<tbody>`, but not into nested `stopAt` elements. */
export function childElements(el: HtmlElement, tags: ReadonlySet<string>, stopAt: ReadonlySet<string>): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (tags.has(c.tag)) out.push(c);
    else if (!stopAt.has(c.tag)) out.push(...childElements(c, tags, stopAt));
  }
  return out;
}
