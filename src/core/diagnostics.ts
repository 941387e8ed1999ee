/**
 * Diagnostics reported while reading knowledge documents, after the vfile-message model:
 * a reason, a place (`file:line:column`), a rule id and a severity.
 */

/** How bad a diagnostic is: an `error` makes `troubleshooter check` fail and the bot refuse to start. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding about a source document. */
export interface Diagnostic {
  /** Severity of the finding. */
  severity: Severity;
  /** Stable identifier of the rule, e.g. `unknown-section`, `code-typo`. */
  rule: string;
  /** Human-readable reason, one sentence. */
  message: string;
  /** Path of the document relative to the knowledge folder, e.g. `fr-fr/troubleshoot-windows-enrollment-errors.md`. */
  file: string;
  /** 1-based line in the document, counting front matter. */
  line: number;
  /** 1-based column; 1 when unknown. */
  column: number;
}

/** Formats a diagnostic as `file:line:column: severity: message [rule]`, as compilers do. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
}
