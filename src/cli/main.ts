#!/usr/bin/env node
/**
 * `troubleshooter` — the command line: ask a question, classify pastes in bulk, list entries,
 * check the knowledge folder.
 *
 * Output formats of `classify --jsonl` and `entries --json` are a contract that tooling outside
 * this repository relies on: keep them stable.
 */

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { DATABASE_FILE, SqliteFeedbackStore } from '../storage/sqlite';
import { dataDirOf, knowledgeDirOf } from '../config';
import { SqliteHelpdeskStore } from '../storage/sqlite-helpdesk';
import { Classifier } from '../core/classifier';
import { formatDiagnostic } from '../core/diagnostics';
import type { KnowledgeBase } from '../core/knowledge/base';
import { renditionText, toPlainText } from '../core/knowledge/model';
import { languageOf, localeOfLanguage, negotiateLocale, type Locale } from '../core/locale';
import { Troubleshooter } from '../bot/troubleshooter';
import { DEFAULT_KNOWLEDGE_DIR, loadClassifier, loadClassifierOptions, loadKnowledge } from '../knowledge-loader';
import { renderEntryText } from '../render/text';
import { STRINGS } from '../bot/strings';

const HELP = `troubleshooter — turns a pasted Intune/Windows enrollment error into the fix

Usage:
  troubleshooter ask "<text>" [--locale fr-fr]   print the matching entry: causes and numbered steps
  troubleshooter classify --jsonl [--locale L]     read {"id","text","locale"?} lines on stdin,
                                                   write {"id","language","decision","matches"} lines
  troubleshooter entries --json                    print every entry rendition as a JSON array
  troubleshooter check [--verbose]                 validate the knowledge folder; exit 1 on errors
  troubleshooter report [--data DIR]               per entry: answers, helpful, not helpful; then the
                                                   pastes that ended with no match or in an escalation
                                                   (the playbooks to write next)
  troubleshooter --help                            this text

Options:
  --locale L        reader's locale (en-us, fr-fr, nl-nl, or any BCP-47 tag such as fr-FR)
  --knowledge DIR   knowledge folder (default: ${DEFAULT_KNOWLEDGE_DIR}; env KNOWLEDGE_DIR);
                    its classifier.json, when present, overrides classifier thresholds
  --verbose         with check: also print info diagnostics
  --data DIR        with report: the bot's data folder (default: ./data; env DATA_DIR)

Exit codes: 0 success, 1 knowledge errors (check) or no data (report), 2 usage error.`;

class UsageError extends Error {}

interface Args {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  const valued = new Set(['--locale', '--knowledge', '--data']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (valued.has(k!)) {
        const value = v ?? argv[++i];
        if (value === undefined) throw new UsageError(`${k} needs a value`);
        flags.set(k!, value);
      } else flags.set(k!, true);
    } else if (a === '-h') flags.set('--help', true);
    else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

function localeFlag(args: Args): Locale | undefined {
  const v = args.flags.get('--locale');
  if (v === undefined) return undefined;
  const l = negotiateLocale(String(v));
  if (!l) throw new UsageError(`--locale: "${String(v)}" is not one of en-us, fr-fr, nl-nl`);
  return l;
}

function knowledgeDir(args: Args): string | undefined {
  const dir = args.flags.get('--knowledge');
  return typeof dir === 'string' ? dir : knowledgeDirOf(process.env);
}

function knowledge(args: Args): KnowledgeBase {
  return loadKnowledge(knowledgeDir(args));
}

/** The classifier the bot uses: knowledge base plus Microsoft's code dictionary. */
function classifierFor(kb: KnowledgeBase, args: Args): Classifier {
  return loadClassifier(kb, knowledgeDir(args)).classifier;
}

function ask(args: Args, out: (s: string) => void): number {
  const text = args.positional.join(' ');
  if (!text.trim()) throw new UsageError('ask needs the text to look up, e.g. troubleshooter ask "0x80180014"');
  const kb = knowledge(args);
  const troubleshooter = new Troubleshooter(kb, classifierFor(kb, args));
  const teamsLocale = localeFlag(args);
  const result = troubleshooter.classifier.classify(text, teamsLocale ? { locale: teamsLocale } : {});
  const locale = teamsLocale ?? localeOfLanguage(result.language);
  const s = STRINGS[languageOf(locale)];
  if (result.decision === 'answer') {
    const m = result.matches[0]!;
    out(renderEntryText(troubleshooter.localized(m.entryId, locale, localeOfLanguage(result.language))!, locale));
    out(`\n(${m.entryId} · ${m.matchedBy}: ${m.evidence.join(', ')})`);
    return 0;
  }
  if (result.decision === 'ask') {
    out(s.askTitle);
    result.matches.forEach((m, i) => {
      const r = kb.localize(m.entryId, locale)!.rendition;
      out(`  ${i + 1}. ${toPlainText(r.title)}  [${m.entryId}]`);
    });
    return 0;
  }
  out(`${s.noneTitle}\n${s.noneBody}\n${s.noneTips.map((x) => `  - ${x}`).join('\n')}`);
  return 0;
}

async function classify(args: Args, out: (s: string) => void): Promise<number> {
  if (!args.flags.has('--jsonl')) throw new UsageError('classify reads JSON lines: use classify --jsonl');
  const kb = knowledge(args);
  const classifier = classifierFor(kb, args);
  const defaultLocale = localeFlag(args);
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; locale?: unknown };
    try {
      input = JSON.parse(line);
    } catch (err) {
      out(JSON.stringify({ id: null, error: `invalid JSON: ${(err as Error).message}` }));
      continue;
    }
    const id = typeof input?.id === 'string' || typeof input?.id === 'number' ? input.id : null;
    if (typeof input?.text !== 'string') {
      out(JSON.stringify({ id, error: '"text" must be a string' }));
      continue;
    }
    const locale = (typeof input.locale === 'string' ? negotiateLocale(input.locale) : undefined) ?? defaultLocale;
    const r = classifier.classify(input.text, locale ? { locale } : {});
    const titleLocale = locale ?? localeOfLanguage(r.language);
    out(
      JSON.stringify({
        id,
        language: r.language,
        decision: r.decision,
        matches: r.matches.slice(0, 5).map((m) => {
          const shown = kb.localize(m.entryId, titleLocale)!;
          return { entry: m.entryId, score: m.score, title: toPlainText(shown.rendition.title), codes: shown.entry.codes };
        }),
      }),
    );
  }
  return 0;
}

