/**
 * Finding error codes in free text and normalising them.
 *
 * Forms recognised (all case-insensitive):
 * - hex HRESULT with prefix: `0x80180014`, `0X8018000A`;
 * - the same as a scan or a screen copy leaves it: O for 0 and I or l for 1 (`Ox80180014`), or cut in
 *   two by one space or line break (`0x8018 0014`; without 0x by a line break only: `800707⏎74`);
 * - bare hex HRESULT, 8 digits, first digit 8–F: `80180014`, `8018000a`, `801C03EA`;
 * - the same retyped from a photo, starting with 8: `8O18OOO3`, `8Ol8OOOa`;
 * - signed decimal HRESULT as Windows logs print an `int`: `-2145910764` (= `0x80180014`);
 * - unsigned decimal: `2149056532` (= `0x80180014`);
 * - malformed hex with 7 or 9 digits, as in the docs' own typos (`0x801c003`, `0x80180002b`), or
 *   without the prefix when it starts with `800` or `801` (a Windows facility) and holds a hex letter
 *   (`801c003`, `801800a`; not `8018026` nor `8123456`, as likely ticket numbers, nor a commit
 *   hash such as `80a3f1c`): reported with
 *   `form: 'malformed'` so a caller that knows the valid codes can repair them ({@link hexNeighbours});
 * - symbolic names from a vocabulary the caller passes (`DeviceCapReached`, `OOBEIDPS`, `MENROLL_E_…`);
 * - numbered codes the caller passes (Autopilot device import's `806`), only where the text says
 *   they are one: right after "error (code)", "erreur", "code d'erreur", "fout(code)" or "ZTD"
 *   (`error 806`, `foutcode 806`, `ZTD-806`, `ZTD806`), never a bare number ("806 devices", "branch
 *   code 806"); with the same option, any other number of 4 to 7 digits the text says is an error
 *   code ("error code 135011", "erreur 1603") is `form: 'error-number'`, and one of 7 digits that
 *   starts with 80 ("error 8018026") is read as a `malformed` HRESULT with a digit missing;
 * - the page names Windows setup shows under "Something went wrong" (`OOBEIDPS`, `OOBEKEYBOARD`,
 *   `OOBEAADV10`), written in capitals as the screen does, when they are not in the vocabulary
 *   (`form: 'oobe'`);
 * - Microsoft Entra sign-in (security token service) errors, `AADSTS` + a number (`AADSTS50126`),
 *   as the Entra docs write them (the hybrid-join reference in `knowledge/reference/` lists some).
 *
 * HRESULT layout (severity bit 31, facility bits 16–26, code bits 0–15) is from the Windows SDK
 * `winerror.h`; failure HRESULTs have bit 31 set, so their hex form starts with 8–F.
 *
 * Every pattern here is linear in the input: no nested quantifiers, bounded repetition only.
 */

/** How a code was written in the text. */
export type CodeForm = 'hex' | 'bare-hex' | 'signed-decimal' | 'unsigned-decimal' | 'malformed' | 'symbolic' | 'misspelt-symbolic' | 'numbered' | 'error-number' | 'aadsts' | 'oobe';

/** A code found in a text. */
export interface FoundCode {
  /**
   * Normalised code: `0x` + 8 lower-case hex digits for HRESULTs; for `malformed`, `0x` + the
   * digits as written, lower-cased (7 or 9 of them); for `symbolic`, the canonical spelling from
   * the vocabulary; for `aadsts`, `AADSTS` + the number (`AADSTS50126`); for `oobe` and
   * `error-number`, as written.
   */
  code: string;
  /** The text as it appeared in the input. */
  raw: string;
  /** UTF-16 offset of `raw` in the input. */
  index: number;
  /** How it was written. */
  form: CodeForm;
}

/** Options for {@link findCodes}. */
export interface FindCodesOptions {
  /**
   * Symbolic codes to recognise, keyed by lower-case spelling, valued by canonical spelling
   * (`devicecapreached` → `DeviceCapReached`). Identifiers not in the map are ignored.
   */
  symbols?: ReadonlyMap<string, string>;
  /** Reads a long symbolic name written with one letter wrong (`devicecapreachd`): form `misspelt-symbolic`. */
  misspelt?: SymbolTypos;
  /** Numbered codes to recognise where the text says they are codes (`806`): see {@link findCodes}. */
  numbered?: ReadonlySet<string>;
  /** Stop after this many codes (a log can hold thousands). @default 200 */
  limit?: number;
}

