/**
 * What the importer knows about each reference file, taken from `knowledge/SOURCES.md`
 * ("Reference tables", "What each table holds" and notes R1–R5), and the documented corrections.
 *
 * Nothing here lists codes: the codes are read from the files. This module only says how far each
 * file is trusted, which kinds of code it may define, and which family its non-HRESULT codes belong to.
 */
import type { CodeFamily } from './types';

/** How the importer treats one reference file. */
export interface SourceProfile {
  /** File name, without folder. */
  file: string;
  /**
   * Rank of authority, lower is more trusted. Used when sources disagree: for a name claimed by
   * two codes, for the family, and to break ties between equally specific descriptions.
   */
  authority: number;
  /** Family of the codes that are not HRESULTs (numbered or name-only). HRESULTs get theirs from the facility. */
  family: CodeFamily;
  /** HRESULTs written in hex may be defined here. */
  hresult: boolean;
  /** Numbered codes without an HRESULT (`InvalidZtdRequestBody = 801`, `806 - ZtdDeviceAlreadyAssigned`). */
  numbered: boolean;
  /** Errors known only by a name (`ZtdDeviceDuplicated`, `"rejectedTermsOfUse"`). */
  nameOnly: boolean;
}

/**
 * The six reference files, most trusted first.
 *
 * - mdm-registration-error-values.md (MicrosoftDocs/win32, "MDM Registration Error Values
 *   (MDMRegistration.h)"): documents the SDK header itself, so it ranks first; where it disagrees
 *   with the header, {@link VALUE_CORRECTIONS} applies (note R3).
 * - entra-hybrid-join-troubleshooting-dsreg-errors.md (MicrosoftDocs/entra-docs): DSREG and other
 *   named codes with hex and decimal values. Only rows with a hex value are taken (WINHTTP rows give a
 *   Win32 number only; AADSTS rows and the server-error tables are server messages).
 * - mdm-enrollment-error-codes.md (MicrosoftDocs/windows-itpro-docs include): user-facing messages,
 *   each shared by many codes, and names in `// NAME` comments copied from source code; one row is
 *   the name-only `"rejectedTermsOfUse"`.
 * - autopilot-add-devices-import-errors.md (MicrosoftDocs/memdocs): five import errors by name only.
 * - autopilot-import-error-806-808.md (MicrosoftDocs/SupportArticles-docs): 806 and 808 with their
 *   portal messages.
 * - autopilot-ztd-error-codes-mmd-draft.md (fork of MicrosoftDocs/microsoft-365-docs): an unpublished
 *   draft whose descriptions are engineering notes; lowest authority (note R4).
 */
export const SOURCE_PROFILES: readonly SourceProfile[] = [
  { file: 'mdm-registration-error-values.md', authority: 1, family: 'other', hresult: true, numbered: false, nameOnly: false },
  { file: 'entra-hybrid-join-troubleshooting-dsreg-errors.md', authority: 2, family: 'other', hresult: true, numbered: false, nameOnly: false },
  { file: 'mdm-enrollment-error-codes.md', authority: 3, family: 'mdm-enrollment', hresult: true, numbered: false, nameOnly: true },
  { file: 'autopilot-add-devices-import-errors.md', authority: 4, family: 'autopilot-import', hresult: false, numbered: true, nameOnly: true },
  { file: 'autopilot-import-error-806-808.md', authority: 5, family: 'autopilot-import', hresult: false, numbered: true, nameOnly: true },
  { file: 'autopilot-ztd-error-codes-mmd-draft.md', authority: 9, family: 'autopilot-deployment', hresult: false, numbered: true, nameOnly: true },
];

/** Profile of a file not listed in SOURCES.md: anything accepted, ranked below the published docs and above the draft. */
export function profileFor(file: string): SourceProfile {
  const name = baseName(file);
  return (
    SOURCE_PROFILES.find((p) => p.file === name) ?? {
      file: name,
      authority: 8,
      family: 'other',
      hresult: true,
      numbered: true,
      nameOnly: true,
    }
  );
}

/** Authority rank of a file (lower is more trusted). */
export function authorityOf(file: string): number {
  return profileFor(file).authority;
}

/** The file name without its folders (`reference/x.md` → `x.md`). */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] ?? file;
}

/** A correction of a value that a reference document gets wrong, keyed by symbolic name. */
export interface ValueCorrection {
  /** The symbolic name, as the header spells it. */
  name: string;
  /** The value Windows uses, `0x` + 8 lower-case hex. */
  code: string;
  /** Where the correct value comes from. */
  authority: string;
}

/**
 * Values corrected by name, whichever document lists the name (SOURCES.md note R3).
 *
 * The win32 page (mdm-registration-error-values.md) gives MENROLL_E_USER_CANCELED = 0x80180030 and
 * MENROLL_E_MDM_NOT_CONFIGURED = 0x80180031. The copy of mdmregistration.h in the search index
 * defines them as MAKE_HRESULT(SEVERITY_ERROR, 24, 42) and MAKE_HRESULT(SEVERITY_ERROR, 24, 43),
 * that is 0x8018002A and 0x8018002B, and the header's value is the one Windows prints
 * (0x8018002B is the Intune "MDM user scope / non-routable UPN" error). The importer applies these
 * and reports an `info` diagnostic (`value-corrected`) each time.
 */
export const VALUE_CORRECTIONS: readonly ValueCorrection[] = [
  // mdmregistration.h: #define MENROLL_E_USER_CANCELED MAKE_HRESULT(SEVERITY_ERROR, 24, 42) — SOURCES.md R3
  { name: 'MENROLL_E_USER_CANCELED', code: '0x8018002a', authority: 'mdmregistration.h: MAKE_HRESULT(SEVERITY_ERROR, 24, 42)' },
  // mdmregistration.h: #define MENROLL_E_MDM_NOT_CONFIGURED MAKE_HRESULT(SEVERITY_ERROR, 24, 43) — SOURCES.md R3
  { name: 'MENROLL_E_MDM_NOT_CONFIGURED', code: '0x8018002b', authority: 'mdmregistration.h: MAKE_HRESULT(SEVERITY_ERROR, 24, 43)' },
];

/** True for a normalised HRESULT key (`0x` + 8 lower-case hex). */
export function isHresultKey(code: string): boolean {
  return /^0x[0-9a-f]{8}$/.test(code);
}

/** True for a numbered code without an HRESULT (`806`). */
export function isNumberedKey(code: string): boolean {
  return /^[0-9]+$/.test(code);
}

/** The signed 32-bit decimal of a normalised HRESULT key (`0x80180014` → -2145910764). */
export function signedDecimal(code: string): number {
  return parseInt(code.slice(2), 16) | 0;
}

/**
 * Family of an HRESULT from its facility (bits 16–26, winerror.h layout): 24 → `mdm-enrollment`,
 * 25 → `mdm-registration`, 28 → `device-registration`, anything else → `other`.
 */
export function hresultFamily(code: string): CodeFamily {
  const facility = (parseInt(code.slice(2), 16) >>> 16) & 0x7ff;
  if (facility === 24) return 'mdm-enrollment';
  if (facility === 25) return 'mdm-registration';
  if (facility === 28) return 'device-registration';
  return 'other';
}
