/**
 * What the importer and the cards need to know about each locale's documents: the labels the
 * localized Microsoft Docs use for their sections (`**Cause:**`, `**Cause :**`, `**Oorzaak:**`), the
 * words that open an error-message line, and the labels of notes. One profile per locale, looked up
 * in {@link LOCALE_PROFILES}; adding a locale means adding one profile.
 */
import type { Locale } from './locale';

/** Labels of one locale. */
export interface LocaleProfile {
  /** Labels of the cause paragraph, compared without case, trailing colon and spaces. */
  causeLabels: readonly string[];
  /** Words that open a paragraph quoting an error message (`Error 80180026: "…"`). */
  errorPrefixes: readonly string[];
  /** Printed labels of `> [!NOTE]`-style callouts, by callout kind. */
  callouts: Readonly<Record<'NOTE' | 'IMPORTANT' | 'TIP' | 'WARNING' | 'CAUTION', string>>;
}

/** Profiles of every supported locale. Labels seen in the fr-fr and nl-nl MTE75 translations. */
export const LOCALE_PROFILES: Readonly<Record<Locale, LocaleProfile>> = {
  'en-us': {
    causeLabels: ['cause', 'causes'],
    errorPrefixes: ['error'],
    callouts: { NOTE: 'Note', IMPORTANT: 'Important', TIP: 'Tip', WARNING: 'Warning', CAUTION: 'Caution' },
  },
  'fr-fr': {
    causeLabels: ['cause', 'causes'],
    errorPrefixes: ['erreur'],
    callouts: { NOTE: 'Remarque', IMPORTANT: 'Important', TIP: 'Conseil', WARNING: 'Avertissement', CAUTION: 'Attention' },
  },
  'nl-nl': {
    causeLabels: ['oorzaak', 'oorzaken', 'cause'],
    errorPrefixes: ['fout', 'foutmelding'],
    callouts: { NOTE: 'Opmerking', IMPORTANT: 'Belangrijk', TIP: 'Tip', WARNING: 'Waarschuwing', CAUTION: 'Let op' },
  },
};

/** True when `label` (e.g. `Cause :`, `Oorzaak:`) is a cause label of `locale`. */
export function isCauseLabel(label: string, locale: Locale): boolean {
  const l = label.replace(/[\s:\u00a0\u202f]+$/u, '').trim().toLowerCase();
  return LOCALE_PROFILES[locale].causeLabels.includes(l);
}