// A token: a run of letters, digits, underscores; or a signed number. Scanned with a sticky regex.
const TOKEN = /-?[0-9A-Za-z_]+/g;
/** An ellipsis right after a word, as a cut-off name ends: `..`, `...`, `…`. */
const CUT_MARK = /^(?:\.\.|…)/;
/** Fewest letters of a cut-off symbolic name read as that name (`OOBEIDP..`; not `Device..`, which many names begin). */
const CUT_MIN = 7;
const BARE_HEX = /^[89A-Fa-f][0-9A-Fa-f]{7}$/;
const BARE_MALFORMED = /^80[01](?:[0-9A-Fa-f]{4}|[0-9A-Fa-f]{6})$/;
const DECIMAL = /^-?[0-9]{10}$/;
/** A name: a letter first, or a 0 or 1 a scan read for its first letter (`0OBEIDPS`), then a letter. */
const IDENT = /^(?:[A-Za-z]|[01](?=[A-Za-z]))[A-Za-z0-9_]{3,63}$/;
const AADSTS = /^AADSTS([0-9]{1,7})$/i;
/**
 * A number an error lead ({@link NUMBER_LEAD}) can make a code: 3 digits, the numbered codes'
 * length; or 4 to 7, an error number of its own (not 3: HTTP statuses have that length too, and
 * "fails with error 400" is a detail of a post).
 */
