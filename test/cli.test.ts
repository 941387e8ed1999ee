/**
 * The command line, as a user runs it: a child process per command, real stdin/stdout.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'src', 'cli', 'main.ts');

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('troubleshooter CLI', function () {
  this.timeout(120_000);

  it('ask "Erreur 0x80180014" prints the Windows-version entry with its steps in French', function () {
    const r = run(['ask', 'Erreur 0x80180014']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'Votre organisation ne prend pas en charge cette version de Windows.');
    assert.ok(lines.includes('  - L’inscription Windows MDM est désactivée dans votre locataire Intune.'));
    const steps = lines.filter((l) => /^ {2}\d\. /.test(l));
    assert.equal(steps.length, 3);
    assert.match(steps[0]!, /^ {2}1\. Dans le Centre d’administration/);
    assert.match(steps[2]!, /^ {2}3\. Cliquez sur Review \+ Save\./);
  });

  it('ask --locale nl-nl answers in Dutch', function () {
    const r = run(['ask', '0x8018000a', '--locale', 'nl-nl']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], 'Het apparaat is al ingeschreven.');
  });

  it('classify --jsonl writes one line per input in the documented shape, errors included', function () {
    const input = [
      JSON.stringify({ id: 'a', text: '0x801c0003' }),
      JSON.stringify({ id: 'b', text: 'DeviceCapReached', locale: 'fr-FR' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'hello' }),
      '',
    ].join('\n');
    const r = run(['classify', '--jsonl'], input);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 4);
    assert.deepEqual(Object.keys(out[0]), ['id', 'language', 'decision', 'matches']);
    assert.equal(out[0].decision, 'ask');
    assert.deepEqual(Object.keys(out[0].matches[0]), ['entry', 'score', 'title', 'codes']);
    assert.deepEqual(out[0].matches.map((m: { codes: string[] }) => m.codes.includes('0x801c0003')), [true, true]);
    assert.equal(out[1].matches[0].entry, 'you-see-errors-while-trying-to-enroll-your-device-in-intune-ios/devicecapreached');
    assert.deepEqual(out[1].matches[0].codes, ['DeviceCapReached']);
    assert.equal(out[2].id, null);
    assert.match(out[2].error, /invalid JSON/);
    assert.deepEqual({ id: out[3].id, decision: out[3].decision, matches: out[3].matches }, { id: 'c', decision: 'none', matches: [] });
  });

  it('entries --json prints every rendition in the documented shape', function () {
    const r = run(['entries', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(list.length, 123);
    assert.deepEqual(Object.keys(list[0]!), ['id', 'locale', 'title', 'codes', 'causes', 'resolutions', 'text']);
    const nl = list.find((e) => e.id === 'troubleshoot-windows-enrollment-errors/the-device-is-already-enrolled' && e.locale === 'nl-nl') as any;
    assert.deepEqual(nl.codes, ['0x8018000a']);
    assert.equal(nl.resolutions[1].title, 'Configuration Manager-client verwijderen');
    assert.ok(!nl.text.includes('**'));
  });

  it('check validates the knowledge folder and exits 0 without errors', function () {
    const r = run(['check']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /41 entries, 0 errors, \d+ warnings/);
    assert.match(r.stdout, /code-typo/);
  });

  it('reads the thresholds from classifier.json in the knowledge folder; check reports a bad one', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
    try {
      for (const name of fs.readdirSync(path.join(ROOT, 'knowledge'))) fs.symlinkSync(path.join(ROOT, 'knowledge', name), path.join(dir, name));
      const paste = JSON.stringify({ id: 'p', text: 'bypass activation lock greyed out on a supervised iPad' }) + '\n';
      const decision = () => JSON.parse(run(['classify', '--jsonl', '--knowledge', dir], paste).stdout).decision;
      assert.equal(decision(), 'answer');
      fs.writeFileSync(path.join(dir, 'classifier.json'), JSON.stringify({ answerScore: 0.99, askScore: 0.99 }));
      assert.equal(decision(), 'none');
      fs.writeFileSync(path.join(dir, 'classifier.json'), JSON.stringify({ answerScore: 0.2, treshold: 1 }));
      const bad = run(['check', '--knowledge', dir]);
      assert.equal(bad.status, 1);
      assert.match(bad.stdout, /classifier\.json: unknown threshold "treshold"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check exits 1 on a knowledge folder with errors, usage errors exit 2', function () {
    const r = run(['check', '--knowledge', path.join(ROOT, 'test')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no knowledge documents/);
    assert.equal(run(['frobnicate']).status, 2);
    assert.equal(run(['ask']).status, 2);
    assert.equal(run(['ask', 'x', '--locale', 'de-de']).status, 2);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /classify --jsonl/);
  });
});
