import assert from 'node:assert/strict';
import { redact } from '../../src/core/redact';

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
});
