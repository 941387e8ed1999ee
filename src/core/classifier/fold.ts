const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases and removes diacritics: `Réinscrivez` → `reinscrivez`. */
export function fold(s: string): string {
  // ASCII has no diacritics to remove, and is most of what is pasted: skip the normalisation.
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
