/** Lower-cases and removes diacritics: `Réinscrivez` → `reinscrivez`. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
