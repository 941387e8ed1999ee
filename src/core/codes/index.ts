/**
 * Code dictionary read from Microsoft's error-code reference tables (`knowledge/reference/*.md`).
 *
 * Pure: no file system, no bot framework. The caller reads the files and passes their text:
 *
 * ```ts
 * const { definitions, diagnostics } = importCodeReferences(files); // [{ file: 'reference/x.md', markdown }]
 * const dictionary = buildCodeDictionary(definitions);
 * findCodes(text, { symbols: dictionary.symbols() });
 * ```
 *
 * Where each fact comes from is documented on {@link importCodeReference} (per file and structure),
 * {@link buildCodeDictionary} (merging and authority), {@link SOURCE_PROFILES} and
 * {@link VALUE_CORRECTIONS} (SOURCES.md notes R3 and R4).
 */
export type { CodeDefinition, CodeFamily } from './types';
export { importCodeReference, importCodeReferences, type CodeImport } from './import';
export { buildCodeDictionary, type CodeDictionary, type NameConflict } from './dictionary';
export { SOURCE_PROFILES, VALUE_CORRECTIONS, type SourceProfile, type ValueCorrection } from './sources';
