/**
 * Removes personal data from a paste before it is stored: e-mail addresses and UPNs, GUIDs (device,
 * object, request and correlation ids), and serial-number-like tokens. Error codes are kept: they
 * are what the helpdesk report needs.
 */

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;
const GUID = /\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?/g;
// "Serial number: PF2ABCDE", "S/N 5CG1234XYZ", "serienummer …", "numéro de série …".
const LABELLED_SERIAL = /((?:serial(?:\s*number)?|s\/n|serienummer|num[ée]ro de s[ée]rie)\s*[:#=]?\s*)([A-Za-z0-9-]{5,30})/gi;
// A token of 8–20 capitals and digits with at least 3 of each, not an error code: how laptop serials look.
const BARE_SERIAL = /\b(?=(?:[A-Z0-9]*[0-9]){3})(?=(?:[A-Z0-9]*[A-Z]){3})[A-Z0-9]{8,20}\b/g;

/** The paste with personal data replaced by `[email]`, `[guid]`, `[serial]`. Linear in the input. */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(GUID, '[guid]')
    .replace(LABELLED_SERIAL, (_m, label: string) => `${label}[serial]`)
    // Hex HRESULTs and identifiers made of a word and a number (AADSTS50126, KB5034441) are not serials.
    .replace(BARE_SERIAL, (m) => (/^(?:0X)?[0-9A-F]{8}$/.test(m) || /^[A-Z]{4,}[0-9]+$/.test(m) ? m : '[serial]'));
}

/**
 * The start of a paste, at most `max` characters, with personal data removed. The paste is cut at
 * a space before it is redacted, so an address or id that the cut would split is dropped whole
 * rather than kept in part, and it is redacted before the final cut, since redaction can lengthen
 * it ("S/N ABCDE" → "S/N [serial]"). Linear in `max`, whatever the paste's length.
 */
export function redactedStart(text: string, max: number): string {
  if (text.length <= max) return redact(text).slice(0, max);
  const head = text.slice(0, 2 * max + 1);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'), head.lastIndexOf('\t'));
  return redact(head.slice(0, space > 0 ? space : 2 * max)).slice(0, max);
}
