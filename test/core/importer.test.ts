/**
 * The importer against the real documents: every section/row of every document in every locale
 * becomes an entry, with every numbered step in order, counted by an independent line-based
 * reading of the files; and one case per quirk of the sources.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportResult } from '../../src/core/knowledge/importer';
import type { Rendition } from '../../src/core/knowledge/model';
import { toPlainText } from '../../src/core/knowledge/model';
import { LOCALES, type Locale } from '../../src/core/locale';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge-loader';

const DIR = DEFAULT_KNOWLEDGE_DIR;
const WIN = 'troubleshoot-windows-enrollment-errors';
const ACTIONS = 'troubleshoot-device-actions';
const IOS = 'you-see-errors-while-trying-to-enroll-your-device-in-intune-ios';
const MMD = 'register-devices-self';

function read(locale: Locale, doc: string): string {
  return fs.readFileSync(path.join(DIR, locale, `${doc}.md`), 'utf8');
}
function imp(locale: Locale, doc: string): ImportResult {
  return importDocument(read(locale, doc), { file: `${locale}/${doc}.md`, locale });
}
function entry(locale: Locale, doc: string, anchor: string): Rendition {
  const e = imp(locale, doc).entries.find((x) => x.id === `${doc}/${anchor}`);
  assert.ok(e, `${locale} ${doc}/${anchor} not found`);
  return e.rendition;
}
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');

/** Body lines of the `##` section whose heading line matches `h2`, up to the next `## `. */
function sectionLines(md: string, h2: RegExp): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /^## /.test(l) && h2.test(l));
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('importer: every unit of every document', function () {
  const counts = {
    [WIN]: (md: string) => sectionLines(md, /error-messages|Error messages/).filter((l) => /^### /.test(l)).length,
    [ACTIONS]: (md: string) => {
      const body = md.split('\n');
      const next = body.findIndex((l) => /^## .*(next-steps|Next steps)/.test(l));
      return body.slice(0, next).filter((l) => /^### /.test(l)).length;
    },
    [IOS]: (md: string) => md.split('\n').filter((l) => /^\|/.test(l)).length - 2,
    [MMD]: (md: string) => {
      const lines = md.split('\n');
      const at = lines.findIndex((l) => /troubleshooting-device-registration|#### Troubleshooting device registration/.test(l) && /^#### /.test(l));
      let n = 0;
      for (let i = at + 1; i < lines.length && !/^#/.test(lines[i]!); i++) if (/^\|/.test(lines[i]!)) n++;
      return n - 2;
    },
  };
  for (const locale of LOCALES) {
    for (const [doc, count] of Object.entries(counts)) {
      it(`${locale} ${doc}: one entry per unit, no errors`, function () {
        const r = imp(locale, doc);
        assert.equal(r.entries.length, count(read(locale, doc)));
        assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
      });
    }
    it(`${locale} ${WIN}: every numbered step of every section is a step, in order`, function () {
      const md = read(locale, WIN).split('\n');
      const r = imp(locale, WIN);
      let checked = 0;
      for (const e of r.entries) {
        const start = e.rendition.line - 1;
        const end = md.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
        const numbered = md.slice(start, end).filter((l) => /^\s*\d+\.\s/.test(l));
        const steps = fold(e.rendition.resolutions.flatMap((res) => res.steps.map((s) => toPlainText(s.text))).join(' '));
        let at = -1;
        for (const l of numbered) {
          const key = fold(l.replace(/^\s*\d+\.\s*/, '').replace(/\]\([^)]*\)/g, ']')).slice(0, 25);
          const found = steps.indexOf(key, at + 1);
          assert.ok(found > at, `${e.id}: step "${l.trim().slice(0, 50)}" missing or out of order`);
          at = found;
          checked++;
        }
      }
      assert.ok(checked >= 45, `only ${checked} numbered steps checked`);
    });
  }

  it('gives every entry the same id in every locale (41 entries, each in en-us, fr-fr and nl-nl)', function () {
    const kb = loadKnowledge();
    assert.equal(kb.entries().length, 41);
    for (const e of kb.entries()) assert.deepEqual(Object.keys(e.renditions).sort(), ['en-us', 'fr-fr', 'nl-nl'], e.id);
    assert.deepEqual(kb.diagnostics.filter((d) => d.rule === 'row-misaligned'), []);
  });

  it('derives the English anchors from headings exactly as the localized files write them', function () {
    const en = imp('en-us', ACTIONS).entries.map((e) => e.id);
    const fr = imp('fr-fr', ACTIONS).entries.map((e) => e.id);
    assert.deepEqual(en, fr);
    assert.ok(en.includes(`${ACTIONS}/how-do-i-tell-who-started-a-retirewipe`));
    assert.ok(imp('en-us', WIN).entries.some((e) => e.id === `${WIN}/registering-your-device-for-mobile-management-failed3-0x801c03ea`));
  });
});

describe('importer: quirks of the sources', function () {
  it('reads the localized cause labels **Cause:**, **Cause :** and **Oorzaak:**', function () {
    assert.deepEqual(entry('en-us', WIN, 'your-organization-does-not-support-this-version-of-windows').causes, ['Windows MDM enrollment is disabled in your Intune tenant.']);
    assert.deepEqual(entry('fr-fr', WIN, 'your-organization-does-not-support-this-version-of-windows').causes, ['L’inscription Windows MDM est désactivée dans votre locataire Intune.']);
    assert.deepEqual(entry('nl-nl', WIN, 'your-organization-does-not-support-this-version-of-windows').causes, ['Windows MDM-inschrijving is uitgeschakeld in uw intune-Tenant.']);
    for (const locale of LOCALES) {
      const r = imp(locale, WIN);
      assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'no-cause'), [], locale);
    }
  });

  it('repairs the typo 0x801c003 to 0x801c0003 and reports it with its place', function () {
    const r = imp('fr-fr', WIN);
    const e = r.entries.find((x) => x.id.endsWith('/this-user-is-not-authorized-to-enroll'))!;
    assert.deepEqual([...e.rendition.codes].sort(), ['0x80180003', '0x801c0003']);
    const d = r.diagnostics.find((x) => x.rule === 'code-typo' && x.message.includes('0x801c003'));
    assert.ok(d);
    assert.equal(d.file, 'fr-fr/troubleshoot-windows-enrollment-errors.md');
    assert.equal(d.line, 48);
  });

  it('repairs the typo 0x80180002b (in an Event Viewer log) to 0x8018002b', function () {
    assert.deepEqual(entry('en-us', WIN, 'auto-mdm-enroll-failed').codes, ['0x8018002b']);
  });

  it('keeps the same code under two sections (0x801c0003, 0x80cf4017)', function () {
    const kb = loadKnowledge();
    assert.deepEqual([...kb.byCode('0x801c0003')].sort(), [`${WIN}/this-user-is-not-allowed-to-enroll`, `${WIN}/this-user-is-not-authorized-to-enroll`]);
    assert.deepEqual([...kb.byCode('0x80cf4017')].sort(), [`${WIN}/the-account-certificate-is-not-valid-and-may-be-expired`, `${WIN}/the-software-cannot-be-installed`]);
  });

  it('reads bare codes in headings and messages: 80180026, 800705b4, Error Code 80070774, OOBEIDPS', function () {
    assert.deepEqual(entry('en-us', WIN, 'something-went-wrong').codes, ['0x80180026']);
    assert.deepEqual(entry('nl-nl', WIN, 'securing-your-hardware-failed-0x800705b4').codes, ['0x800705b4']);
    assert.deepEqual(entry('fr-fr', WIN, 'something-went-wrong-error-code-80070774').codes, ['0x80070774']);
    assert.deepEqual(entry('fr-fr', WIN, 'something-went-wrong-oobeidps').codes, ['OOBEIDPS']);
  });

  it('turns each ##### option into a titled resolution with its steps', function () {
    const r = entry('en-us', WIN, 'this-user-is-not-authorized-to-enroll');
    assert.deepEqual(r.resolutions.map((x) => x.title), ['Remove devices that were enrolled', 'Increase the device enrollment limit', 'Check device type restrictions', 'Upgrade Windows 10 Home']);
    assert.equal(r.resolutions[0]!.steps.length, 4);
  });

  it('keeps notes with the step they belong to, and a note before the first step with that step', function () {
    const r = entry('en-us', WIN, 'this-user-is-not-authorized-to-enroll');
    const check = r.resolutions[2]!;
    assert.match(check.steps[2]!.notes[0]!, /^\*\*Important\*\*: If the current setting is already \*\*Allow\*\*/);
    assert.deepEqual(check.steps[3]!.notes, []);
    const increase = r.resolutions[1]!;
    assert.match(increase.steps[0]!.notes[0]!, /^\*\*Note\*\*: This method increases the device enrollment limit for all users/);
    assert.match(entry('fr-fr', WIN, 'this-user-is-not-authorized-to-enroll').resolutions[1]!.steps[0]!.notes[0]!, /^\*\*Remarque\*\* : Cette méthode/);
  });

  it('keeps code blocks with their step', function () {
    const r = entry('en-us', WIN, 'auto-mdm-enroll-failed');
    const upn = r.resolutions[0]!;
    assert.equal(upn.title, 'If the UPN contains an unverified or non-routable domain, follow these steps:');
    assert.deepEqual(upn.steps[2]!.code, ['Import-Module ADSync\nStart-ADSyncSyncCycle -PolicyType Delta']);
    assert.equal(r.resolutions[1]!.title, 'If MDM user scope is set to None, follow these steps:');
  });

  it('keeps the "Second resolution" heading as its own resolution', function () {
    const r = entry('en-us', WIN, 'something-went-wrong-error-code-80070774');
    assert.equal(r.resolutions.length, 2);
    assert.equal(r.resolutions[1]!.title, 'Second resolution');
    assert.equal(r.resolutions[1]!.steps.filter((s) => s.code.length).length, 1);
  });

  it('keeps the nl-nl-only resolution remove-the-configuration-manager-client (older English revision)', function () {
    const nl = entry('nl-nl', WIN, 'the-device-is-already-enrolled');
    assert.deepEqual(nl.resolutions.map((r) => r.title), ['Het andere werk-of school account verwijderen', 'Configuration Manager-client verwijderen']);
    assert.equal(entry('en-us', WIN, 'the-device-is-already-enrolled').resolutions.length, 1);
    // …and the hybrid-MDM steps for 0x80180014 that only the nl-nl file has, as a second resolution.
    assert.equal(entry('nl-nl', WIN, 'your-organization-does-not-support-this-version-of-windows').resolutions.length, 2);
  });

  it('keeps the prerequisites checklist of the Windows doc', function () {
    const r = imp('nl-nl', WIN);
    assert.equal(r.document.prerequisites.length, 10);
    assert.equal(imp('en-us', WIN).document.prerequisites[2], 'What is the exact error message?');
  });

  it('turns each device-action question into an entry whose answer is the resolution', function () {
    const r = entry('en-us', ACTIONS, 'why-do-i-get-a-not-supported-message-when-i-issue-a-passcode-reset-to-my-android-80-or-later-work-profile-enrolled-device');
    assert.equal(r.resolutions.length, 1);
    assert.equal(r.resolutions[0]!.title, 'Because the Reset Token hasn\'t been activated on the device. To activate the Reset Token:');
    // "After these steps are complete, …" follows item 3 without a blank line: markdown makes it part of that item.
    assert.equal(r.resolutions[0]!.steps.length, 3);
    assert.match(r.resolutions[0]!.steps[2]!.text, /allow passcode reset\.\nAfter these steps are complete/);
  });

  it('turns each iOS table row into an entry: code, the problem as the user sees it, the admin information', function () {
    const r = entry('fr-fr', IOS, 'devicecapreached');
    assert.equal(r.title, 'DeviceCapReached');
    assert.deepEqual(r.causes, ['Vous avez trop d’appareils mobiles déjà inscrits.']);
    assert.equal(r.resolutions[0]!.title, 'Informations à communiquer à votre administrateur informatique');
    assert.match(r.resolutions[0]!.steps[0]!.text, /^L’utilisateur doit supprimer un de ses appareils/);
  });

  it('<br /> in a table cell separates paragraphs', function () {
    const r = entry('en-us', IOS, 'userlicensetypeinvalid');
    assert.equal(r.resolutions[0]!.steps.length, 3);
    assert.equal(r.resolutions[0]!.steps[1]!.text, 'Review the following for more information:');
  });

  it('gives AccountNotOnboarded the code its text tells users to report (APNSNotOnboarded) too', function () {
    assert.deepEqual(entry('en-us', IOS, 'accountnotonboarded').codes, ['AccountNotOnboarded', 'APNSNotOnboarded']);
  });

  it('strips the hidden sxs-lookup English from the bilingual register-devices-self files', function () {
    const fr = entry('fr-fr', MMD, 'hardware-hash-not-valid');
    assert.equal(fr.title, 'Hachage matériel non valide');
    const all = JSON.stringify(fr);
    assert.ok(!all.includes('hardware hash'), all);
    assert.ok(!all.includes('span'), all);
    assert.deepEqual(fr.causes, ['Le hachage matériel que vous avez fourni pour cet appareil n’a pas été mis en forme correctement.']);
    assert.deepEqual(fr.resolutions[0]!.steps.map((s) => s.text), ['Vérifiez à nouveau le hachage matériel, puis resoumettre.']);
    assert.equal(entry('nl-nl', MMD, 'device-claimed-by-another-organization').title, 'Apparaat dat door een andere organisatie is geclaimd');
  });

  it('keeps a placeholder written like a tag (<requestId>) as text', function () {
    assert.match(entry('en-us', MMD, 'unexpected-error').resolutions[0]!.steps[0]!.text, /Request ID: <requestId>$/);
  });

  it('gives each rendition its source file, learn.microsoft.com URL with anchor, and ms.date', function () {
    const r = entry('nl-nl', ACTIONS, 'how-do-i-tell-who-started-a-retirewipe');
    assert.equal(r.file, 'nl-nl/troubleshoot-device-actions.md');
    assert.equal(r.url, 'https://learn.microsoft.com/nl-nl/mem/intune/remote-actions/troubleshoot-device-actions#how-do-i-tell-who-started-a-retirewipe');
    assert.equal(r.date, '2019-08-02');
  });
});

describe('importer: diagnostics', function () {
  const doc = `---\nms.date: 01/02/2020\n---\n# T\n\n## Error messages\n\nStray paragraph.\n\n### Broken section\n\nJust words, no cause, no resolution.\n\n### Good one\n\nError 0x80180014: "x"\n\n**Cause:** c\n\n#### Resolution\n1. do it\n`;

  it('reports a section it cannot understand with file:line, and keeps the good ones', function () {
    const r = importDocument(doc, { file: 'en-us/troubleshoot-windows-enrollment-errors.md', locale: 'en-us' });
    assert.deepEqual(r.entries.map((e) => e.id), [`${WIN}/broken-section`, `${WIN}/good-one`]);
    const where = r.diagnostics.map((d) => `${d.line}:${d.rule}`);
    assert.deepEqual(where, ['8:unplaced-content', '10:no-cause', '10:no-resolution']);
  });

  it('refuses a document it has no layout for', function () {
    const r = importDocument('# Hello', { file: 'en-us/other.md', locale: 'en-us' });
    assert.equal(r.entries.length, 0);
    assert.equal(r.diagnostics[0]!.severity, 'error');
    assert.equal(r.diagnostics[0]!.rule, 'unknown-document');
  });

  it('reports broken front matter instead of throwing', function () {
    const r = importDocument('---\ntitle: [unclosed\n---\n# x', { file: 'en-us/troubleshoot-device-actions.md', locale: 'en-us' });
    assert.equal(r.diagnostics[0]!.rule, 'front-matter');
  });
});
