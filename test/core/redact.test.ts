import assert from 'node:assert/strict';
import { redact, redactedStart } from '../../src/core/redact';

describe('redact', function () {
  const cases: [string, string][] = [
    ['user joe@contoso.local cannot enroll', 'user [email] cannot enroll'],
    ['UPN: Jane.Doe@fabrikam.onmicrosoft.com', 'UPN: [email]'],
    ['DeviceId {B16898C6-A148-4967-9171-64D755DA8520} failed', 'DeviceId [guid] failed'],
    ['Serial number: 5CG1234XYZ', 'Serial number: [serial]'],
    ['numéro de série PF2ABCDE', 'numéro de série [serial]'],
    ['laptop 5CG9876ABC wont enroll', 'laptop [serial] wont enroll'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(redact(input), expected));

  it('keeps error codes, words and numbers', function () {
    for (const t of ['Error 0x80180014', 'code 8018000A on Windows 10 build 1809', 'MENROLL_E_DEVICECAPREACHED', 'AADSTS50126']) assert.equal(redact(t), t);
  });

  it('keeps the start of a long paste, redacted, never part of an address and never over the limit', function () {
    // An address across the first cut is dropped whole, not kept as "jane.doe@co".
    const straddling = 'x x x jane.doe@contoso.com and more text after it';
    assert.equal(redact(straddling.slice(0, 12)), 'x x x jane.d', 'cutting first would keep part of it');
    const start = redactedStart(straddling, 12);
    assert.ok(start.length <= 12 && !/jane|doe|@/.test(start), start);
    // Redaction lengthens "S/N ABCDE" to "S/N [serial]": the result is still cut to the limit.
    const serials = 'Serial number: ABCDE '.repeat(400);
    const cut = redactedStart(serials, 4000);
    assert.equal(cut.length, 4000);
    assert.ok(!cut.includes('ABCDE'));
    // A short paste is only redacted.
    assert.equal(redactedStart('mail joe@contoso.local', 4000), 'mail [email]');
  });
});
