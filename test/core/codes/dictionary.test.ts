import assert from 'node:assert/strict';
import { buildCodeDictionary, importCodeReference, type CodeDefinition, type CodeDictionary } from '../../../src/core/codes';
import { findCodes } from '../../../src/core/error-codes';
import { importReference, referenceFiles } from './reference';

const WIN32 = 'mdm-registration-error-values.md';
const ENROLL = 'mdm-enrollment-error-codes.md';
const ENTRA = 'entra-hybrid-join-troubleshooting-dsreg-errors.md';
const ADD = 'autopilot-add-devices-import-errors.md';
const A806 = 'autopilot-import-error-806-808.md';
const MMD = 'autopilot-ztd-error-codes-mmd-draft.md';

const must = (d: CodeDefinition | undefined, what: string): CodeDefinition => {
  assert.ok(d, `${what} not found`);
  return d;
};

describe('buildCodeDictionary over the real reference tables', () => {
  let dict: CodeDictionary;
  before(() => {
    dict = buildCodeDictionary(referenceFiles().flatMap((f) => importReference(f).definitions));
  });

  // 156 definitions read (57 + 36 + 43 + 5 + 2 + 13) less 28 merged: the 22 MENROLL_E_* codes of the
  // enrollment include that the win32 page also lists, DSREG_E 0x801c0002 and 0x801c0006 (enrollment
  // include + Entra page), 806 (three files), 808 (two) and InvalidZtdHardwareHash into 802 (two).
  it('merges the six files into 128 definitions, one per code', () => {
    assert.equal(dict.all().length, 128);
    const codes = dict.all().map((d) => d.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(dict.all().filter((d) => d.code.startsWith('0x801c')).length, 20); // 13 + 9 - 2 shared
  });

  it('finds 0x80180014 as MENROLL_E_DEVICENOTSUPPORTED, with its decimal, in any written form', () => {
    const d = must(dict.get('0x80180014'), '0x80180014');
    assert.deepEqual(d.names, ['MENROLL_E_DEVICENOTSUPPORTED']);
    assert.equal(d.decimal, -2145910764);
    assert.equal(d.family, 'mdm-enrollment');
    assert.deepEqual(d.sources, [WIN32, ENROLL]);
    // The win32 description is specific; the enrollment include's UI message is not preferred.
    assert.match(d.description, /^A specific platform \(e\.g\. Windows\) or version is not supported/);
    for (const form of ['0X80180014', '80180014', '-2145910764', '2149056532', ' 0x80180014 ']) assert.equal(dict.get(form), d, form);
    assert.equal(dict.byName('menroll_e_devicenotsupported'), d);
  });

  it('gives MENROLL_E_MDM_NOT_CONFIGURED and MENROLL_E_USER_CANCELED the header values (SOURCES.md R3)', () => {
    assert.equal(must(dict.byName('menroll_e_mdm_not_configured'), 'MDM_NOT_CONFIGURED').code, '0x8018002b');
    assert.equal(must(dict.byName('MENROLL_E_USER_CANCELED'), 'USER_CANCELED').code, '0x8018002a');
    assert.equal(dict.get('0x8018002B')?.description, 'Mobile Device Management (MDM) is not configured.');
    assert.equal(dict.get('0x80180030'), undefined);
    assert.equal(dict.get('0x80180031'), undefined);
  });

  it('finds 806 by ZtdDeviceAlreadyAssigned, merged from three files without the draft taking over', () => {
    const d = must(dict.byName('ZtdDeviceAlreadyAssigned'), 'ZtdDeviceAlreadyAssigned');
    assert.equal(d.code, '806');
    assert.equal(dict.get('806'), d);
    assert.equal(dict.byName('ztddevicealreadyassigned'), d);
    assert.deepEqual(d.names, ['ZtdDeviceAlreadyAssigned']);
    assert.deepEqual(d.sources, [ADD, A806, MMD]);
    assert.equal(d.family, 'autopilot-import'); // not the draft's autopilot-deployment
    assert.equal(d.description, 'This error occurs when the uploaded hardware hash matches a device that is already registered to the tenant.');
    assert.equal(d.decimal, undefined);
  });

  it('keeps 808 ZtdDeviceAssignedToOtherTenant apart from the add-devices ZtdDeviceAssignedToAnotherTenant', () => {
    const d808 = must(dict.get('808'), '808');
    assert.deepEqual(d808.names, ['ZtdDeviceAssignedToOtherTenant']);
    assert.deepEqual(d808.sources, [A806, MMD]);
    assert.equal(d808.family, 'autopilot-import');
    // The support article's own text for 808 is the portal message "Internal error", too generic to
    // describe it; the draft's note is the only specific description.
    assert.equal(d808.description, 'DDS send this error code ONLY when Device is already registered to another Tenant.');
    const another = must(dict.byName('ztddeviceassignedtoanothertenant'), 'ZtdDeviceAssignedToAnotherTenant');
    assert.equal(another.code, 'ZtdDeviceAssignedToAnotherTenant');
    assert.equal(dict.get('ZtdDeviceAssignedToAnotherTenant'), another);
    assert.deepEqual(another.sources, [ADD]);
  });

  it('joins the add-devices InvalidZtdHardwareHash to the draft’s 802, keeping the published description', () => {
    const d = must(dict.get('802'), '802');
    assert.deepEqual(d.names, ['InvalidZtdHardwareHash']);
    assert.deepEqual(d.sources, [ADD, MMD]);
    assert.equal(d.family, 'autopilot-import');
    assert.equal(d.description, 'This error occurs when one or more fields in the hardware hash are invalid or empty.');
    assert.equal(dict.get('InvalidZtdHardwareHash'), d);
  });

  it('keeps the draft-only codes, family autopilot-deployment', () => {
    for (const code of ['801', '803', '807', '809', '810', '811', '812', '813', '814', 'HashNot4k']) {
      const d = must(dict.get(code), code);
      assert.equal(d.family, 'autopilot-deployment', code);
      assert.deepEqual(d.sources, [MMD], code);
    }
    assert.equal(dict.get('ZtdDeviceDuplicated')?.family, 'autopilot-import');
  });

  it('takes MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR off 0x80180006, as the win32 page gives it to 0x80180005', () => {
    assert.deepEqual(dict.get('0x80180006')?.names, ['MENROLL_E_DEVICE_INTERNALSERVICE_ERROR']);
    assert.equal(dict.byName('MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR')?.code, '0x80180005');
    assert.deepEqual(dict.conflicts(), [
      {
        name: 'MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR',
        kept: ['0x80180005'],
        dropped: ['0x80180006'],
        claims: { '0x80180005': [WIN32, ENROLL], '0x80180006': [ENROLL] },
      },
    ]);
  });

  it('unites names from several sources: 0x80180016 is MREGISTER_E_ on the win32 page and MENROLL_E_ in the include', () => {
    const d = must(dict.get('0x80180016'), '0x80180016');
    assert.deepEqual(d.names, ['MREGISTER_E_NOTELIGIBLETORENEW', 'MENROLL_E_NOTELIGIBLETORENEW']);
    assert.equal(dict.byName('menroll_e_noteligibletorenew'), d);
    assert.equal(d.family, 'mdm-enrollment');
  });

  it('prefers the Entra reason over the enrollment include’s stock message for shared DSREG codes', () => {
    const d = must(dict.get('0x801c0002'), '0x801c0002');
    assert.deepEqual(d.sources, [ENTRA, ENROLL]);
    assert.match(d.description, /^Received an error response from DRS with ErrorCode: "AuthenticationError"/);
    // Codes only in the include keep its message.
    assert.match(must(dict.get('0x801c000f'), '0x801c000f').description, /^A reboot is required/);
  });

  it('gives every HRESULT its signed decimal and family by facility', () => {
    for (const d of dict.all()) {
      if (!d.code.startsWith('0x')) continue;
      assert.equal(d.decimal, parseInt(d.code.slice(2), 16) | 0, d.code);
      const facility = (parseInt(d.code.slice(2), 16) >>> 16) & 0x7ff;
      const expected = facility === 24 ? 'mdm-enrollment' : facility === 25 ? 'mdm-registration' : facility === 28 ? 'device-registration' : 'other';
      assert.equal(d.family, expected, d.code);
    }
    assert.equal(dict.get('0x00180011')?.decimal, 1572881);
    assert.equal(dict.get('0x8007065d')?.family, 'other');
  });

  it('exposes every name as a symbol that findCodes recognises', () => {
    const symbols = dict.symbols();
    assert.equal(symbols.get('menroll_e_devicenotsupported'), 'MENROLL_E_DEVICENOTSUPPORTED');
    assert.equal(symbols.get('ztddevicealreadyassigned'), 'ZtdDeviceAlreadyAssigned');
    assert.equal(symbols.get('hashnot4k'), 'HashNot4k');
    for (const d of dict.all()) for (const n of d.names) assert.equal(symbols.get(n.toLowerCase()), n);
    const found = findCodes('Import failed: 806 - ZtdDeviceAlreadyAssigned; earlier DSREG_E_DIRECTORY_FAILURE and 0x80180014.', { symbols });
    assert.deepEqual(
      found.map((f) => [f.code, f.form]),
      [
        ['ZtdDeviceAlreadyAssigned', 'symbolic'],
        ['DSREG_E_DIRECTORY_FAILURE', 'symbolic'],
        ['0x80180014', 'hex'],
      ],
    );
    assert.equal(dict.byName(found[1]!.code)?.code, '0x801c03f2');
  });

  it('answers undefined for unknown codes and names', () => {
    assert.equal(dict.get('0x80181234'), undefined);
    assert.equal(dict.get('999'), undefined);
    assert.equal(dict.get('NoSuchError'), undefined);
    assert.equal(dict.get(''), undefined);
    assert.equal(dict.byName('MENROLL_E_NOPE'), undefined);
  });
});

describe('buildCodeDictionary rules on small inputs', () => {
  it('lets a more trusted source win a name, whatever the input order', () => {
    const low = importCodeReference(
      ['| Code | Error message |', '| --- | --- |', '| 0x80180006 | "x", // MENROLL_E_SAMPLE |'].join('\n'),
      { file: 'reference/mdm-enrollment-error-codes.md' },
    ).definitions;
    const high = importCodeReference(
      ['| Error code | Reason |', '| --- | --- |', '| **MENROLL_E_SAMPLE** (0x80180005) | A sample constant of the header. |'].join('\n'),
      { file: 'reference/mdm-registration-error-values.md' },
    ).definitions;
    for (const defs of [[...low, ...high], [...high, ...low]]) {
      const dict = buildCodeDictionary(defs);
      assert.equal(dict.byName('menroll_e_sample')?.code, '0x80180005');
      assert.deepEqual(dict.get('0x80180006')?.names, []);
    }
  });

  it('merges name-only definitions that share a name, case-insensitively', () => {
    const a: CodeDefinition = { code: 'StorageError', names: ['StorageError'], description: 'Generic.', family: 'autopilot-import', sources: ['a.md'] };
    const b: CodeDefinition = { code: 'storageerror', names: ['storageerror'], description: 'A generic storage error happened.', family: 'autopilot-import', sources: ['b.md'] };
    const dict = buildCodeDictionary([a, b]);
    assert.equal(dict.all().length, 1);
    assert.deepEqual(dict.get('StorageError')?.names, ['StorageError']);
    assert.equal(dict.get('StorageError')?.description, 'A generic storage error happened.'); // "Generic." is too short
    assert.deepEqual(dict.get('StorageError')?.sources, ['a.md', 'b.md']);
  });
});
