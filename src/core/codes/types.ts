/**
 * Types of the code dictionary read from Microsoft's error-code reference tables
 * (`knowledge/reference/*.md`; provenance in `knowledge/SOURCES.md`, part "Reference tables").
 */

/**
 * Which error space a code belongs to.
 *
 * - `mdm-enrollment`: HRESULTs of facility 24 (`0x8018xxxx`, and the success code `0x00180011`), the
 *   `MENROLL_*` range of MDMRegistration.h;
 * - `mdm-registration`: HRESULTs of facility 25 (`0x8019xxxx`), the legacy `MREGISTER_E_*` range;
 * - `device-registration`: HRESULTs of facility 28 (`0x801cxxxx`), the `DSREG_*` range;
 * - `autopilot-import`: Windows Autopilot device import (CSV upload) errors, numbered or by name;
 * - `autopilot-deployment`: the numbered Windows Autopilot deployment-service (DDS) codes of the
 *   Microsoft Managed Desktop draft (SOURCES.md note R4);
 * - `other`: every other HRESULT or NTSTATUS (WININET, ADAL, TPM/NTE, STATUS_*, AAD_CLOUDAP_E_*, …).
 */
export type CodeFamily =
  | 'mdm-enrollment'
  | 'mdm-registration'
  | 'device-registration'
  | 'autopilot-import'
  | 'autopilot-deployment'
  | 'other';

/** One error code as the reference tables define it. */
export interface CodeDefinition {
  /**
   * '0x' + 8 lower-case hex for HRESULTs; for numbered Autopilot errors without an HRESULT the
   * number as written ('806'); for name-only errors the name as written ('ZtdDeviceDuplicated').
   */
  code: string;
  /**
   * Symbolic names as written in the sources, e.g. ['MENROLL_E_DEVICENOTSUPPORTED'],
   * ['DSREG_E_DIRECTORY_FAILURE'], ['ZtdDeviceAlreadyAssigned'].
   */
  names: string[];
  /** Decimal (signed int) form where the code is an HRESULT. */
  decimal?: number;
  /** One-line description or user-facing message from the source (cleaned of markdown). */
  description: string;
  /** Error space of the code. */
  family: CodeFamily;
  /** Source file names (e.g. 'mdm-registration-error-values.md') that define it. */
  sources: string[];
}