const LED_NUMBER = /^[0-9]{3,7}$/;
/** A Windows setup page name as its error screen writes it: `OOBE` and more capitals or digits. */
const OOBE = /^OOBE[A-Z0-9]{2,24}$/;
const ZTD_NUMBER = /^ztd_?([0-9]{3})$/i;
/** What stands right before a numbered code (the 24 characters before it): "error ", "error code: ", "foutcode: ", "ZTD-". */
const NUMBER_LEAD = /(?:\berror(?: code)?|\berreur|\bcode d['’]erreur|\bfout(?:code)?|\bztd)[ \t]*(?:[:#-][ \t]*)?$/i;

/**
 * Normalises one code as written to `0x` + 8 lower-case hex digits.
 *
 * Accepts `0x…`/`0X…` hex of 1–8 digits (zero-padded), bare 8-digit hex, and 10-digit decimals in
 * the 32-bit range (negative ones read as a signed `int`).
 *
 * @returns the normalised code, or `undefined` when `raw` is none of those forms (including
 *   malformed 9-digit hex and out-of-range decimals).
 */
export function normalizeCode(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^0[xX]([0-9A-Fa-f]{1,8})$/.exec(s);
  if (m) return '0x' + m[1]!.toLowerCase().padStart(8, '0');
  if (BARE_HEX.test(s)) return '0x' + s.toLowerCase();
  m = /^(-?)([0-9]{1,10})$/.exec(s);
  if (m) {
    const n = Number(m[2]) * (m[1] ? -1 : 1);
    if (n < -0x80000000 || n > 0xffffffff) return undefined;
    return '0x' + (n >>> 0).toString(16).padStart(8, '0');
  }
  return undefined;
}

/**
 * Finds every error code in `text`, in order of appearance, without duplicates (first occurrence wins).
 *
 * A GUID's 8-digit first group (`{B16898C6-A148-…}`) is not taken for a bare HRESULT. Decimals are
 * taken only with exactly 10 digits and a value that is a failure HRESULT (≥ 0x80000000 as unsigned).
 *
 * @param text - any text; only the first `limit` codes are returned.
 */
export function findCodes(text: string, options: FindCodesOptions = {}): FoundCode[] {
  const limit = options.limit ?? 200;
  const found: FoundCode[] = [];
  const seen = new Set<string>();
  const push = (c: FoundCode): void => {
    if (seen.has(c.code)) return;
    seen.add(c.code);
    found.push(c);
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && found.length < limit) {
    let raw = m[0];
    let index = m.index;
    if (raw.startsWith('-') && !DECIMAL.test(raw)) {
      raw = raw.slice(1); // a hyphen that joins words, not a sign: `error-80180014`
      index += 1;
    }
    const before = index > 0 ? text[index - 1]! : '';
    const hexDigits = /^0[xX]([0-9A-Fa-f]{1,16})$/.exec(raw)?.[1] ?? scannedHex(raw);
    if (hexDigits !== undefined) {
      let digits = hexDigits.toLowerCase();
      // `0x8018 0014`: one code a scan or a line break cut in two.
      const rest = /^[89a-f].{3,5}$/.test(digits) ? restOfCut(text, index + raw.length, digits.length, SPLIT_REST) : undefined;
      if (rest !== undefined) digits += rest.toLowerCase();
      if (digits.length === 8) push({ code: '0x' + digits, raw, index, form: 'hex' });
      else if ((digits.length === 7 || digits.length === 9) && /^[89a-f]/.test(digits))
        push({ code: '0x' + digits, raw, index, form: 'malformed' });
      else if (digits.length < 8) push({ code: '0x' + digits.padStart(8, '0'), raw, index, form: 'hex' });
      continue;
    }
    // `800707⏎74`: a bare code a line break cut in two.
    const lineRest = /^80[0-9A-Fa-f]{3,4}$/.test(raw) ? restOfCut(text, index + raw.length, raw.length, SPLIT_LINE_REST) : undefined;
    if (lineRest !== undefined) {
      push({ code: '0x' + (raw + lineRest).toLowerCase(), raw, index, form: 'bare-hex' });
      continue;
    }
    const scannedBare = scannedBareHex(raw);
    if (scannedBare !== undefined) {
      push({ code: '0x' + scannedBare, raw, index, form: 'bare-hex' });
      continue;
    }
    if (BARE_HEX.test(raw)) {
      const partOfGuid =
        /^-[0-9A-Fa-f]{4}-/.test(text.slice(index + 8, index + 14)) ||
        /-[0-9A-Fa-f]{4}-$/.test(text.slice(Math.max(0, index - 6), index));
      if (!partOfGuid && /[0-9]/.test(raw)) push({ code: '0x' + raw.toLowerCase(), raw, index, form: 'bare-hex' });
      continue;
    }
    if (BARE_MALFORMED.test(raw) && /[A-Fa-f]/.test(raw)) {
      push({ code: '0x' + raw.toLowerCase(), raw, index, form: 'malformed' });
      continue;
    }
    // Not a fraction or a dotted number (`2149056532.5`); a full stop ending a sentence is fine.
    if (DECIMAL.test(raw) && !/[0-9A-Za-z_.]/.test(before) && !/^\.[0-9]/.test(text.slice(index + raw.length, index + raw.length + 2))) {
      const code = normalizeCode(raw);
      if (code && parseInt(code.slice(2), 16) >= 0x80000000)
        push({ code, raw, index, form: raw.startsWith('-') ? 'signed-decimal' : 'unsigned-decimal' });
      continue;
    }
    if (options.numbered) {
      const ztd = ZTD_NUMBER.exec(raw);
      const led = LED_NUMBER.test(raw) && NUMBER_LEAD.test(text.slice(Math.max(0, index - 24), index));
      const number = ztd ? ztd[1]! : led && raw.length === 3 ? raw : undefined;
      if (number !== undefined && options.numbered.has(number)) {
        push({ code: number, raw, index, form: 'numbered' });
        continue;
      }
      if (led && raw.length > 3) {
        if (raw.length === 7 && raw.startsWith('80')) push({ code: '0x' + raw, raw, index, form: 'malformed' });
        else push({ code: raw, raw, index, form: 'error-number' });
        continue;
      }
    }
    const aadsts = AADSTS.exec(raw);
    if (aadsts) {
      push({ code: `AADSTS${aadsts[1]}`, raw, index, form: 'aadsts' });
      continue;
    }
    if (options.symbols && IDENT.test(raw)) {
      const canonical = options.symbols.get(raw.toLowerCase()) ?? readAsLetters(raw, options.symbols);
      if (canonical !== undefined) {
        push({ code: canonical, raw, index, form: 'symbolic' });
        continue;
      }
      const misspelt = options.misspelt?.read(raw) ?? (CUT_MARK.test(text.slice(index + raw.length, index + raw.length + 3)) ? options.misspelt?.readCut(raw) : undefined);
      if (misspelt !== undefined) {
        push({ code: misspelt, raw, index, form: 'misspelt-symbolic' });
        continue;
      }
    }
    if (OOBE.test(raw)) push({ code: raw, raw, index, form: 'oobe' });
  }
  return found;
}

/**
 * Reads a long symbolic name typed with one letter missing, extra or wrong, or two letters
 * swapped (`devicecapreachd`, `DeviceCapReahced`, `AccountNotOnbaorded`): the one name of the
 * vocabulary that close, or undefined when none or several are. Only names of at least
 * `minLength` letters: a short name one letter off is another word too.
 *
 * Built once per vocabulary (one map entry per letter of each long name); {@link SymbolTypos.read}
 * costs one lookup per letter of the token.
 */
export class SymbolTypos {
  /** Each long name with one letter deleted → its canonical spelling, or null when two names give it. */
  readonly #deleted = new Map<string, string | null>();
  /** Each name's beginnings of {@link CUT_MIN} letters or more, short of the whole → its canonical spelling, or null when two names begin so. */
  readonly #prefixes = new Map<string, string | null>();

  /**
   * @param symbols the vocabulary, as {@link FindCodesOptions.symbols}
   * @param minLength shortest name read this way, in letters
   */
  constructor(
    private readonly symbols: ReadonlyMap<string, string>,
    private readonly minLength = 12,
  ) {
    for (const [lower, canonical] of symbols) {
      for (let n = CUT_MIN; n < lower.length; n++) {
        const p = lower.slice(0, n);
        const had = this.#prefixes.get(p);
        this.#prefixes.set(p, had === undefined || had === canonical ? canonical : null);
      }
      if (lower.length < minLength) continue;
      for (let i = 0; i < lower.length; i++) {
        const d = lower.slice(0, i) + lower.slice(i + 1);
        const had = this.#deleted.get(d);
        this.#deleted.set(d, had === undefined || had === canonical ? canonical : null);
      }
    }
  }

  /**
   * The one canonical name that `raw` begins, where a screenshot or a memory cut it off before an
   * ellipsis (`OOBEIDP..`, `ZtdDeviceAlreadyAss...`): at least {@link CUT_MIN} letters, a capital
   * or an underscore after the first (a name, not a word: "her account…"), and no other name
   * begins the same way; otherwise undefined. The caller reads the ellipsis
   * ({@link CUT_MARK}).
   */
  readCut(raw: string): string | undefined {
    const lower = raw.toLowerCase();
    // Written as a name is (`OOBEIDP`, `ZtdDeviceAlreadyAss`, `MENROLL_E_DEV`), not a word ("her account…").
    if (lower.length < CUT_MIN || this.symbols.has(lower) || !/[A-Z_]/.test(raw.slice(1))) return undefined;
    return this.#prefixes.get(lower) ?? undefined;
  }

  /** The canonical name `raw` misspells, or undefined. */
  read(raw: string): string | undefined {
    const lower = raw.toLowerCase();
    if (lower.length < this.minLength - 1 || this.symbols.has(lower)) return undefined;
    const found = new Set<string | null>();
    const missing = this.#deleted.get(lower); // a letter left out
    if (missing !== undefined) found.add(missing);
    for (let i = 0; i < lower.length && found.size < 2; i++) {
      const d = lower.slice(0, i) + lower.slice(i + 1);
      const extra = d.length >= this.minLength ? this.symbols.get(d) : undefined; // a letter too many
      if (extra !== undefined) found.add(extra);
      const wrong = this.#deleted.get(d); // a letter wrong, or two swapped
      if (wrong !== undefined) found.add(wrong);
    }
    const [only] = found;
    return found.size === 1 && only !== null ? only : undefined;
  }
}

/**
 * A symbolic name photographed or scanned with a letter read as a digit (`OOBE1DPS`, `0OBEIDPS`,
 * `MENR0LL_E_DEVICENOTSUPPORTED`): the vocabulary's spelling when reading each 0 as O, and each 1
 * as I or each 1 as L, gives one of its names; otherwise undefined. Only for names with a letter
 * after the digit, so `OOBEAADV10` stays itself. Also a name in capitals with a capital I read as a
 * small l (`OOBElDPS`; tune-extra-76), when reading each l as I (and 0 as O) gives one of its names.
 */
function readAsLetters(raw: string, symbols: ReadonlyMap<string, string>): string | undefined {
  // A capital I read as a small l in a name written in capitals (`OOBElDPS`).
  if (/^[A-Z0-9_]*l[A-Z0-9_l]*$/.test(raw) && /[A-Z].*[A-Z]/.test(raw)) {
    const asI = symbols.get(raw.replace(/l/g, 'I').replace(/0/g, 'O').toLowerCase());
    if (asI !== undefined) return asI;
  }
  if (!OCR_DIGIT.test(raw)) return undefined;
  const lower = raw.toLowerCase().replace(/0/g, 'o');
  return symbols.get(lower.replace(/1/g, 'i')) ?? symbols.get(lower.replace(/1/g, 'l'));
}

/**
 * The hex part of `0x` + 8 digits as a scan reads it, with the letter O for a 0 and I or l for a 1
 * (`Ox80180014`, `0x80I8O026`): the 8 digits repaired, or undefined.
 * At least four real digits, so a word (`Oxidising`) is never one.
 */
function scannedHex(raw: string): string | undefined {
  const m = /^[0O][xX]([0-9A-Fa-fOoIl]{8})$/.exec(raw);
  return m ? readAsDigits(m[1]!) : undefined;
}

/**
 * Hex digits as a scan reads them, each O read as 0 and each I or l as 1, when at least `fewest`
 * of them (4 unless told) are real digits (so a word never is one); otherwise undefined.
 */
function readAsDigits(scanned: string, fewest = 4): string | undefined {
  if ((scanned.match(/[0-9]/g)?.length ?? 0) < fewest) return undefined;
  return scanned.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

/**
 * A failure HRESULT's 8 digits without 0x as a photo retyped reads them, with the letter O for a 0
 * and I or l for a 1 (`8O18OOO3`): the 8 digits repaired, or undefined. It starts with 8 (a
 * failure), has a letter read as a digit and at least two real digits (`8Ol8OOOa`; `8OOOOOOO` is
 * none), so no word is one.
 */
function scannedBareHex(raw: string): string | undefined {
  if (!/^8[0-9A-Fa-fOoIl]{7}$/.test(raw) || !/[OoIl]/.test(raw)) return undefined;
  return readAsDigits(raw, 2)?.toLowerCase();
}

/** The rest of a hex code cut by one space or line break: hex digits, then no more word. */
const SPLIT_REST = /^(?: |\r?\n)([0-9A-Fa-f]{2,4})(?![0-9A-Za-z_])/;
/**
 * The rest of a bare hex code cut by a line break (`800707⏎74`), read after 5 or 6 digits that
 * start with 80: a space between two numbers is two numbers, and so are ports on two lines
 * (`8080⏎8443`).
 */
const SPLIT_LINE_REST = /^\r?\n([0-9A-Fa-f]{2,4})(?![0-9A-Za-z_])/;

/**
 * The hex digits that finish a code cut in two, read by `rest` ({@link SPLIT_REST} or
 * {@link SPLIT_LINE_REST}) at offset `end` of `text`, when with the `have` digits before the cut
 * they make 8; otherwise undefined. When found, the token scan ({@link TOKEN}) resumes after them.
 */
function restOfCut(text: string, end: number, have: number, rest: RegExp): string | undefined {
  const m = rest.exec(text.slice(end, end + 8));
  if (!m || have + m[1]!.length !== 8) return undefined;
  TOKEN.lastIndex = end + m[0].length;
  return m[1]!;
}

/** A 0 or 1 with a letter after it somewhere: where a scan may have read a letter as a digit. */
const OCR_DIGIT = /[01].*[A-Za-z]/;

/**
 * The 8-digit hex codes one edit away from `digits` (one hex digit inserted, deleted or replaced),
 * each as `0x` + 8 lower-case digits.
 *
 * Used to repair a code with one digit wrong or missing: `801c003` (7 digits) has `801c0003` among
 * its neighbours; `80180002b` (9 digits) has `8018002b`.
 *
 * @param digits - hex digits without prefix, 7 to 9 of them; any other length gives `[]`.
 */
export function hexNeighbours(digits: string): string[] {
  const d = digits.toLowerCase();
  const out = new Set<string>();
  const HEX = '0123456789abcdef';
  if (d.length === 7) {
    for (let i = 0; i <= 7; i++) for (const h of HEX) out.add(d.slice(0, i) + h + d.slice(i));
  } else if (d.length === 9) {
    for (let i = 0; i < 9; i++) out.add(d.slice(0, i) + d.slice(i + 1));
  } else if (d.length === 8) {
    for (let i = 0; i < 8; i++) for (const h of HEX) if (h !== d[i]) out.add(d.slice(0, i) + h + d.slice(i + 1));
  }
  return [...out].map((x) => '0x' + x);
}

/**
 * The 8-digit hex codes that `digits` becomes when two adjacent digits after its first (the
 * severity digit stays) are swapped back, each as `0x` + 8 lower-case digits: `80180041` gives
 * `0x81080041`, `0x80810041`, `0x80108041`, `0x80180401` and `0x80180014`; `8108002b` gives
 * `0x8018002b` among others (a facility typed with two digits swapped).
 *
 * Used to repair a code typed with two digits swapped, which only the paste's words can confirm:
 * `80180030` is as likely another error as `80180003` mistyped.
 *
 * @param digits - 8 hex digits without prefix; any other length gives `[]`.
 */
export function hexTranspositions(digits: string): string[] {
  const d = digits.toLowerCase();
  if (d.length !== 8) return [];
  const out: string[] = [];
  for (let i = 1; i < 7; i++) if (d[i] !== d[i + 1]) out.push('0x' + d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2));
  return out;
}
