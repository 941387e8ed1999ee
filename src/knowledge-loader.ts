/**
 * Reads the knowledge folder from disk and imports every document in it.
 *
 * Layout: `<dir>/<locale>/<doc>.md` for each supported locale (other folders, such as
 * `reference/`, are not troubleshooting documents).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from './core/locale';
import { importDocument, type ImportResult } from './core/knowledge/importer';
import { KnowledgeBase } from './core/knowledge/base';
import { buildCodeDictionary, importCodeReferences, type CodeDictionary } from './core/codes';
import { Classifier, CLASSIFIER_THRESHOLDS, type ClassifierOptions } from './core/classifier';
import type { Diagnostic } from './core/diagnostics';

/** The package root: the nearest folder above this file holding package.json (works from src/ and dist/src/). */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** Default knowledge folder: `knowledge/` at the package root. */
export const DEFAULT_KNOWLEDGE_DIR = path.join(packageRoot(), 'knowledge');

/**
 * Imports every `<locale>/*.md` file under `dir`.
 *
 * @throws Error when `dir` does not exist or holds no document.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const results: ImportResult[] = [];
  for (const locale of LOCALES) {
    const folder = path.join(dir, locale);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
      const file = `${locale}/${name}`;
      results.push(importDocument(fs.readFileSync(path.join(folder, name), 'utf8'), { file, locale }));
    }
  }
  if (!results.length) throw new Error(`no knowledge documents found in ${dir} (expected <locale>/<doc>.md)`);
  return new KnowledgeBase(results);
}

/** The code dictionary and what reading it reported. */
export interface LoadedCodes {
  dictionary: CodeDictionary;
  diagnostics: Diagnostic[];
}

/**
 * Reads Microsoft's error-code reference tables in `<dir>/reference/*.md` into a code dictionary.
 * A missing folder gives an empty dictionary and a warning.
 */
export function loadCodeDictionary(dir: string = DEFAULT_KNOWLEDGE_DIR): LoadedCodes {
  const folder = path.join(dir, 'reference');
  if (!fs.existsSync(folder)) {
    return {
      dictionary: buildCodeDictionary([]),
      diagnostics: [{ severity: 'warning', rule: 'no-reference', file: 'reference/', line: 1, column: 1, message: `no code reference tables in ${folder}` }],
    };
  }
  const files = fs
    .readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => ({ file: `reference/${n}`, markdown: fs.readFileSync(path.join(folder, n), 'utf8') }));
  const { definitions, diagnostics } = importCodeReferences(files);
  return { dictionary: buildCodeDictionary(definitions), diagnostics };
}

/** Thresholds that count things (matches, characters, shared words): whole numbers ≥ 1. */
const COUNTS: readonly string[] = ['maxMatches', 'maxLength', 'minShared', 'postWords', 'longPostWords'];

/** File in the knowledge folder that overrides the classifier's thresholds. */
export const CLASSIFIER_CONFIG = 'classifier.json';

/**
 * Reads the classifier's thresholds from `<dir>/classifier.json`, when the file exists: a JSON
 * object whose keys are threshold names of {@link ClassifierOptions} (`answerScore`, `askScore`,
 * `margin`, `minShared`, `minSubject`, `minSubjectOtherArea`, `postWords`, `postScore`,
 * `longPostWords`, `longPostScore`, `maxMatches`, `maxLength`) and whose values are non-negative
 * numbers (whole numbers ≥ 1 for `maxMatches`, `maxLength`, `minShared`, `postWords` and
 * `longPostWords`). Thresholds it does not name keep the classifier's
 * defaults (tuned on the recognition development set, test/fixtures/recognition). No file: `{}`.
 *
 * @throws Error naming the file and the offending key when the file is not such an object.
 */
export function loadClassifierOptions(dir: string = DEFAULT_KNOWLEDGE_DIR): Omit<ClassifierOptions, 'dictionary'> {
  const file = path.join(dir, CLASSIFIER_CONFIG);
  if (!fs.existsSync(file)) return {};
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected a JSON object of thresholds`);
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(CLASSIFIER_THRESHOLDS as readonly string[]).includes(key)) throw new Error(`${file}: unknown threshold "${key}" (known: ${CLASSIFIER_THRESHOLDS.join(', ')})`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`${file}: "${key}" must be a non-negative number`);
    if (COUNTS.includes(key) && (!Number.isInteger(v) || v < 1)) throw new Error(`${file}: "${key}" must be a whole number of at least 1`);
    out[key] = v;
  }
  return out;
}

/**
 * The classifier the bot and the CLI use for `kb`: Microsoft's code dictionary from
 * `<dir>/reference/` and the thresholds of `<dir>/classifier.json`.
 *
 * @returns the classifier and the code dictionary it was given (with what reading it reported).
 * @throws Error as {@link loadClassifierOptions} does.
 */
export function loadClassifier(kb: KnowledgeBase, dir: string = DEFAULT_KNOWLEDGE_DIR): { classifier: Classifier; codes: LoadedCodes } {
  const codes = loadCodeDictionary(dir);
  return { classifier: new Classifier(kb, { ...loadClassifierOptions(dir), dictionary: codes.dictionary }), codes };
}
