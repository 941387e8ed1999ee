/**
 * Adaptive Cards as terminal text, for `npm run chat`. Pure: a card (plain JSON) in, the lines a
 * user reads and the numbered actions out; no I/O.
 *
 * What a reader sees:
 * - TextBlocks in order; card markdown links as `label <url>`; `**bold**` and headings in ANSI
 *   bold when `ansi` is on, plain otherwise; monospace blocks indented;
 * - a ColumnSet as one line per row (`1. Sign in to …`), a FactSet as `title: value` lines;
 * - every actionable element numbered: a card's actions as one row,
 *   `[1] Helpful  [2] Not helpful  [3] Open the article <url>`, an ActionSet's where it stands, a
 *   Container's `selectAction` in front of the container's first line (a card action identical to
 *   one already numbered keeps that number and is not repeated);
 * - inputs listed as `✎ label`; each numbered Action.Execute / Action.Submit carries the inputs it
 *   gathers (every input of its card, as Teams does), so a caller can prompt for them.
 */

/** An input field of a card. */
export interface CardInput {
  id: string;
  /** `Input.Text`, `Input.Number`, `Input.Date`, `Input.Time`, `Input.Toggle`, `Input.ChoiceSet`. */
  type: string;
  /** What to ask: the label, else the placeholder, else the id. */
  label: string;
  placeholder?: string;
  /** The initial value (what an untouched field sends). */
  value: string;
  required: boolean;
  multiline: boolean;
  /** `isVisible: false`: sent with its value, never asked. */
  hidden: boolean;
  /** Input.ChoiceSet: the choices. */
  choices?: { title: string; value: string }[];
  multiSelect?: boolean;
  /** Input.Toggle: the values for on and off. */
  valueOn?: string;
  valueOff?: string;
}

/** A numbered action a user can take by typing its number. */
export type ChatAction =
  | { type: 'Action.Execute'; title: string; verb?: string; data: unknown; inputs: CardInput[] }
  | { type: 'Action.Submit'; title: string; data: unknown; inputs: CardInput[] }
  | { type: 'Action.OpenUrl'; title: string; url: string }
  | { type: 'Action.ShowCard'; title: string; card: unknown; inputs: CardInput[] }
  | { type: 'Action.ToggleVisibility'; title: string; targets: { elementId: string; isVisible?: boolean }[] }
  /** A Bot Framework card action (suggested actions, hero card buttons): imBack, messageBack, postBack, openUrl, … */
  | { type: 'cardAction'; kind: string; title: string; value?: unknown; text?: string; displayText?: string };

/** Options of {@link renderCard}. */
export interface RenderOptions {
  /** ANSI bold for headings and `**bold**`, dim for subtle text. @default false */
  ansi?: boolean;
  /** Wrap lines longer than this many columns (continuations keep their indentation). @default no wrapping */
  width?: number;
  /** Put in front of every line. @default '' */
  indent?: string;
  /** Number of the first action (to number several cards of one activity as one list). @default 1 */
  firstNumber?: number;
  /** Inputs of an enclosing card, gathered too by this card's actions (Action.ShowCard). */
  parentInputs?: CardInput[];
}

/** A rendered card. */
export interface RenderedCard {
  lines: string[];
  /** `lines` joined with newlines. */
  text: string;
  /** The numbered actions: `actions[i]` has number `firstNumber + i`. */
  actions: ChatAction[];
  inputs: CardInput[];
}

type Json = Record<string, unknown>;

const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const MONO_INDENT = '    ';
// eslint-disable-next-line no-control-regex
const ANSI_RE = /\x1b\[[0-9;]*m/g;

/** Length of a string as displayed: without ANSI escapes. */
function visibleLength(s: string): number {
  return [...s.replace(ANSI_RE, '')].length;
}

/** Removes ANSI escapes. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI_RE, '');
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Characters a backslash escapes in card markdown (`1\\.` shows `1.`). */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;

/**
 * Card markdown to terminal text: `[label](url)` → `label <url>` (`<url>` when the label is the
 * url or empty), `**bold**` → ANSI bold or plain, backslash escapes (`1\\.`) → the character.
 *
 * @param restore - the style to return to after a bold run (the enclosing line's style).
 */
export function inlineMarkdown(text: string, ansi = false, restore = ''): string {
  const escaped: string[] = [];
  return text
    .replace(ESCAPED, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g, (_m, label: string, url: string) =>
      !label.trim() || label === url ? `<${url}>` : `${label} <${url}>`,
    )
    .replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, (_m, inner: string) => (ansi ? `${BOLD}${inner}\x1b[22m${restore}` : inner))
    .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? '');
}

