/**
 * Recognition quality on the labelled development set (test/fixtures/recognition/dev.jsonl,
 * README there): thresholds were tuned on the `tune` part only; the floors hold on `heldout`.
 * Prints every miss.
 *
 * Floors: top-1 ≥ 0.95 on answerable held-out pastes (the target). Refusal of `none`
 * pastes: the target is 0.95; the classifier reaches 0.895 on held-out (17/19) and 0.950
 * on the second held-out set (heldout-2.jsonl, 80 none pastes), so the floors guard against
 * regressions at 0.84 and 0.90. Tuning figures: 1.000 on tune, 0.946 on tune-extra.jsonl (whose
 * misses were read while writing src/core/classifier/areas.ts, so that figure flatters), 0.940 on
 * tune-extra-2.jsonl, 0.956 on tune-extra-3.jsonl (forum and issue posts, read the same way).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { negotiateLocale } from '../src/core/locale';
import { realKnowledge } from './helpers/knowledge';

interface Case {
  id: string;
  split: 'tune' | 'heldout' | 'heldout2';
  lang: string;
  kind: string;
  locale?: string;
  text: string;
  expected: string[];
  decision: 'answer' | 'ask' | 'none';
}

const readCases = (file: string): Case[] =>
  fs
    .readFileSync(path.join(__dirname, 'fixtures', 'recognition', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case);
const cases: Case[] = readCases('dev.jsonl');
/** More tuning pastes, written later by someone who never saw dev.jsonl (mostly hard out-of-scope ones). */
const extra: Case[] = readCases('tune-extra.jsonl');
/** 240 more tuning pastes from a third writer (variety of form: logs, codes, noisy chat, 100 out-of-scope). */
const extra2: Case[] = readCases('tune-extra-2.jsonl');
/** 200 more tuning pastes from a fourth writer, in the forms of forum and issue-tracker posts, other doc revisions and logs (90 out-of-scope). */
const extra3: Case[] = readCases('tune-extra-3.jsonl');
/** 200 more from a fifth writer: the same forms plus OCR'd screenshots and two-problem posts (100 out-of-scope). */
const extra4: Case[] = readCases('tune-extra-4.jsonl');
/** 160 more from a sixth writer, all logs, exports and screen texts (85 out-of-scope). */
const extra5: Case[] = readCases('tune-extra-5.jsonl');
/** 180 more from a seventh writer: near misses, two or three per entry, that share its words but ask what it does not answer (120 out-of-scope). */
const extra6: Case[] = readCases('tune-extra-6.jsonl');
/**
 * A second held-out set (split `heldout2`), written by a writer who saw neither the classifier nor
 * the other sets, after the rejection rules were built. Its misses are not printed: it is measured,
 * never read to tune.
 */
const heldout2: Case[] = readCases('heldout-2.jsonl');

function measure(split: Case['split'], from: Case[] = cases): { top1: number; refused: number; answerable: number; nones: number; misses: string[] } {
  const { classifier } = realKnowledge();
  let hit = 0;
  let answerable = 0;
  let refused = 0;
  let nones = 0;
  const misses: string[] = [];
  for (const c of from.filter((x) => x.split === split)) {
    const locale = c.locale ? negotiateLocale(c.locale) : undefined;
    const r = classifier.classify(c.text, locale ? { locale } : {});
    const top = r.matches[0];
    const ok = c.expected.length ? r.decision !== 'none' && !!top && c.expected.includes(top.entryId) : r.decision === 'none';
    if (c.expected.length) {
      answerable++;
      if (ok) hit++;
    } else {
      nones++;
      if (ok) refused++;
    }
    if (!ok) {
      const got = r.decision === 'none' ? 'none' : `${r.decision} ${top?.entryId} (${top?.score}, ${top?.matchedBy})`;
      misses.push(`${c.id} [${c.kind}/${c.lang}] expected ${c.expected.join(' | ') || 'none'}, got ${got}: ${JSON.stringify(c.text.slice(0, 100))}`);
    }
  }
  return { top1: hit / answerable, refused: refused / nones, answerable, nones, misses };
}

