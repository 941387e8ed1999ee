import assert from 'node:assert/strict';
import { importCodeReference, type CodeDefinition } from '../../../src/core/codes';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { importReference, readReference, referenceFiles, referenceLine } from './reference';

const WIN32 = 'mdm-registration-error-values.md';
const ENROLL = 'mdm-enrollment-error-codes.md';
const ENTRA = 'entra-hybrid-join-troubleshooting-dsreg-errors.md';
const ADD = 'autopilot-add-devices-import-errors.md';
const A806 = 'autopilot-import-error-806-808.md';
const MMD = 'autopilot-ztd-error-codes-mmd-draft.md';

const isHresult = (d: CodeDefinition): boolean => /^0x[0-9a-f]{8}$/.test(d.code);
const find = (defs: CodeDefinition[], code: string): CodeDefinition => {
  const d = defs.find((x) => x.code === code);
  assert.ok(d, `${code} not found`);
  return d;
};
const withRule = (diags: Diagnostic[], rule: string): Diagnostic[] => diags.filter((d) => d.rule === rule);
const problems = (diags: Diagnostic[]): Diagnostic[] => diags.filter((d) => d.severity !== 'info');

describe('importCodeReference on the real reference tables', () => {
  it('finds the six files SOURCES.md lists', () => {
    assert.deepEqual(referenceFiles(), [ADD, A806, MMD, ENTRA, ENROLL, WIN32]);
  });

  it('reads every definition with a code, a description and its source', () => {
    for (const file of referenceFiles()) {
      for (const d of importReference(file).definitions) {
        assert.match(d.code, /^(0x[0-9a-f]{8}|[0-9]+|[A-Za-z][A-Za-z0-9_]*)$/, `${file}: ${d.code}`);
        assert.ok(d.description.length > 0, `${file}: ${d.code} has no description`);
        assert.ok(!/\*\*|<br|<li|\\_/.test(d.description), `${file}: ${d.code} description keeps markdown: ${d.description}`);
        assert.deepEqual(d.sources, [file]);
        if (isHresult(d)) assert.equal(d.decimal, parseInt(d.code.slice(2), 16) | 0);
        else assert.equal(d.decimal, undefined);
      }
    }
  });

  describe(WIN32, () => {
    const r = importReference(WIN32);
    const names = r.definitions.flatMap((d) => d.names);

    it('has the 57 constants of SOURCES.md, each a HRESULT with one name', () => {
      assert.equal(r.definitions.length, 57);
      assert.ok(r.definitions.every((d) => isHresult(d) && d.names.length === 1));
      assert.equal(names.filter((n) => n.startsWith('MENROLL_E_')).length, 40);
      assert.deepEqual(names.filter((n) => n.startsWith('MENROLL_S_')), ['MENROLL_S_ENROLLMENT_SUSPENDED']);
      assert.equal(find(r.definitions, '0x00180011').names[0], 'MENROLL_S_ENROLLMENT_SUSPENDED');
      const mregister = r.definitions.filter((d) => d.names[0]!.startsWith('MREGISTER_E_'));
      assert.equal(mregister.length, 15);
      assert.equal(mregister.filter((d) => d.code.startsWith('0x8019')).length, 14);
      assert.deepEqual(find(r.definitions, '0x80180016').names, ['MREGISTER_E_NOTELIGIBLETORENEW']);
      assert.deepEqual(find(r.definitions, '0x8007065d').names, ['E_DATATYPE_MISMATCH']);
    });

    it('agrees with the api_name list of its front matter', () => {
      assert.deepEqual(withRule(r.diagnostics, 'api-name-missing'), []);
      assert.deepEqual(withRule(r.diagnostics, 'api-name-extra'), []);
    });

    it('takes the description paragraphs and leaves out the availability notes', () => {
      assert.equal(
        find(r.definitions, '0x80180014').description,
        'A specific platform (e.g. Windows) or version is not supported. The general fix for this error is to upgrade the device.',
      );
      assert.equal(find(r.definitions, '0x8019000a').description, 'No longer used. Windows 8.1: The device is already enrolled.');
      assert.equal(
        find(r.definitions, '0x80180026').description,
        'Mobile Device Management (MDM) was blocked, possibly by Group Policy or the SetManagedExternally function.',
      );
      assert.ok(r.definitions.every((d) => !/not available before/i.test(d.description)));
    });

    it('corrects MENROLL_E_USER_CANCELED and MENROLL_E_MDM_NOT_CONFIGURED to the header values (R3), with info diagnostics at the values', () => {
      assert.deepEqual(find(r.definitions, '0x8018002a').names, ['MENROLL_E_USER_CANCELED']);
      assert.deepEqual(find(r.definitions, '0x8018002b').names, ['MENROLL_E_MDM_NOT_CONFIGURED']);
      assert.equal(r.definitions.find((d) => d.code === '0x80180030' || d.code === '0x80180031'), undefined);
      const corrected = withRule(r.diagnostics, 'value-corrected');
      assert.equal(corrected.length, 2);
      assert.ok(corrected.every((d) => d.severity === 'info' && d.file === `reference/${WIN32}`));
      // The diagnostics point at the lines that hold the documented (wrong) values.
      assert.equal(referenceLine(WIN32, corrected[0]!.line), '0x80180030');
      assert.match(corrected[0]!.message, /MENROLL_E_USER_CANCELED.*0x8018002a/);
      assert.equal(referenceLine(WIN32, corrected[1]!.line), '0x80180031');
      assert.match(corrected[1]!.message, /MENROLL_E_MDM_NOT_CONFIGURED.*0x8018002b/);
    });

    it('reports nothing but the corrections', () => {
      assert.deepEqual(problems(r.diagnostics), []);
      assert.equal(r.diagnostics.length, 2);
    });
  });

  describe(ENROLL, () => {
    const r = importReference(ENROLL);

    // SOURCES.md: "35 HRESULTs (22 MENROLL_E_* 0x8018xxxx, 13 DSREG_E_* 0x801cxxxx) plus the
    // "rejectedTermsOfUse" row". The importer keeps that row as a name-only code (it is the string a
    // log shows), so the file gives 36 definitions, 35 of them HRESULTs.
    it('has 35 HRESULTs (22 MENROLL_E_*, 13 DSREG_E_*) and the name-only rejectedTermsOfUse', () => {
      assert.equal(r.definitions.length, 36);
      const hresults = r.definitions.filter(isHresult);
      assert.equal(hresults.length, 35);
      assert.equal(hresults.filter((d) => d.code.startsWith('0x8018') && d.names.some((n) => n.startsWith('MENROLL_E_'))).length, 22);
      assert.equal(hresults.filter((d) => d.code.startsWith('0x801c') && d.names.some((n) => n.startsWith('DSREG_E_'))).length, 13);
      const terms = find(r.definitions, 'rejectedTermsOfUse');
      assert.deepEqual(terms.names, ['rejectedTermsOfUse']);
      assert.equal(terms.family, 'mdm-enrollment');
      assert.match(terms.description, /^Your organization requires that you agree to the Terms of Use\./);
    });

    it('takes the names from the // comments of the ID column, not the UI string IDs', () => {
      assert.deepEqual(find(r.definitions, '0x80180014').names, ['MENROLL_E_DEVICENOTSUPPORTED']);
      assert.deepEqual(find(r.definitions, '0x801c000e').names, ['DSREG_E_DEVICE_REGISTRATION_QUOTA_EXCCEEDED']);
      assert.equal(find(r.definitions, '0x80180014').description, "This feature isn't supported. Contact your system administrator with the error code {0}.");
      assert.ok(r.definitions.every((d) => d.names.every((n) => !n.startsWith('idError'))));
    });

    it('warns that MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR labels both 0x80180005 and 0x80180006', () => {
      const conflicts = withRule(r.diagnostics, 'name-conflict');
      assert.equal(conflicts.length, 1);
      assert.equal(conflicts[0]!.severity, 'warning');
      assert.match(referenceLine(ENROLL, conflicts[0]!.line), /^\|0x80180006\|.*MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR/);
      assert.equal(r.diagnostics.length, 1);
    });
  });

  describe(ENTRA, () => {
    const r = importReference(ENTRA);

    it('has the 9 distinct DSREG_* codes with hex and decimal values', () => {
      const dsreg = r.definitions.filter((d) => d.names.some((n) => n.startsWith('DSREG_')));
      assert.equal(dsreg.length, 9);
      assert.ok(dsreg.every((d) => d.code.startsWith('0x801c') && d.family === 'device-registration'));
      const e = find(r.definitions, '0x801c03f2');
      assert.deepEqual(e.names, ['DSREG_E_DIRECTORY_FAILURE']);
      assert.equal(e.decimal, -2145647630);
      // DSREG_AUTOJOIN_ADCONFIG_READ_FAILED is in two tables: one definition, first reason kept.
      assert.match(find(r.definitions, '0x801c001d').description, /^Unable to read the service connection point/);
    });

    // SOURCES.md: "about 30 more named codes": exactly 34 have a hex value (5 WININET, 11 ERROR_ADAL,
    // 2 NTE, 2 TPM, 7 STATUS, 5 AAD_CLOUDAP, E_INVALIDDATA, WC_E_DTDPROHIBITED); 43 in all.
    it('takes every other named code that has a hex value', () => {
      assert.equal(r.definitions.length, 43);
      assert.ok(r.definitions.every((d) => isHresult(d) && d.names.length === 1));
      const prefix = (p: string): number => r.definitions.filter((d) => d.names[0]!.startsWith(p)).length;
      assert.equal(prefix('WININET_E_'), 5);
      assert.equal(prefix('ERROR_ADAL_'), 11);
      assert.equal(prefix('NTE_'), 2);
      assert.equal(prefix('TPM_E_'), 2);
      assert.equal(prefix('STATUS_'), 7);
      assert.equal(prefix('AAD_CLOUDAP_E_'), 5);
      assert.deepEqual(find(r.definitions, '0x8007000d').names, ['E_INVALIDDATA']);
      assert.deepEqual(find(r.definitions, '0xc00cee4f').names, ['WC_E_DTDPROHIBITED']);
      // Several codes in one cell, separated by <br>, share the row's reason.
      assert.deepEqual(find(r.definitions, '0xc000006a').names, ['STATUS_WRONG_PASSWORD']);
      assert.equal(find(r.definitions, '0xc000006a').description, find(r.definitions, '0xc000006d').description);
      assert.equal(
        find(r.definitions, '0xc000006d').description,
        'The device is unable to connect to the Microsoft Entra authentication service. Received an error response (HTTP 400) from the Microsoft Entra authentication service or WS-Trust endpoint. Note: WS-Trust is required for federated authentication.',
      );
    });

    it('reports the doubled minus of --1073445695 and reads the value from the hex', () => {
      const typo = withRule(r.diagnostics, 'decimal-typo');
      assert.equal(typo.length, 1);
      assert.equal(typo[0]!.severity, 'info');
      assert.match(referenceLine(ENTRA, typo[0]!.line), /AAD_CLOUDAP_E_WSTRUST_SAML_TOKENS_ARE_EMPTY\*\* \(--1073445695/);
      assert.equal(find(r.definitions, '0xc00484c1').decimal, -1073445695);
      assert.deepEqual(withRule(r.diagnostics, 'decimal-mismatch'), []);
    });

    it('reports, without taking them, the rows that have no hex value', () => {
      const skipped = withRule(r.diagnostics, 'no-hex-value');
      assert.ok(skipped.every((d) => d.severity === 'info'));
      const text = skipped.map((d) => d.message).join('\n');
      for (const n of ['ERROR_WINHTTP_TIMEOUT (12002)', 'ERROR_WINHTTP_CONNECTION_ERROR (12030)', 'AADSTS50155', 'AADSTS50126', 'DirectoryError', 'AuthenticationError']) {
        assert.ok(text.includes(n), `${n} not reported`);
      }
      // 4 WINHTTP names, 3 AADSTS rows, 4 server-error rows.
      assert.equal(skipped.length, 11);
      assert.deepEqual(problems(r.diagnostics), []);
    });
  });

  describe(ADD, () => {
    it('has the 5 named import errors, without numbers', () => {
      const r = importReference(ADD);
      assert.deepEqual(
        r.definitions.map((d) => d.code),
        ['StorageError', 'ZtdDeviceAssignedToAnotherTenant', 'ZtdDeviceAlreadyAssigned', 'ZtdDeviceDuplicated', 'InvalidZtdHardwareHash'],
      );
      assert.ok(r.definitions.every((d) => d.names.length === 1 && d.names[0] === d.code && d.family === 'autopilot-import'));
      assert.equal(find(r.definitions, 'ZtdDeviceDuplicated').description, 'This error occurs when there are duplicate hardware hashes in the CSV file.');
      assert.deepEqual(r.diagnostics, []);
    });
  });

  describe(A806, () => {
    it('has 806 ZtdDeviceAlreadyAssigned and 808 ZtdDeviceAssignedToOtherTenant with their portal messages', () => {
      const r = importReference(A806);
      assert.equal(r.definitions.length, 2);
      assert.deepEqual(find(r.definitions, '806').names, ['ZtdDeviceAlreadyAssigned']);
      assert.equal(find(r.definitions, '806').description, 'Device is already registered to the same Tenant.');
      assert.deepEqual(find(r.definitions, '808').names, ['ZtdDeviceAssignedToOtherTenant']);
      assert.equal(find(r.definitions, '808').description, 'Internal error');
      assert.ok(r.definitions.every((d) => d.family === 'autopilot-import' && d.decimal === undefined));
      assert.deepEqual(r.diagnostics, []);
    });
  });

  describe(MMD, () => {
    it('has the 12 numbered DDS codes and HashNot4k, all autopilot-deployment', () => {
      const r = importReference(MMD);
      assert.deepEqual(
        r.definitions.map((d) => d.code),
        ['801', '802', '803', '806', '807', '808', '809', '810', '811', '812', '813', '814', 'HashNot4k'],
      );
      assert.ok(r.definitions.every((d) => d.family === 'autopilot-deployment'));
      assert.deepEqual(find(r.definitions, '801').names, ['InvalidZtdRequestBody']);
      assert.deepEqual(find(r.definitions, '806').names, ['ZtdDeviceAlreadyAssigned']);
      assert.deepEqual(find(r.definitions, '808').names, ['ZtdDeviceAssignedToOtherTenant']);
      assert.equal(find(r.definitions, '801').description, 'Rare occurrence. The request from portal was malformed or it didn’t include a tenantId.');
      // "tbd" is kept as written, and reported.
      assert.equal(find(r.definitions, 'HashNot4k').description, 'tbd');
      const placeholder = withRule(r.diagnostics, 'placeholder-description');
      assert.equal(placeholder.length, 1);
      assert.equal(referenceLine(MMD, placeholder[0]!.line), '<td>HashNot4k</td>');
      assert.deepEqual(problems(r.diagnostics), []);
    });
  });
});

describe('importCodeReference on inline fixtures', () => {
  it('reports a malformed table row at its line, counting the front matter, and keeps the good rows', () => {
    const md = [
      '---', //  1
      'title: Fixture', //  2
      '---', //  3
      '# Codes', //  4
      '', //  5
      '| Code | Error message |', //  6
      '| --- | --- |', //  7
      '| **MENROLL_E_DEVICENOTSUPPORTED** (0x80180014) | Not supported. |', //  8
      '| **MENROLL_E_BROKEN** (0x8018001) | Seven hex digits. |', //  9
      '| see above | No code at all. |', // 10
      '| 0x8018zz14 | Not hex. |', // 11
      '| **MENROLL_E_NOTSUPPORTED** (0x80180015/-2145910000) | Wrong decimal. |', // 12
      '| 0x80180017 | |', // 13
    ].join('\n');
    const r = importCodeReference(md, { file: 'reference/fixture.md' });
    assert.deepEqual(
      r.definitions.map((d) => d.code),
      ['0x80180014', '0x80180015', '0x80180017'],
    );
    const at = (rule: string): [number, Diagnostic['severity']][] => withRule(r.diagnostics, rule).map((d) => [d.line, d.severity]);
    assert.deepEqual(at('bad-hex'), [
      [9, 'warning'],
      [11, 'warning'],
    ]);
    assert.deepEqual(at('unparsed-code'), [[10, 'warning']]);
    assert.deepEqual(at('decimal-mismatch'), [[12, 'warning']]);
    assert.deepEqual(at('missing-description'), [[13, 'warning']]);
    const bad = withRule(r.diagnostics, 'bad-hex')[0]!;
    assert.equal(bad.file, 'reference/fixture.md');
    assert.equal(bad.column, 3);
    assert.match(bad.message, /0x8018001/);
  });

  it('applies the R3 correction in any document that lists the wrong value', () => {
    const md = ['| Error code | Reason |', '| --- | --- |', '| **MENROLL_E_MDM_NOT_CONFIGURED** (0x80180031) | MDM is not configured. |'].join('\n');
    const r = importCodeReference(md, { file: 'reference/other.md' });
    assert.deepEqual(r.definitions.map((d) => [d.code, d.names, d.decimal]), [['0x8018002b', ['MENROLL_E_MDM_NOT_CONFIGURED'], -2145910741]]);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.rule, d.severity, d.line]),
      [['value-corrected', 'info', 3]],
    );
  });

  it('leaves a correct value alone', () => {
    const md = ['| Error code | Reason |', '| --- | --- |', '| **MENROLL_E_USER_CANCELED** (0x8018002A) | Canceled. |'].join('\n');
    const r = importCodeReference(md, { file: 'x.md' });
    assert.equal(r.definitions[0]!.code, '0x8018002a');
    assert.deepEqual(r.diagnostics, []);
  });

  it('reads a sloppy HTML table: unclosed cells and rows, entities, attributes, line breaks', () => {
    const md = [
      'Intro.', // 1
      '', // 2
      '<table class="x">', // 3
      '<tr><th>Error code</th><th>Reason</th>', // 4
      '<tr><td>ZtdFirst = 901<td>First &amp; only &#8217;reason&#x2019;', // 5
      '<tr>', // 6
      '  <td>', // 7
      '    ZtdSecond = 902', // 8
      '  </td>', // 9
      '  <td>Line one<br/>line two</td>', // 10
      '</tr>', // 11
      '<tr><td>??</td><td>Broken.</td></tr>', // 12
      '</table>', // 13
    ].join('\n');
    const r = importCodeReference(md, { file: 'reference/autopilot-ztd-error-codes-mmd-draft.md' });
    assert.deepEqual(
      r.definitions.map((d) => [d.code, d.names, d.description, d.family]),
      [
        ['901', ['ZtdFirst'], 'First & only ’reason’', 'autopilot-deployment'],
        ['902', ['ZtdSecond'], 'Line one; line two', 'autopilot-deployment'],
      ],
    );
    assert.deepEqual(
      r.diagnostics.map((d) => [d.rule, d.line]),
      [['unparsed-code', 12]],
    );
  });

  it('reads CRLF files exactly as LF files', () => {
    for (const file of referenceFiles()) {
      const lf = readReference(file);
      assert.deepEqual(importCodeReference(lf.replace(/\n/g, '\r\n'), { file }), importCodeReference(lf, { file }), file);
    }
  });

  it('does not read tables without a code column', () => {
    const md = ['| Field | Expected value |', '| --- | --- |', '| DomainJoined | YES |'].join('\n');
    const r = importCodeReference(md, { file: 'x.md' });
    assert.deepEqual(r, { definitions: [], diagnostics: [] });
  });
});