/** Wraps one line at `width` columns; continuation lines are indented like the line's text (after a `[n] `, `1. `, `- ` marker). */
export function wrapLine(line: string, width: number): string[] {
  if (width <= 0 || visibleLength(line) <= width) return [line];
  const plain = stripAnsi(line);
  const lead = /^(\s*)((?:\[\d+\]|\d+\.|[-•*✎])\s+)?/.exec(plain)!;
  const hang = ' '.repeat(lead[0].length);
  if (hang.length >= width - 10) return [line];
  const words = line.split(/(?<=\S) (?=\S)/);
  const out: string[] = [];
  let current = '';
  for (const w of words) {
    if (!current) current = w;
    else if (visibleLength(current) + 1 + visibleLength(w) <= width) current += ` ${w}`;
    else {
      out.push(current);
      current = hang + w.replace(/^\s+/, '');
    }
  }
  if (current) out.push(current);
  return out;
}

/** A block of output lines with the spacing the card asked before it. */
interface Block {
  lines: string[];
  /** A blank line before this block (separator or medium-or-larger spacing). */
  gap: boolean;
}

const GAP_SPACINGS = new Set(['medium', 'large', 'extralarge', 'padding']);

function wantsGap(el: Json): boolean {
  return el['separator'] === true || GAP_SPACINGS.has(str(el['spacing']).toLowerCase());
}

function joinBlocks(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (!b.lines.length) continue;
    if (b.gap && out.length && out[out.length - 1] !== '') out.push('');
    out.push(...b.lines);
  }
  return out;
}

/** What identifies an action for de-duplication: the same action shown twice keeps one number. */
function signature(a: Json): string {
  return JSON.stringify([a['type'], a['verb'], a['data'], a['url'], a['card'], a['targetElements']]);
}

class CardRenderer {
  readonly actions: ChatAction[] = [];
  readonly inputs: CardInput[] = [];
  private readonly numbers = new Map<string, number>();
  /** Actions whose inputs are filled in once the whole card is read. */
  private readonly gathering: { inputs: CardInput[] }[] = [];

  constructor(
    private readonly ansi: boolean,
    private readonly firstNumber: number,
    private readonly parentInputs: CardInput[],
  ) {}

  card(card: Json): string[] {
    const body = this.elements(arr(card['body']));
    const actions = this.actionRow(arr(card['actions']), true);
    const blocks: Block[] = [{ lines: body, gap: false }];
    if (actions) blocks.push({ lines: [actions], gap: true });
    const lines = joinBlocks(blocks);
    for (const g of this.gathering) g.inputs.push(...this.inputs, ...this.parentInputs);
    return lines;
  }

  private elements(items: unknown[]): string[] {
    const blocks: Block[] = [];
    for (const item of items) {
      if (!isObject(item) || item['isVisible'] === false) continue;
      blocks.push({ lines: this.element(item), gap: wantsGap(item) });
    }
    return joinBlocks(blocks);
  }

  private style(el: Json): string {
    if (!this.ansi) return '';
    const weight = str(el['weight']).toLowerCase();
    const size = str(el['size']).toLowerCase();
    const heading = str(el['style']).toLowerCase() === 'heading' || (weight === 'bolder' && ['medium', 'large', 'extralarge'].includes(size));
    return (heading || weight === 'bolder' ? BOLD : '') + (el['isSubtle'] === true ? DIM : '');
  }

  private styled(text: string, style: string): string[] {
    return text.split(/\r?\n/).map((l) => {
      const t = inlineMarkdown(l, this.ansi, style);
      return style && t ? `${style}${t}${RESET}` : t;
    });
  }

  private element(el: Json): string[] {
    const type = str(el['type']);
    switch (type) {
      case 'TextBlock': {
        const lines = this.styled(str(el['text']), this.style(el));
        return str(el['fontType']).toLowerCase() === 'monospace' ? lines.map((l) => (l ? MONO_INDENT + l : l)) : lines;
      }
      case 'RichTextBlock': {
        const text = arr(el['inlines'])
          .map((i) => {
            if (typeof i === 'string') return inlineMarkdown(i, this.ansi);
            if (!isObject(i)) return '';
            const style = this.style(i);
            const t = str(i['text']);
            return style ? `${style}${t}${RESET}` : t;
          })
          .join('');
        return text.split(/\r?\n/);
      }
      case 'Container':
        return this.selectable(el, this.elements(arr(el['items'])));
      case 'ColumnSet':
        return this.selectable(el, this.columnSet(el));
      case 'Column':
        return this.selectable(el, this.elements(arr(el['items'])));
      case 'FactSet':
        return this.factSet(el);
      case 'ActionSet': {
        const row = this.actionRow(arr(el['actions']), false);
        return row ? [row] : [];
      }
      case 'Image':
        return this.selectable(el, [this.image(el)]);
      case 'ImageSet':
        return arr(el['images']).filter(isObject).map((i) => this.image(i));
      case 'Media': {
        const src = arr(el['sources']).filter(isObject).map((s) => str(s['url']))[0];
        return [`[media${el['altText'] ? `: ${str(el['altText'])}` : ''}]${src ? ` <${src}>` : ''}`];
      }
      case 'Table':
        return this.table(el);
      default:
        if (type.startsWith('Input.')) return this.input(el);
        // An element this renderer does not know: its fallback, as a client would show.
        return isObject(el['fallback']) ? this.element(el['fallback']) : [];
    }
  }