describe('recognition on the labelled development set', function () {
  this.timeout(60_000);

  it('has a tuning part and a held-out part covering every entry', function () {
    const { kb } = realKnowledge();
    const ids = new Set(kb.entries().map((e) => e.id));
    assert.ok(cases.length >= 200, `${cases.length} cases`);
    for (const c of cases) for (const e of c.expected) assert.ok(ids.has(e), `${c.id}: unknown entry ${e}`);
    for (const id of ids) {
      const n = cases.filter((c) => c.expected.includes(id)).length;
      assert.ok(n >= 3, `${id} has ${n} cases`);
    }
    assert.ok(cases.some((c) => c.split === 'heldout' && c.expected.length === 0));
  });

  it('held-out: top-1 ≥ 0.95 on answerable pastes; refuses ≥ 0.84 of none pastes (misses printed)', function () {
    const m = measure('heldout');
    const tune = measure('tune');
    const more = measure('tune', extra);
    const more2 = measure('tune', extra2);
    const more3 = measure('tune', extra3);
    const more4 = measure('tune', extra4);
    const more5 = measure('tune', extra5);
    const more6 = measure('tune', extra6);
    console.log(`      tune:    top-1 ${tune.top1.toFixed(3)} (${tune.answerable}), none refused ${tune.refused.toFixed(3)} (${tune.nones})`);
    console.log(`      tune-extra: top-1 ${more.top1.toFixed(3)} (${more.answerable}), none refused ${more.refused.toFixed(3)} (${more.nones})`);
    console.log(`      tune-extra-2: top-1 ${more2.top1.toFixed(3)} (${more2.answerable}), none refused ${more2.refused.toFixed(3)} (${more2.nones})`);
    console.log(`      tune-extra-3: top-1 ${more3.top1.toFixed(3)} (${more3.answerable}), none refused ${more3.refused.toFixed(3)} (${more3.nones})`);
    console.log(`      tune-extra-4: top-1 ${more4.top1.toFixed(3)} (${more4.answerable}), none refused ${more4.refused.toFixed(3)} (${more4.nones})`);
    console.log(`      tune-extra-5: top-1 ${more5.top1.toFixed(3)} (${more5.answerable}), none refused ${more5.refused.toFixed(3)} (${more5.nones})`);
    console.log(`      tune-extra-6: top-1 ${more6.top1.toFixed(3)} (${more6.answerable}), none refused ${more6.refused.toFixed(3)} (${more6.nones})`);
    console.log(`      heldout: top-1 ${m.top1.toFixed(3)} (${m.answerable}), none refused ${m.refused.toFixed(3)} (${m.nones})`);
    for (const miss of m.misses) console.log(`      miss ${miss}`);
    assert.ok(m.top1 >= 0.95, `held-out top-1 ${m.top1.toFixed(3)} < 0.95`);
    assert.ok(m.refused >= 0.84, `held-out none refusal ${m.refused.toFixed(3)} < 0.84`);
  });

  it('second held-out set: top-1 ≥ 0.93, refuses ≥ 0.90 (measured only; misses not printed)', function () {
    const { kb } = realKnowledge();
    const ids = new Set(kb.entries().map((e) => e.id));
    assert.equal(heldout2.length, 160);
    for (const c of heldout2) for (const e of c.expected) assert.ok(ids.has(e), `${c.id}: unknown entry ${e}`);
    const m = measure('heldout2', heldout2);
    console.log(`      heldout-2: top-1 ${m.top1.toFixed(3)} (${m.answerable}), none refused ${m.refused.toFixed(3)} (${m.nones})`);
    assert.ok(m.top1 >= 0.93, `second held-out top-1 ${m.top1.toFixed(3)} < 0.93`);
    assert.ok(m.refused >= 0.9, `second held-out none refusal ${m.refused.toFixed(3)} < 0.90`);
  });
});
