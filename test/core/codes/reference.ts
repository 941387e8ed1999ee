/** Loads the real reference tables shipped in knowledge/reference/ for the code-dictionary tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { importCodeReference, type CodeImport } from '../../../src/core/codes';

export const REFERENCE_DIR = path.join(__dirname, '../../../knowledge/reference');

/** The reference file names, sorted. */
export function referenceFiles(): string[] {
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

/** The text of one reference file. */
export function readReference(file: string): string {
  return readFileSync(path.join(REFERENCE_DIR, file), 'utf8');
}

/** Line `n` (1-based) of a reference file, trimmed. */
export function referenceLine(file: string, n: number): string {
  return (readReference(file).split('\n')[n - 1] ?? '').trim();
}

const cache = new Map<string, CodeImport>();

/** importCodeReference on one real file, with the path the product uses (`reference/<file>`). */
export function importReference(file: string): CodeImport {
  let r = cache.get(file);
  if (!r) {
    r = importCodeReference(readReference(file), { file: `reference/${file}` });
    cache.set(file, r);
  }
  return r;
}
