/**
 * Recognition quality on the labelled development set (test/fixtures/recognition/, README there):
 * thresholds and rules were tuned on the `tune` part of dev.jsonl and on the tune-extra sets only;
 * the floors hold on the held-out sets. Prints every tuning figure, and the misses of the dev
 * held-out part (never those of heldout-2…11, which are only measured).
 *
 * Floors: top-1 ≥ 0.95 on the dev held-out part (the target). Refusal of `none` pastes:
 * the target is 0.95, and no held-out set reaches it (dev held-out 0.895 of 19,
 * heldout-2 0.950 of 80, heldout-3 0.878 of 90, heldout-4 0.900 of 90 at the end of the session
 * that added heldout-3 and -4), so the floors guard against regressions a little below the
 * measured figures.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { negotiateLocale } from '../src/core/locale';
import { realKnowledge } from './helpers/knowledge';

interface Case {
  id: string;
  /** `heldoutN` and `longpostsN`: the held-out sets of {@link HELDOUT}, one per file. */
  split: 'tune' | 'heldout' | `heldout${number}` | 'longposts' | `longposts${number}`;
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
/** The other tuning sets, each by a writer who saw neither the classifier nor the other sets (README). */
const TUNING = fs
  .readdirSync(path.join(__dirname, 'fixtures', 'recognition'))
  .map((f) => /^(tune-extra(?:-(\d+))?)\.jsonl$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .sort((a, b) => Number(a[2] ?? 1) - Number(b[2] ?? 1))
  .map(([, name]) => ({ name: name!, cases: readCases(`${name}.jsonl`) }));

/**
 * Held-out sets written by writers who saw neither the classifier nor any other set; measured,
 * never read to tune (their misses are not printed). heldout-2 was written after the first
 * rejection rules; heldout-3 at the start of the session that added the headline, platform and
 * log rules (it measured 0.936 / 0.822 before them), heldout-4 at its end (first measured at the
 * floors' commit: 0.982 / 0.900; the code of the session's start scores 0.927 / 0.889 on it).
 */
const HELDOUT: { name: string; split: Case['split']; size: number; top1: number; refused: number }[] = [
  { name: 'heldout-2', split: 'heldout2', size: 160, top1: 0.95, refused: 0.92 },
  { name: 'heldout-3', split: 'heldout3', size: 200, top1: 0.93, refused: 0.85 },
  { name: 'heldout-4', split: 'heldout4', size: 200, top1: 0.95, refused: 0.87 },
  // Written blind at the start of the second session of 2026-11-22 (first measured at fce7777:
  // 0.955 of 110, 0.833 of 90).
  { name: 'heldout-5', split: 'heldout5', size: 200, top1: 0.93, refused: 0.8 },
  // Written blind in the middle of that session, after most of its rules (first measured at
  // a9bc2df: 0.945 of 110, 0.911 of 90; the session's starting code scores 0.945 / 0.889).
  { name: 'heldout-6', split: 'heldout6', size: 200, top1: 0.92, refused: 0.87 },
  // Written blind at the start of the third session of 2026-11-22 (first measured at 031e5a0, after
  // that session's first three rules: 0.945 of 110, 0.822 of 90; its starting code c1d66cc scores
  // the same).
  { name: 'heldout-7', split: 'heldout7', size: 200, top1: 0.92, refused: 0.78 },
  // Written blind in the middle of that session, after most of its rules (first measured at
  // 52d9f5a: 0.955 of 110, 0.856 of 90; the session's starting code scores 0.945 / 0.811).
  { name: 'heldout-8', split: 'heldout8', size: 200, top1: 0.93, refused: 0.82 },
  // Written blind at the start of the session of 2026-11-23 (first measured at its starting code
  // 8506787 and after its first two rules, at 3682b3d: 0.964 of 110, 0.933 of 90).
  { name: 'heldout-9', split: 'heldout9', size: 200, top1: 0.94, refused: 0.9 },
  // Written blind at the start of the second session of 2026-11-23 (first measured at its starting
  // code 79c946e: 0.991 of 110, 0.978 of 90).
  { name: 'heldout-10', split: 'heldout10', size: 200, top1: 0.96, refused: 0.93 },
  // Written blind at the start of the third session of 2026-11-23 (first measured at its starting
  // code 7c45e56: 0.982 of 110, 0.978 of 90).
  { name: 'heldout-11', split: 'heldout11', size: 200, top1: 0.96, refused: 0.93 },
  // Written blind at the start of the sixth session of 2026-11-23 (first measured at its starting
  // code 62f26c7: 0.973 of 110, 0.922 of 90).
  { name: 'heldout-12', split: 'heldout12', size: 200, top1: 0.95, refused: 0.88 },
  // Written blind at the start of the seventh session of 2026-11-23 (first measured at 932ec48,
  // after that session's first rule: 0.964 of 110, 0.956 of 90).
  { name: 'heldout-13', split: 'heldout13', size: 200, top1: 0.94, refused: 0.93 },
  // Written blind at the start of the eighth session of 2026-11-23 (first measured at that
  // session's starting code f34cc47, and again at 35581ff after its first rules: 0.945 of 110,
  // 0.967 of 90 both times).
  { name: 'heldout-14', split: 'heldout14', size: 200, top1: 0.93, refused: 0.94 },
  // Written blind at the start of the ninth session of 2026-11-23 (first measured at that
  // session's starting code 45e0555: 0.964 of 110, 0.956 of 90).
  { name: 'heldout-15', split: 'heldout15', size: 200, top1: 0.94, refused: 0.93 },
  // Written blind at the start of the eleventh session of 2026-11-23 (first measured at that
  // session's starting code bc54a92, and at f793e1e after its first rules: 0.945 of 110, 0.911 of 90 both times).
  { name: 'heldout-16', split: 'heldout16', size: 200, top1: 0.92, refused: 0.88 },
  // Written blind at the start of the twelfth session of 2026-11-23 (first measured at that
  // session's starting behaviour, b0de460 = 38b9944 classifying identically: 0.964 of 110, 0.889 of 90).
  { name: 'heldout-17', split: 'heldout17', size: 200, top1: 0.94, refused: 0.86 },
  // Written blind at the start of the thirteenth session of 2026-11-23 (first measured at that
  // session's starting code 9c3bf5d, and at 8a1b82a after its first rules: 0.955 of 110, 0.889 of 90 both times).
  { name: 'heldout-18', split: 'heldout18', size: 200, top1: 0.92, refused: 0.86 },
  // Written blind at the start of the fourteenth session of 2026-11-23 (first measured at that
  // session's starting code 7f5734d, and at 8ebc39a after its first five rules: 0.945 of 110, 0.956 of 90 both times).
  { name: 'heldout-19', split: 'heldout19', size: 200, top1: 0.91, refused: 0.92 },
  // Written blind at the start of the fifteenth session of 2026-11-23 (first measured at that
  // session's starting code 64212a3, and at a142b32 after its first three rules: 0.982 of 110, 0.878 of 90 both times).
  { name: 'heldout-20', split: 'heldout20', size: 200, top1: 0.95, refused: 0.85 },
  // Written blind at the start of the session of 2026-11-24 (first measured at that session's
  // starting code be7ac31, and at ad56bef after its first three rules: 0.964 of 110, 0.900 of 90 both times).
  { name: 'heldout-21', split: 'heldout21', size: 200, top1: 0.93, refused: 0.87 },
  // Written blind at the start of the seventeenth session (2026-11-24, first measured at that
  // session's starting code e999d83, and at 45c3b7e after its first two rules: 0.955 of 110, 0.900 of 90 both times).
  { name: 'heldout-22', split: 'heldout22', size: 200, top1: 0.92, refused: 0.87 },
  // Written blind at the start of the eighteenth session (2026-11-24, first measured at that
  // session's starting code 0e94ee4, and at b99a987 after its first two rules: 1.000 of 110, 0.922 of 90 both times).
  { name: 'heldout-23', split: 'heldout23', size: 200, top1: 0.97, refused: 0.89 },
  // Written blind at the start of the nineteenth session (2026-11-24, first measured at that
  // session's starting code 4f056f2, and at 7573ab1 after its first two rules: 0.945 of 110, 0.878 of 90 both times).
  { name: 'heldout-24', split: 'heldout24', size: 200, top1: 0.91, refused: 0.84 },
  // Written blind at the start of the twentieth session (2026-11-24, first measured at that
  // session's starting code f7b099a, and at 0874e83 after its first two commits: 0.964 of 110, 0.867 of 90 both times).
  { name: 'heldout-25', split: 'heldout25', size: 200, top1: 0.93, refused: 0.83 },
  // Written blind at the start of the twenty-first session (2026-11-24, first measured at that
  // session's starting code baeac78, and at dd760bf after its first two rule commits: 0.991 of 110, 0.922 of 90 both times).
  { name: 'heldout-26', split: 'heldout26', size: 200, top1: 0.96, refused: 0.89 },
  // Written blind at the start of the twenty-second session (2026-11-24, first measured at that
  // session's starting code 99cf103, and at 4429646 after its first two rule commits: 1.000 of 110, 0.911 of 90 both times).
  { name: 'heldout-27', split: 'heldout27', size: 200, top1: 0.97, refused: 0.88 },
  // Written blind at the start of the twenty-third session (2026-11-24, first measured at that
  // session's starting code 54edf61, and at c86126e after its first two rule commits: 0.973 of 110, 0.822 of 90 both times).
  { name: 'heldout-28', split: 'heldout28', size: 200, top1: 0.94, refused: 0.79 },
  // Written blind at the start of the twenty-fourth session (2026-11-24, first measured at that
  // session's starting code 347b62f, and at 5358647 after its first rule commit: 0.991 of 110, 0.900 of 90 both times).
  { name: 'heldout-29', split: 'heldout29', size: 200, top1: 0.96, refused: 0.87 },
  // Written blind at the start of the twenty-fifth session (2026-11-24, first measured at that
  // session's starting code 16f309a, and at aca2da9 after its first two rule commits: 0.945 of 110, 0.911 of 90 both times).
  { name: 'heldout-30', split: 'heldout30', size: 200, top1: 0.92, refused: 0.88 },
  // Written blind at the start of the twenty-sixth session (2026-11-24, first measured at that
  // session's starting code f63fd6a, and at c7f09f1 after its first rule commit: 0.964 of 110, 0.944 of 90 both times).
  { name: 'heldout-31', split: 'heldout31', size: 200, top1: 0.93, refused: 0.91 },
  // Written blind at the start of the twenty-seventh session (2026-11-24, first measured at that
  // session's starting code c643339, and at 0d40d4c after its first rule commits: 0.973 of 110, 0.967 of 90 both times).
  { name: 'heldout-32', split: 'heldout32', size: 200, top1: 0.94, refused: 0.93 },
  // Posts of 138–207 words, en/fr/nl, written blind to the classifier to measure the long-post
  // threshold (first measured at its commit: 31/32, 23/28).
  { name: 'long-posts', split: 'longposts', size: 60, top1: 0.93, refused: 0.78 },
  // Long posts (120–260 words) naming entries by the way, written blind in the ninth session of
  // 2026-11-23 (0.800 of 65, 0.455 of 55 at that session's starting code 45e0555; 0.815, 0.545 at
  // its end; 0.815, 0.673 at the end of the tenth session's rules): the weakest place, measured only.
  { name: 'long-posts-2', split: 'longposts2', size: 120, top1: 0.78, refused: 0.62 },
  // Long posts (120–260 words) under the same brief, written blind in the tenth session of
  // 2026-11-23 while its rules were made, measured only when they were done (0.905 of 63, 0.649 of
  // 57 at that session's starting code 0228425; 0.921, 0.737 at its end, 860eb5a).
  { name: 'long-posts-3', split: 'longposts3', size: 120, top1: 0.88, refused: 0.7 },
  // Long posts (153–225 words) under the same brief, written blind at the start of the eleventh
  // session of 2026-11-23 (0.937 of 63, 0.632 of 57 at its starting code bc54a92 and at f2ee8a8).
  { name: 'long-posts-4', split: 'longposts4', size: 120, top1: 0.9, refused: 0.58 },
  // Long posts (130–247 words) under the same brief, written blind in the twelfth session of
  // 2026-11-23 (0.921 of 63, 0.667 of 57 at its starting code 38b9944 and at a94eb3d, after its first rules).
  { name: 'long-posts-5', split: 'longposts5', size: 120, top1: 0.89, refused: 0.63 },
  // Long posts (148–219 words) under the same brief, written blind in the thirteenth session of
  // 2026-11-23 (0.873 of 63, 0.737 of 57 at its starting code 9c3bf5d; 0.873, 0.754 at 1106971,
  // after its first five rules).
  { name: 'long-posts-6', split: 'longposts6', size: 120, top1: 0.84, refused: 0.7 },
  // Long posts (158–234 words) under the same brief, written blind in the fourteenth session of
  // 2026-11-23 (0.873 of 63, 0.667 of 57 at its starting code 7f5734d and at 5863a4c, after its first eight rules).
  { name: 'long-posts-7', split: 'longposts7', size: 120, top1: 0.84, refused: 0.63 },
  // Long posts (140–215 words) under the same brief, written blind in the fifteenth session of
  // 2026-11-23 (0.889 of 63, 0.667 of 57 at its starting code 64212a3; 0.889, 0.684 at d4e4beb, after its first ten rules).
  { name: 'long-posts-8', split: 'longposts8', size: 120, top1: 0.86, refused: 0.65 },
  // Long posts (156–218 words) under the same brief, written blind in the session of 2026-11-24
  // (0.857 of 63, 0.614 of 57 at its starting code be7ac31 and at d6b29c3, after its first six rules).
  { name: 'long-posts-9', split: 'longposts9', size: 120, top1: 0.83, refused: 0.58 },
  // Long posts (169–258 words) under the same brief, written blind in the seventeenth session (2026-11-24;
  // 0.810 of 63, 0.561 of 57 at its starting code e999d83 and at 1aabc8f, after its first six rules).
  { name: 'long-posts-10', split: 'longposts10', size: 120, top1: 0.78, refused: 0.53 },
  // Long posts (162–231 words) under the same brief, written blind in the eighteenth session (2026-11-24;
  // 0.937 of 63, 0.614 of 57 at its starting code 0e94ee4 and at 249c6d7, after its first five rules).
  { name: 'long-posts-11', split: 'longposts11', size: 120, top1: 0.9, refused: 0.58 },
  // Long posts (159–239 words), written blind in the nineteenth session (2026-11-24); measured
  // only: 0.730 of 63, 0.719 of 57 at that session's starting code 4f056f2; 0.746, 0.719 at 687d182.
  { name: 'long-posts-12', split: 'longposts12', size: 120, top1: 0.7, refused: 0.69 },
  // Written blind in the twentieth session (2026-11-24): 0.746 / 0.702 at its starting code f7b099a,
  // 0.746 / 0.737 at 5fb6f99 after its first two rules, before anything was read.
  { name: 'long-posts-13', split: 'longposts13', size: 120, top1: 0.71, refused: 0.70 },
  // Written blind in the twenty-first session (2026-11-24): 0.889 / 0.719 at its starting code
  // baeac78 and at 9f6a5b1 after its first five commits, before anything was read.
  { name: 'long-posts-14', split: 'longposts14', size: 120, top1: 0.86, refused: 0.69 },
  // Written blind in the twenty-second session (2026-11-24): 0.762 / 0.614 at its starting code
  // 99cf103 and at b29e35c after its rule commits, before anything was read.
  { name: 'long-posts-15', split: 'longposts15', size: 120, top1: 0.73, refused: 0.58 },
  // Long posts (155–243 words), written blind in the twenty-third session (2026-11-24); 0.905 of 63,
  // 0.667 of 57 at its starting code 54edf61 and at a68661f, after its rule commits.
  { name: 'long-posts-16', split: 'longposts16', size: 120, top1: 0.87, refused: 0.63 },
  // Long posts (141–229 words), written blind in the twenty-fourth session (2026-11-24); 0.857 of 63,
  // 0.737 of 57 at its starting code 347b62f and at 19db9c4, after its first rule commits.
  { name: 'long-posts-17', split: 'longposts17', size: 120, top1: 0.82, refused: 0.7 },
  // Written blind in the twenty-fifth session (2026-11-24, first measured at that session's starting
  // code 16f309a and at 563e27a: 0.889 of 63, 0.807 of 57 both times).
  { name: 'long-posts-18', split: 'longposts18', size: 120, top1: 0.85, refused: 0.77 },
  // Written blind in the twenty-sixth session (2026-11-24, first measured at that session's
  // starting code f63fd6a, and at a3dd4e4 after its rule commits: 0.905 of 63, 0.667 of 57 both times).
  { name: 'long-posts-19', split: 'longposts19', size: 120, top1: 0.87, refused: 0.63 },
];

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

/**
 * Real other revisions and translations of our documents (revisions.jsonl, sources in
 * revisions-sources.md): 248 excerpts cut by writers who never saw the classifier, split like
 * dev.jsonl into a tuning part (misses printed) and a held-out part (only measured). First
 * measured on the session's starting code at 0.946 / 0.950 (tune) and 0.958 / 0.889 (held-out);
 * 0.966 / 0.950 and 0.972 / 0.889 at the commit that added it.
 */
const REVISIONS = { top1: { tune: 0.95, heldout: 0.95 }, refused: { tune: 0.9, heldout: 0.85 } } as const;

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
    console.log(`      tune:    top-1 ${tune.top1.toFixed(3)} (${tune.answerable}), none refused ${tune.refused.toFixed(3)} (${tune.nones})`);
    for (const { name, cases: set } of TUNING) {
      const t = measure('tune', set);
      console.log(`      ${name}: top-1 ${t.top1.toFixed(3)} (${t.answerable}), none refused ${t.refused.toFixed(3)} (${t.nones})`);
    }
    console.log(`      heldout: top-1 ${m.top1.toFixed(3)} (${m.answerable}), none refused ${m.refused.toFixed(3)} (${m.nones})`);
    for (const miss of m.misses) console.log(`      miss ${miss}`);
    assert.ok(m.top1 >= 0.95, `held-out top-1 ${m.top1.toFixed(3)} < 0.95`);
    assert.ok(m.refused >= 0.84, `held-out none refusal ${m.refused.toFixed(3)} < 0.84`);
  });

  it(`other revisions of our docs: top-1 ≥ ${REVISIONS.top1.heldout} and refuses ≥ ${REVISIONS.refused.heldout} on the held-out part (tuning misses printed)`, function () {
    const { kb } = realKnowledge();
    const ids = new Set(kb.entries().map((e) => e.id));
    const set = readCases('revisions.jsonl');
    for (const c of set) for (const e of c.expected) assert.ok(ids.has(e), `${c.id}: unknown entry ${e}`);
    for (const split of ['tune', 'heldout'] as const) {
      const m = measure(split, set);
      console.log(`      revisions ${split}: top-1 ${m.top1.toFixed(3)} (${m.answerable}), none refused ${m.refused.toFixed(3)} (${m.nones})`);
      if (split === 'tune') for (const miss of m.misses) console.log(`      miss ${miss}`);
      assert.ok(m.top1 >= REVISIONS.top1[split], `revisions ${split} top-1 ${m.top1.toFixed(3)} < ${REVISIONS.top1[split]}`);
      assert.ok(m.refused >= REVISIONS.refused[split], `revisions ${split} none refusal ${m.refused.toFixed(3)} < ${REVISIONS.refused[split]}`);
    }
  });

  for (const h of HELDOUT) {
    it(`${h.name}: top-1 ≥ ${h.top1}, refuses ≥ ${h.refused} (measured only; misses not printed)`, function () {
      const { kb } = realKnowledge();
      const ids = new Set(kb.entries().map((e) => e.id));
      const set = readCases(`${h.name}.jsonl`);
      assert.equal(set.length, h.size);
      for (const c of set) {
        assert.equal(c.split, h.split, c.id);
        for (const e of c.expected) assert.ok(ids.has(e), `${c.id}: unknown entry ${e}`);
      }
      const m = measure(h.split, set);
      console.log(`      ${h.name}: top-1 ${m.top1.toFixed(3)} (${m.answerable}), none refused ${m.refused.toFixed(3)} (${m.nones})`);
      assert.ok(m.top1 >= h.top1, `${h.name} top-1 ${m.top1.toFixed(3)} < ${h.top1}`);
      assert.ok(m.refused >= h.refused, `${h.name} none refusal ${m.refused.toFixed(3)} < ${h.refused}`);
    });
  }
});