  /** Numbers a `selectAction` and puts its number in front of the element's first line. */
  private selectable(el: Json, lines: string[]): string[] {
    const action = isObject(el['selectAction']) ? el['selectAction'] : undefined;
    if (!action || !lines.length) return lines;
    const titled = { ...action, title: str(action['title']) || stripAnsi(lines.find((l) => l.trim()) ?? '').trim() };
    const n = this.number(titled);
    if (n === undefined) return lines;
    const prefix = `[${n}] `;
    const pad = ' '.repeat(prefix.length);
    return lines.map((l, i) => (i === 0 ? prefix + l : l ? pad + l : l));
  }

  private columnSet(el: Json): string[] {
    const columns = arr(el['columns'])
      .filter(isObject)
      .filter((c) => c['isVisible'] !== false)
      .map((c) => this.selectable(c, this.elements(arr(c['items']))))
      .map((lines) => {
        while (lines[0] === '') lines.shift();
        while (lines[lines.length - 1] === '') lines.pop();
        return lines;
      })
      .filter((lines) => lines.length);
    if (!columns.length) return [];
    const widths = columns.map((c) => Math.max(...c.map(visibleLength)));
    const rows = Math.max(...columns.map((c) => c.length));
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells = columns.map((c, i) => {
        const cell = c[r] ?? '';
        return i === columns.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleLength(cell));
      });
      out.push(cells.join(' ').replace(/\s+$/, ''));
    }
    return out;
  }

  private factSet(el: Json): string[] {
    const facts = arr(el['facts']).filter(isObject).map((f) => ({ title: inlineMarkdown(str(f['title']), this.ansi), value: str(f['value']) }));
    const width = Math.max(0, ...facts.map((f) => visibleLength(f.title)));
    return facts.flatMap((f) => {
      const title = `${f.title}:${' '.repeat(width - visibleLength(f.title))} `;
      const shown = this.ansi ? `${BOLD}${title}${RESET}` : title;
      const pad = ' '.repeat(width + 2);
      return inlineMarkdown(f.value, this.ansi).split(/\r?\n/).map((l, i) => (i === 0 ? shown + l : pad + l));
    });
  }

  private table(el: Json): string[] {
    const header = el['firstRowAsHeader'] !== false;
    return arr(el['rows'])
      .filter(isObject)
      .map((row, r) => {
        const cells = arr(row['cells'])
          .filter(isObject)
          .map((c) => this.elements(arr(c['items'])).filter((l) => l.trim()).map((l) => l.trim()).join(' '));
        const line = cells.join(' | ');
        return header && r === 0 && this.ansi ? `${BOLD}${line}${RESET}` : line;
      });
  }

  private image(el: Json): string {
    const alt = str(el['altText']);
    return `[image${alt ? `: ${alt}` : ''}]`;
  }

  private input(el: Json): string[] {
    const type = str(el['type']);
    const id = str(el['id']);
    if (!id) return [];
    const label = str(el['label']) || str(el['placeholder']) || str(el['title']) || id;
    const input: CardInput = {
      id,
      type,
      label: stripAnsi(inlineMarkdown(label)),
      ...(el['placeholder'] ? { placeholder: str(el['placeholder']) } : {}),
      value: str(el['value']),
      required: el['isRequired'] === true,
      multiline: el['isMultiline'] === true,
      hidden: el['isVisible'] === false,
    };
    let detail = '';
    if (type === 'Input.ChoiceSet') {
      input.choices = arr(el['choices']).filter(isObject).map((c) => ({ title: str(c['title']), value: str(c['value']) }));
      input.multiSelect = el['isMultiSelect'] === true;
      detail = `: ${input.choices.map((c) => c.title).join(' / ')}`;
    } else if (type === 'Input.Toggle') {
      input.valueOn = el['valueOn'] === undefined ? 'true' : str(el['valueOn']);
      input.valueOff = el['valueOff'] === undefined ? 'false' : str(el['valueOff']);
      input.value ||= input.valueOff;
      input.label = stripAnsi(inlineMarkdown(str(el['title']) || str(el['label']) || id));
      detail = input.value === input.valueOn ? ' [x]' : ' [ ]';
    } else if (type !== 'Input.Text') {
      detail = ` (${type.slice('Input.'.length).toLowerCase()})`;
    }
    this.inputs.push(input);
    if (input.hidden) return [];
    const shownValue =
      input.value && type !== 'Input.Toggle' ? ` [${input.value}]` : input.placeholder && input.placeholder !== input.label ? ` (${input.placeholder})` : '';
    return [`✎ ${inlineMarkdown(input.label, this.ansi)}${detail}${shownValue}${input.required ? ' *' : ''}`];
  }

  /** `[1] Helpful  [2] Not helpful  [3] Open the article <url>`; actions already numbered are left out. */
  private actionRow(actions: unknown[], skipShown: boolean): string {
    const parts: string[] = [];
    for (const a of actions) {
      if (!isObject(a) || a['isVisible'] === false) continue;
      const title = inlineMarkdown(str(a['title']) || str(a['verb']) || str(a['type']).replace(/^Action\./, ''), this.ansi);
      if (a['isEnabled'] === false) {
        parts.push(`(${title}, disabled)`);
        continue;
      }
      if (skipShown && this.numbers.has(signature(a))) continue;
      const n = this.number(a);
      if (n === undefined) continue;
      const url = str(a['type']) === 'Action.OpenUrl' && str(a['url']) ? ` <${str(a['url'])}>` : '';
      parts.push(`[${n}] ${title}${url}`);
    }
    return parts.join('  ');
  }

  /** Registers an action (once per signature) and returns its number; undefined for a type we cannot act on. */
  private number(a: Json): number | undefined {
    const key = signature(a);
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    const action = this.toChatAction(a);
    if (!action) return undefined;
    this.actions.push(action);
    const n = this.firstNumber + this.actions.length - 1;
    this.numbers.set(key, n);
    return n;
  }

  private toChatAction(a: Json): ChatAction | undefined {
    const title = stripAnsi(inlineMarkdown(str(a['title']) || str(a['verb']) || str(a['type'])));
    const gathers = (): CardInput[] => {
      const inputs: CardInput[] = [];
      if (str(a['associatedInputs']).toLowerCase() !== 'none') this.gathering.push({ inputs });
      return inputs;
    };
    switch (str(a['type'])) {
      case 'Action.Execute':
        return { type: 'Action.Execute', title, ...(a['verb'] !== undefined ? { verb: str(a['verb']) } : {}), data: a['data'], inputs: gathers() };
      case 'Action.Submit':
        return { type: 'Action.Submit', title, data: a['data'], inputs: gathers() };
      case 'Action.OpenUrl':
        return { type: 'Action.OpenUrl', title, url: str(a['url']) };
      case 'Action.ShowCard':
        return { type: 'Action.ShowCard', title, card: a['card'], inputs: gathers() };
      case 'Action.ToggleVisibility':
        return {
          type: 'Action.ToggleVisibility',
          title,
          targets: arr(a['targetElements']).flatMap((t) =>
            typeof t === 'string'
              ? [{ elementId: t }]
              : isObject(t)
                ? [{ elementId: str(t['elementId']), ...(typeof t['isVisible'] === 'boolean' ? { isVisible: t['isVisible'] } : {}) }]
                : [],
          ),
        };
      default:
        return undefined;
    }
  }
}

