/**
 * A Bot Framework activity, as the bot sends it to the Bot Connector, as terminal text: its text,
 * its attachments (Adaptive Cards through {@link renderCard}, hero and thumbnail cards, files) and
 * its suggested actions, with every action numbered in one list. Pure.
 */
import { plainTextOfMessage } from '../bot/activity-text';
import { inlineMarkdown, renderCard, wrapLine, type ChatAction, type RenderOptions } from './render-card';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const HERO_CARDS = new Set(['application/vnd.microsoft.card.hero', 'application/vnd.microsoft.card.thumbnail']);

/** A rendered activity. */
export interface RenderedActivity {
  lines: string[];
  text: string;
  /** The numbered actions, numbered from `firstNumber`. */
  actions: ChatAction[];
  /**
   * The activity holds a card or suggested actions: its actions (possibly none) become the ones a
   * number refers to. A plain text message leaves the previous card's actions in place.
   */
  actionable: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A Bot Framework card action (suggested action, hero card button) as a {@link ChatAction}. */
function cardAction(a: Json): ChatAction {
  const value = a['value'];
  return {
    type: 'cardAction',
    kind: str(a['type']) || 'imBack',
    title: str(a['title']) || str(a['text']) || str(value),
    ...(value !== undefined ? { value } : {}),
    ...(typeof a['text'] === 'string' ? { text: a['text'] } : {}),
    ...(typeof a['displayText'] === 'string' ? { displayText: a['displayText'] } : {}),
  };
}

function actionLabel(a: ChatAction, n: number): string {
  const url = a.type === 'cardAction' && a.kind === 'openUrl' && typeof a.value === 'string' ? ` <${a.value}>` : '';
  return `[${n}] ${a.title}${url}`;
}

/**
 * Renders an activity; undefined for one a person would not see (typing indicators).
 */
export function renderActivity(activity: unknown, options: RenderOptions = {}): RenderedActivity | undefined {
  if (!isObject(activity)) return undefined;
  const type = str(activity['type']) || 'message';
  if (type === 'typing') return undefined;
  const ansi = options.ansi ?? false;
  const indent = options.indent ?? '';
  const first = options.firstNumber ?? 1;
  const actions: ChatAction[] = [];
  const blocks: string[][] = [];
  let actionable = false;

  if (type !== 'message') {
    const name = str(activity['name']);
    blocks.push([`(${type}${name ? `: ${name}` : ''})`]);
  }
  const text = str(activity['text']);
  if (text.trim()) {
    const html = str(activity['textFormat']).toLowerCase() === 'xml' || /<\/?(?:p|div|br|at|b|i|strong|em|a)\b/i.test(text);
    blocks.push((html ? plainTextOfMessage(text) : text).split(/\r?\n/).map((l) => inlineMarkdown(l, ansi)));
  }
  for (const att of arr(activity['attachments'])) {
    if (!isObject(att)) continue;
    const contentType = str(att['contentType']);
    if (contentType === ADAPTIVE_CARD) {
      actionable = true;
      const card = renderCard(att['content'], { ansi, firstNumber: first + actions.length });
      actions.push(...card.actions);
      blocks.push(card.lines);
    } else if (HERO_CARDS.has(contentType) && isObject(att['content'])) {
      actionable = true;
      const c = att['content'];
      const lines: string[] = [];
      if (str(c['title'])) lines.push(ansi ? `\x1b[1m${inlineMarkdown(str(c['title']))}\x1b[0m` : inlineMarkdown(str(c['title'])));
      if (str(c['subtitle'])) lines.push(inlineMarkdown(str(c['subtitle']), ansi));
      if (str(c['text'])) lines.push(...str(c['text']).split(/\r?\n/).map((l) => inlineMarkdown(l, ansi)));
      const buttons = arr(c['buttons']).filter(isObject).map(cardAction);
      if (buttons.length) {
        if (lines.length) lines.push('');
        lines.push(buttons.map((b, i) => actionLabel(b, first + actions.length + i)).join('  '));
        actions.push(...buttons);
      }
      blocks.push(lines);
    } else {
      const name = str(att['name']);
      const url = str(att['contentUrl']);
      blocks.push([`[attachment${name ? `: ${name}` : ''} (${contentType || 'unknown type'})]${url ? ` <${url}>` : ''}`]);
    }
  }
  const suggested = isObject(activity['suggestedActions']) ? arr(activity['suggestedActions']['actions']).filter(isObject).map(cardAction) : [];
  if (suggested.length) {
    actionable = true;
    blocks.push([suggested.map((a, i) => actionLabel(a, first + actions.length + i)).join('  ')]);
    actions.push(...suggested);
  }

  const lines: string[] = [];
  for (const b of blocks) {
    if (!b.length) continue;
    if (lines.length) lines.push('');
    lines.push(...b);
  }
  const out = lines.flatMap((l) => {
    const line = l ? indent + l : l;
    return options.width ? wrapLine(line, options.width) : [line];
  });
  return { lines: out, text: out.join('\n'), actions, actionable };
}
