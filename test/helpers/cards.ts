/**
 * Card checks with the official adaptivecards SDK (its UMD build: the package's lib/ does not load
 * in Node, shared/dependencies.md Q5), plus our own: no unexpanded `${`, required fields present.
 */
import assert from 'node:assert/strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC: typeof import('adaptivecards') = require('adaptivecards/dist/adaptivecards.js');

/** Parses a card and returns every parse and validation problem as text; [] when valid. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card as object, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  // What the SDK does not check.
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}[${i}]`));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o['type'] === 'TextBlock' && (typeof o['text'] !== 'string' || !o['text'])) problems.push(`${at}: TextBlock without text`);
      for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
    }
  };
  walk(card, '$');
  return problems;
}

/** Asserts a card is valid and holds no unexpanded template expression. */
export function assertValidCard(card: unknown, allowedLiteral: string[] = []): void {
  assert.deepEqual(cardProblems(card), []);
  let json = JSON.stringify(card);
  for (const lit of allowedLiteral) json = json.split(JSON.stringify(lit).slice(1, -1)).join('');
  assert.ok(!json.includes('${'), `card holds an unexpanded template expression: ${json.slice(json.indexOf('${') - 40, json.indexOf('${') + 40)}`);
  assert.equal((card as { version?: string }).version, '1.5');
}

/** Every TextBlock text of a card, in order. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o['type'] === 'TextBlock' && typeof o['text'] === 'string') out.push(o['text']);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(card);
  return out;
}

/** Titles of a card's actions. */
export function cardActions(card: any): { type: string; title: string; verb?: string; data?: any }[] {
  return (card.actions ?? []).map((a: any) => ({ type: a.type, title: a.title, verb: a.verb, data: a.data }));
}