/**
 * Renders an Adaptive Card as terminal lines with numbered actions.
 *
 * @param card - the card JSON (an attachment's `content`); anything else renders as nothing.
 */
export function renderCard(card: unknown, options: RenderOptions = {}): RenderedCard {
  const r = new CardRenderer(options.ansi ?? false, options.firstNumber ?? 1, options.parentInputs ?? []);
  const body = isObject(card) ? r.card(card) : [];
  const indent = options.indent ?? '';
  const lines = body.flatMap((l) => {
    const line = l ? indent + l : l;
    return options.width ? wrapLine(line, options.width) : [line];
  });
  return { lines, text: lines.join('\n'), actions: r.actions, inputs: r.inputs };
}

/**
 * The card after an Action.ToggleVisibility: each target element shown or hidden (toggled when
 * the target gives no `isVisible`). Returns a new card; the argument is not changed.
 */
export function toggleVisibility(card: unknown, targets: readonly { elementId: string; isVisible?: boolean }[]): unknown {
  const byId = new Map(targets.map((t) => [t.elementId, t.isVisible]));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const copy: Json = {};
    for (const [k, v] of Object.entries(node)) copy[k] = walk(v);
    const id = str(node['id']);
    if (id && byId.has(id)) {
      const wanted = byId.get(id);
      copy['isVisible'] = wanted ?? node['isVisible'] === false;
    }
    return copy;
  };
  return walk(card);
}
