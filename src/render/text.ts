/**
 * Terminal rendering of entries: the same content as the answer card (title, codes, causes,
 * numbered steps, source), as plain text.
 */
import type { LocalizedEntry } from '../core/knowledge/base';
import { toPlainText } from '../core/knowledge/model';
import { languageOf, type Locale } from '../core/locale';
import { format, STRINGS } from '../bot/strings';
import { resolutionHeading } from './cards';

/** Card markdown to terminal text: links become `label <url>`, bold marks are dropped. */
export function terminalText(md: string): string {
  return md.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 <$2>').replace(/\*\*/g, '');
}

function indent(s: string, by: string): string {
  return s.split('\n').map((l, i) => (i === 0 ? l : by + l)).join('\n');
}

/** The entry as the terminal shows it, labels in `locale`. */
export function renderEntryText(shown: LocalizedEntry, locale: Locale): string {
  const s = STRINGS[languageOf(locale)];
  const r = shown.rendition;
  const out: string[] = [toPlainText(r.title)];
  if (shown.entry.codes.length) out.push(`${s.codes}${s.colon}${shown.entry.codes.join(', ')}`);
  if (shown.fallback) {
    out.push(format(s.fallbackNote, { wanted: s.languageNames[languageOf(locale)], shown: s.languageNames[languageOf(r.locale)] }));
  }
  for (const d of r.description) out.push('', indent(terminalText(d), ''));
  if (r.causes.length) {
    out.push('', s.causes);
    if (r.causeIntro) out.push(`  ${terminalText(r.causeIntro)}`);
    for (const c of r.causes) out.push(`  - ${indent(terminalText(c), '    ')}`);
  }
  r.resolutions.forEach((res, i) => {
    out.push('', terminalText(resolutionHeading(r, i, s)));
    res.steps.forEach((st, j) => {
      const n = res.steps.length > 1 ? `${j + 1}.` : '-';
      out.push(`  ${n} ${indent(terminalText(st.text), '     ')}`);
      for (const note of st.notes) out.push(`     ${terminalText(note)}`);
      for (const code of st.code) out.push(...code.split('\n').map((l) => `       ${l}`));
    });
  });
  out.push('', `${s.source}${s.colon}${r.url}${r.date ? ` (${format(s.updated, { date: r.date })})` : ''}`);
  return out.join('\n');
}