function entries(args: Args, out: (s: string) => void): number {
  if (!args.flags.has('--json')) throw new UsageError('entries prints JSON: use entries --json');
  const kb = knowledge(args);
  const list = kb.entries().flatMap((e) =>
    Object.values(e.renditions).map((r) => ({
      id: e.id,
      locale: r!.locale,
      title: toPlainText(r!.title),
      codes: r!.codes,
      causes: r!.causes.map(toPlainText),
      resolutions: r!.resolutions.map((res) => ({ title: res.title ? toPlainText(res.title) : null, steps: res.steps.map((st) => toPlainText(st.text)) })),
      text: renditionText(r!),
    })),
  );
  out(JSON.stringify(list, null, 2));
  return 0;
}

function check(args: Args, out: (s: string) => void): number {
  const kb = knowledge(args);
  const verbose = args.flags.has('--verbose');
  for (const d of kb.diagnostics) if (verbose || d.severity !== 'info') out(formatDiagnostic(d));
  const counts = new Map<string, number>();
  for (const e of kb.entries()) for (const l of Object.keys(e.renditions)) counts.set(`${e.doc} ${l}`, (counts.get(`${e.doc} ${l}`) ?? 0) + 1);
  out('');
  for (const [k, n] of [...counts].sort()) out(`${String(n).padStart(4)}  ${k}`);
  let errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = kb.diagnostics.filter((d) => d.severity === 'warning').length;
  try {
    loadClassifierOptions(knowledgeDir(args));
  } catch (err) {
    out(`error: ${(err as Error).message}`);
    errors++;
  }
  out(`\n${kb.entries().length} entries, ${errors} errors, ${warnings} warnings`);
  return errors ? 1 : 0;
}

async function report(args: Args, out: (s: string) => void): Promise<number> {
  const flag = args.flags.get('--data');
  const dir = typeof flag === 'string' ? path.resolve(flag) : dataDirOf(process.env);
  if (!fs.existsSync(path.join(dir, DATABASE_FILE))) throw new Error(`no data in ${dir} yet (the bot creates ${DATABASE_FILE} on first start)`);
  const store = new SqliteFeedbackStore(dir);
  const helpdesk = new SqliteHelpdeskStore(dir);
  try {
    const rows = await store.report();
    const w = Math.max(5, ...rows.map((r) => r.entryId.length));
    out(`${'entry'.padEnd(w)}  answers  helpful  not helpful`);
    for (const r of rows) out(`${r.entryId.padEnd(w)}  ${String(r.answers).padStart(7)}  ${String(r.helpful).padStart(7)}  ${String(r.notHelpful).padStart(11)}`);
    const none = await store.unanswered(50);
    out(`\nPastes with no matching playbook (${none.length}, newest first):`);
    for (const n of none) out(`  ${n.time}  ${n.locale}  ${JSON.stringify(n.paste.slice(0, 200))}`);
    const escalations = await helpdesk.listEscalations(50);
    out(`\nEscalations (${escalations.length}, newest first):`);
    for (const e of escalations) out(`  ${e.time}  #${e.id}  ${e.status.padEnd(8)}  ${JSON.stringify(e.paste.slice(0, 200))}`);
    return 0;
  } finally {
    await store.close();
    await helpdesk.close();
  }
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--help') || !args.command || args.command === 'help') {
      out(HELP);
      return args.command || args.flags.has('--help') ? 0 : 2;
    }
    switch (args.command) {
      case 'ask':
        return ask(args, out);
      case 'classify':
        return await classify(args, out);
      case 'entries':
        return entries(args, out);
      case 'check':
        return check(args, out);
      case 'report':
        return await report(args, out);
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`troubleshooter: ${err.message}\nRun troubleshooter --help for usage.\n`);
      return 2;
    }
    process.stderr.write(`troubleshooter: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

