/**
 * Locales the knowledge base is published in, and negotiation from the BCP-47 tags Teams sends.
 *
 * Teams puts the client's UI language in `activity.locale` as a BCP-47 tag such as `fr-FR`, `nl-BE`
 * or `en-US` (Bot Framework Activity schema, `locale` field).
 */

/** A locale the documents exist in: lower-case language-region, as in the docs' folder names. */
export type Locale = 'en-us' | 'fr-fr' | 'nl-nl';

/** A language the classifier knows: ISO 639-1. */
export type Language = 'en' | 'fr' | 'nl';

/** Every supported locale, English first: it is the fallback. */
export const LOCALES: readonly Locale[] = ['en-us', 'fr-fr', 'nl-nl'];

/** The fallback locale when nothing else is known. */
export const DEFAULT_LOCALE: Locale = 'en-us';

const BY_LANGUAGE: Readonly<Record<Language, Locale>> = { en: 'en-us', fr: 'fr-fr', nl: 'nl-nl' };

/** True when `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a locale: `fr-fr` → `fr`. */
export function languageOf(locale: Locale): Language {
  return locale.slice(0, 2) as Language;
}

/** The locale we publish for a language: `nl` → `nl-nl`. */
export function localeOfLanguage(language: Language): Locale {
  return BY_LANGUAGE[language];
}

/**
 * Maps any BCP-47 tag to a supported locale by its language subtag, ignoring region and case:
 * `fr-FR`, `fr-CA`, `FR` → `fr-fr`; `nl-BE` → `nl-nl`; `en-GB` → `en-us`.
 *
 * @returns the locale, or `undefined` for a language we have no documents in (`de-DE`) or a
 *   missing/malformed tag.
 */
export function negotiateLocale(tag: string | undefined | null): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(tag);
  if (!m) return undefined;
  const lang = m[1]!.toLowerCase();
  return lang in BY_LANGUAGE ? BY_LANGUAGE[lang as Language] : undefined;
}
