import assert from 'node:assert/strict';
import { findCodes, hexNeighbours, hexTranspositions, normalizeCode, SymbolTypos } from '../../src/core/error-codes';

describe('error codes: finding and normalising', function () {
  const symbols = new Map([
    ['devicecapreached', 'DeviceCapReached'],
    ['oobeidps', 'OOBEIDPS'],
    ['menroll_e_devicenotsupported', 'MENROLL_E_DEVICENOTSUPPORTED'],
  ]);
  const cases: [string, string, [string, string][]][] = [
    ['hex with 0x', 'Erreur 0x80180014 : Votre organisation', [['0x80180014', 'hex']]],
    ['hex with 0X, upper case', 'code 0X8018000A.', [['0x8018000a', 'hex']]],
    ['bare hex', 'error code 80180026.', [['0x80180026', 'bare-hex']]],
    ['bare hex, letters', 'Error 800705b4:', [['0x800705b4', 'bare-hex']]],
    ['bare hex after a hyphen', 'error-80180014', [['0x80180014', 'bare-hex']]],
    ['in parentheses, mixed case', '(Failed:3, 0x801C03EA).', [['0x801c03ea', 'hex']]],
    ['signed decimal HRESULT as logs print it', 'hr = -2145910764', [['0x80180014', 'signed-decimal']]],
    ['unsigned decimal', 'Result: 2149056532', [['0x80180014', 'unsigned-decimal']]],
    ['a decimal that ends a sentence', 'Enrollment returns -2145910764. Then 2149056532.', [['0x80180014', 'signed-decimal']]],
    ['doc typo: 7 hex digits', 'Error 0x801c003: "…"', [['0x801c003', 'malformed']]],
    ['doc typo: 9 hex digits', 'Win32 Error code: 0x80180002b)', [['0x80180002b', 'malformed']]],
    ['a digit missing, no 0x, a hex letter', 'foutcode 801800a bij inschrijven; erreur 801c003', [['0x801800a', 'malformed'], ['0x801c003', 'malformed']]],
    ['symbolic, any case', 'DEVICECAPREACHED and oobeidps', [['DeviceCapReached', 'symbolic'], ['OOBEIDPS', 'symbolic']]],
    ['symbolic MENROLL name', 'MENROLL_E_DEVICENOTSUPPORTED', [['MENROLL_E_DEVICENOTSUPPORTED', 'symbolic']]],
    ['duplicates once, first form wins', '0x80180014 80180014 -2145910764', [['0x80180014', 'hex']]],
    ['short hex is padded', 'DiagnosticCode 0x00000800', [['0x00000800', 'hex']]],
    ['Entra sign-in error, any case', 'AADSTS50126: Error validating credentials; aadsts700016', [['AADSTS50126', 'aadsts'], ['AADSTS700016', 'aadsts']]],
    ['a symbolic name scanned with 1 for I or L and 0 for O', 'OOBE1DPS; MENR0LL_E_DEVICENOTSUPPORTED; Devicecap1eached', [['OOBEIDPS', 'symbolic'], ['MENROLL_E_DEVICENOTSUPPORTED', 'symbolic']]],
    ['a page name ending in digits stays itself', 'OOBEAADV10', [['OOBEAADV10', 'oobe']]],
    ['hex scanned with O for 0 and I or l for 1', 'Error Ox80180014; erreur 0x80I8O026; code 0x801800l4', [['0x80180014', 'hex'], ['0x80180026', 'hex']]],
    ['bare hex retyped from a photo with O for 0, not a word', 'code 8O18OOO3; 8OOOOOOO; 8l8OOO14 and 8OOLL', [['0x80180003', 'bare-hex'], ['0x81800014', 'bare-hex']]],
    // Two real digits are enough after the 8: "8Ol8OOOa" is 8018000a, "8OOOOOOO" is still no code.
    ['bare hex retyped with O and l for most digits', 'error code 8Ol8OOOa; 8Ol8OOl3; 8OOOOOOO', [['0x8018000a', 'bare-hex'], ['0x80180013', 'bare-hex']]],
    ['a name scanned with 0 for its first O', '0OBEIDPS; ALl OK', [['OOBEIDPS', 'symbolic']]],
    ['a name in capitals scanned with l for its I', 'OOBElDPS', [['OOBEIDPS', 'symbolic']]],
    ['short hex values apart stay short', 'mask 0x8018 and 0x0014; flags 0x80 0x0000 0014', [['0x00008018', 'hex'], ['0x00000014', 'hex'], ['0x00000080', 'hex'], ['0x00000000', 'hex']]],
    // Without 0x only at a line break, after 5 or 6 digits: ports on two lines stay ports.
    ['bare hex cut by a line break', 'code d\'erreur 800707\n74; ports 8080\n8443 and 80 80\n12', [['0x80070774', 'bare-hex']]],
    ['hex split in two by a scan or a line break', 'error 0x8018 0014 then 0x801C03\nEA', [['0x80180014', 'hex'], ['0x801c03ea', 'hex']]],
    ['a Windows setup page in capitals, known or not', 'OOBEKEYBOARD, then OOBEIDPS; during OOBE, in the OOBEs', [['OOBEKEYBOARD', 'oobe'], ['OOBEIDPS', 'symbolic']]],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, function () {
      assert.deepEqual(findCodes(text, { symbols }).map((c) => [c.code, c.form]), expected);
    });
  }

  const none: [string, string][] = [
    ['a GUID is not a code', '{B16898C6-A148-4967-9171-64D755DA8520}'],
    ['a timestamp is not a code', '1700000000 2026-11-22T10:00:00'],
    ['a decimal that is not a failure HRESULT', '1234567890'],
    ['a decimal with a fraction or in a dotted number', '2149056532.5 and 10.2149056532 and 2149056532.0.1'],
    ['a word that looks like hex', 'deadbeef cafebabe'],
    ['a word after 0x or Ox that is not hex scanned', 'Oxidising 0xOOIlOOIl Oxford'],
    ['an event id', 'Event ID: 76'],
    ['a 7-digit number, or one not shaped like an HRESULT', 'ticket 8123456, case 8018026, serial 7f3a2b1'],
    ['an unknown identifier', 'SomethingElseEntirely'],
  ];
  for (const [name, text] of none) {
    it(`${name}: ${JSON.stringify(text)}`, function () {
      assert.deepEqual(findCodes(text, { symbols }), []);
    });
  }

  it('reads a numbered code only where the text says it is one', function () {
    const numbered = new Set(['806', '812', '813']);
    const found = (t: string) => findCodes(t, { numbered }).map((c) => [c.code, c.form]);
    assert.deepEqual(found('Autopilot import: error 806 on 12 rows, ZTD-812 on one, ztd813 on another'), [['806', 'numbered'], ['812', 'numbered'], ['813', 'numbered']]);
    assert.deepEqual(found('erreur : 806 ; foutcode 812'), [['806', 'numbered'], ['812', 'numbered']]);
    assert.deepEqual(found('we imported 806 devices, 812 of them new; error 807'), []);
    // Another number the text says is an error code is one we do not list; an HTTP status is a detail.
    assert.deepEqual(found('provide the error code 135011; MSI error 1603; fails with error 400'), [['135011', 'error-number'], ['1603', 'error-number']]);
    // Seven digits from 80 after an error lead: an HRESULT with a digit missing, for repair.
    assert.deepEqual(found('foutcode 8018026 bij het inschrijven, ticket 8123456'), [['0x8018026', 'malformed']]);
  });

  it('reads a long symbolic name typed with one letter missing, extra, wrong or two swapped', function () {
    const vocabulary = new Map([...symbols, ['accountnotonboarded', 'AccountNotOnboarded'], ['ztddevicenotfound', 'ZtdDeviceNotFound'], ['ztddevicenotbound', 'ZtdDeviceNotBound']]);
    const misspelt = new SymbolTypos(vocabulary);
    const found = (t: string) => findCodes(t, { symbols: vocabulary, misspelt }).map((c) => [c.code, c.form]);
    assert.deepEqual(found('devicecapreachd bij inschrijven'), [['DeviceCapReached', 'misspelt-symbolic']]);
    assert.deepEqual(found('AccountNotOnbaorded, then DeviceCapReachedd, then MENROLL_E_DEVICENOTSUPORTED'), [
      ['AccountNotOnboarded', 'misspelt-symbolic'],
      ['DeviceCapReached', 'misspelt-symbolic'],
      ['MENROLL_E_DEVICENOTSUPPORTED', 'misspelt-symbolic'],
    ]);
    // Spelled right, it is the name itself; a short name one letter off is another word
    // ("menroll" is too short); a word one letter from two names is neither.
    assert.deepEqual(found('DeviceCapReached Oobeidpz ztddevicenotxound'), [['DeviceCapReached', 'symbolic']]);
    // Two letters off is another word.
    assert.deepEqual(found('devicecapreachxx'), []);
    // Cut off before an ellipsis, as a screenshot or a memory leaves it: the one name it begins.
    assert.deepEqual(found('OOBEIDP.. (coupé) en dessous; CSV import: ZtdDeviceNotFo… on 5 rows'), [
      ['OOBEIDPS', 'misspelt-symbolic'],
      ['ZtdDeviceNotFound', 'misspelt-symbolic'],
    ]);
    // Not a beginning two names share, one too short, one with no ellipsis, nor a plain word.
    assert.deepEqual(found('ZtdDeviceNot... ZtdDev... ZtdDeviceNotFo on 5 rows; her Account… was fine'), []);
  });

  it('normalizeCode reads every form to 0x + 8 lower-case hex', function () {
    assert.equal(normalizeCode('0X8018000A'), '0x8018000a');
    assert.equal(normalizeCode('80180014'), '0x80180014');
    assert.equal(normalizeCode('-2145910764'), '0x80180014');
    assert.equal(normalizeCode('2149056532'), '0x80180014');
    assert.equal(normalizeCode('0x80180002b'), undefined);
    assert.equal(normalizeCode('99999999999'), undefined);
  });

  it('hexTranspositions swaps back two adjacent digits after the severity digit, in the facility too', function () {
    assert.deepEqual(hexTranspositions('80180041'), ['0x81080041', '0x80810041', '0x80108041', '0x80180401', '0x80180014']);
    assert.deepEqual(hexTranspositions('801C03AE'), ['0x810c03ae', '0x80c103ae', '0x8010c3ae', '0x801c30ae', '0x801c0a3e', '0x801c03ea']);
    assert.ok(hexTranspositions('8108002b').includes('0x8018002b'));
    assert.deepEqual(hexTranspositions('88888888'), []);
    assert.deepEqual(hexTranspositions('8018004'), []);
  });

  it('hexNeighbours repairs one digit missing, extra or wrong', function () {
    assert.ok(hexNeighbours('801c003').includes('0x801c0003'));
    assert.ok(hexNeighbours('80180002b').includes('0x8018002b'));
    assert.ok(hexNeighbours('80180015').includes('0x80180014'));
    assert.deepEqual(hexNeighbours('123'), []);
  });

  it('finds the one code in a 1 MB paste (speed is measured by npm run bench)', function () {
    const line = 'x'.repeat(60) + ' 0x80180014 ' + '-'.repeat(40) + '\n';
    const big = line.repeat(Math.ceil(1_048_576 / line.length));
    assert.deepEqual(findCodes(big).map((c) => c.code), ['0x80180014']);
  });
});
