/**
 * The Teams app package in manifest/: the manifest and its localization files validate against the
 * schemas bundled in @microsoft/app-manifest (offline: never ManifestUtil.validateManifest, which
 * fetches the $schema URL), the icons have Teams' sizes and the outline icon is white on
 * transparent, every command the manifest offers is one the bot's routes take, and
 * scripts/package-manifest.mjs zips exactly those files with the bot id it is given.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ManifestUtil } from '@microsoft/app-manifest';
import { plainTextOfMessage } from '../src/bot/activity-text';
import { CANCEL, HELP, LANGUAGE, SET_HELPDESK, type Route } from '../src/bot/routes';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'manifest');
const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';

interface Command {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  accentColor: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean; commandLists: CommandList[] }[];
  validDomains: string[];
}
type Localization = Record<string, string>;

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as T;
const manifest = readJson<Manifest>('manifest.json');
const bot = manifest.bots[0]!;
const localizations = manifest.localizationInfo.additionalLanguages.map((l) => ({ ...l, strings: readJson<Localization>(l.file) }));

// ---------------------------------------------------------------------------------------------
// Schemas

type Validate = typeof ManifestUtil.validateManifestAgainstSchema;
/** ManifestUtil.validateManifestAgainstSchema on any document (its types expect a manifest). */
const validate = (doc: unknown, schema: unknown): Promise<string[]> =>
  ManifestUtil.validateManifestAgainstSchema(doc as Parameters<Validate>[0], schema as Parameters<Validate>[1]);

const schemaDir = `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}`;


// ---------------------------------------------------------------------------------------------
// PNG reading: chunks, IHDR, and full decoding of 8-bit non-interlaced images (all five filters).

interface Png {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  rgba: Buffer;
}

function pngChunks(buf: Buffer): { type: string; data: Buffer }[] {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let off = 8; off < buf.length; ) {
    const len = buf.readUInt32BE(off);
    chunks.push({ type: buf.toString('latin1', off + 4, off + 8), data: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
  }
  return chunks;
}

function pngSize(buf: Buffer): { width: number; height: number } {
  const ihdr = pngChunks(buf)[0]!;
  assert.equal(ihdr.type, 'IHDR', 'IHDR comes first');
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4) };
}

function decodePng(buf: Buffer): Png {
  const chunks = pngChunks(buf);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  assert.equal(depth, 8, 'this decoder reads 8-bit images');
  assert.equal(interlace, 0, 'this decoder reads non-interlaced images');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType!];
  assert.ok(channels, `colour type ${colorType}`);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const trns = chunks.find((c) => c.type === 'tRNS')?.data;
  const raw = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  assert.equal(raw.length, (stride + 1) * height, 'inflated IDAT size');
  const pix = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pix[y * stride + x - channels]! : 0;
      const b = y > 0 ? pix[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pix[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      assert.ok(pred !== undefined, `filter type ${filter}`);
      pix[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = pix.subarray(i * channels, (i + 1) * channels);
    let px: number[];
    if (colorType === 6) px = [...s];
    else if (colorType === 2) px = [s[0]!, s[1]!, s[2]!, trns && trns.readUInt16BE(0) === s[0] && trns.readUInt16BE(2) === s[1] && trns.readUInt16BE(4) === s[2] ? 0 : 255];
    else if (colorType === 4) px = [s[0]!, s[0]!, s[0]!, s[1]!];
    else if (colorType === 0) px = [s[0]!, s[0]!, s[0]!, trns && trns.readUInt16BE(0) === s[0] ? 0 : 255];
    else px = [palette![s[0]! * 3]!, palette![s[0]! * 3 + 1]!, palette![s[0]! * 3 + 2]!, trns?.[s[0]!] ?? 255];
    rgba.set(px, i * 4);
  }
  return { width, height, rgba };
}

// ---------------------------------------------------------------------------------------------
// ZIP reading (central directory; stored or deflated entries), for the package test.

function unzip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  const files = new Map<string, Buffer>();
  for (let i = 0, off = buf.readUInt32LE(eocd + 16); i < count; i++) {
    assert.equal(buf.readUInt32LE(off), 0x02014b50, 'central directory header');
    const method = buf.readUInt16LE(off + 10);
    const crc = buf.readUInt32LE(off + 16);
    const size = buf.readUInt32LE(off + 20);
    const nameLen = buf.readUInt16LE(off + 28);
    const skip = nameLen + buf.readUInt16LE(off + 30) + buf.readUInt16LE(off + 32);
    const name = buf.toString('utf8', off + 46, off + 46 + nameLen);
    const local = buf.readUInt32LE(off + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? zlib.inflateRawSync(body) : body;
    assert.equal(zlib.crc32(data), crc, `CRC of ${name}`);
    files.set(name, data);
    off += 46 + skip;
  }
  return files;
}

// ---------------------------------------------------------------------------------------------

/** The routes in the order TeamsBot tries them (src/bot/teams-bot.ts). */
const ROUTES: Route<unknown>[] = [CANCEL, HELP, LANGUAGE, SET_HELPDESK];

/** The route that takes `text` as the bot would see it, and its argument. */
function routeOf(text: string): { name: string; arg: unknown } | undefined {
  for (const r of ROUTES) {
    const arg = r.select(text);
    if (arg !== undefined) return { name: r.name, arg };
  }
  return undefined;
}

/** Every command title and description with its localization key, e.g. bots[0].commandLists[1].commands[4].title. */
function commandStrings(): { key: string; value: string; list: CommandList; field: 'title' | 'description' }[] {
  return bot.commandLists.flatMap((list, i) =>
    list.commands.flatMap((c, j) =>
      (['title', 'description'] as const).map((field) => ({ key: `bots[0].commandLists[${i}].commands[${j}].${field}`, value: c[field], list, field })),
    ),
  );
}

describe('Teams app manifest (manifest/)', function () {
  describe('schemas bundled in @microsoft/app-manifest', function () {
    it('manifest.json validates against the schema of its manifestVersion with no errors', async function () {
      assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
      const schema: unknown = require(`${schemaDir}/MicrosoftTeams.schema.json`);
      assert.deepEqual(await validate(manifest, schema), []);
    });

    it('the schema catches a broken manifest (the validation is not vacuous)', async function () {
      const schema: unknown = require(`${schemaDir}/MicrosoftTeams.schema.json`);
      const broken: Partial<Manifest> = structuredClone(manifest);
      broken.bots![0]!.botId = '${{BOT_ID}}'; // Teams Toolkit-style placeholders do not pass the guid pattern
      delete broken.icons;
      const errors = await validate(broken, schema);
      assert.ok(errors.some((e) => e.startsWith('/bots/0/botId ')), errors.join('\n'));
      assert.ok(errors.some((e) => /icons/.test(e)), errors.join('\n'));
    });

    for (const { languageTag, file } of manifest.localizationInfo.additionalLanguages) {
      it(`${file} (${languageTag}) validates against the localization schema with no errors`, async function () {
        const strings = readJson<Localization>(file);
        assert.equal(strings['$schema'], `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
        // The bundled schema needs the fix the packaging script applies (a lone `]` in two keys).
        const { fixLocalizationSchema } = await import('../scripts/package-manifest.mjs');
        const schema = fixLocalizationSchema(require(`${schemaDir}/MicrosoftTeams.Localization.schema.json`) as { patternProperties?: Record<string, unknown> });
        assert.deepEqual(await validate(strings, schema), []);
        assert.notDeepEqual(await validate({ ...strings, 'bots[0].commandLists[0].commands[0].tilte': 'x' }, schema), [], 'a misspelt key is an error');
      });
    }
  });

  describe('content', function () {
    it('is a bot in personal, team and group chat scopes, answering messages, without files; placeholders as documented', function () {
      assert.equal(manifest.bots.length, 1);
      assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
      assert.equal(bot.supportsFiles, false);
      assert.equal(bot.isNotificationOnly, false);
      assert.equal(bot.botId, PLACEHOLDER_BOT_ID, 'the bot id is set at packaging time from MicrosoftAppId (manifest/README.md)');
      assert.notEqual(manifest.id, PLACEHOLDER_BOT_ID, 'the app id is the app’s own, stable GUID');
      assert.deepEqual(manifest.validDomains, []);
    });

    it('localizationInfo: en-us by default, fr-fr and nl-nl in files that exist', function () {
      assert.equal(manifest.localizationInfo.defaultLanguageTag, 'en-us');
      assert.deepEqual(manifest.localizationInfo.additionalLanguages, [
        { languageTag: 'fr-fr', file: 'fr-fr.json' },
        { languageTag: 'nl-nl', file: 'nl-nl.json' },
      ]);
    });

    it('each localization file translates every command, and names only commands the manifest has', function () {
      const expected = ['$schema', 'name.short', 'name.full', 'description.short', 'description.full', ...commandStrings().map((s) => s.key)].sort();
      for (const { file, strings } of localizations) {
        assert.deepEqual(Object.keys(strings).sort(), expected, file);
        for (const [key, value] of Object.entries(strings)) assert.ok(value.trim().length > 0, `${file}: ${key} is empty`);
      }
    });

    it('command titles and descriptions fit the documented limits (32 and 128 characters)', function () {
      // The schema allows 128 / 4000; Teams' manifest documentation gives 32 / 128 for bot commands.
      const all = [{ file: 'manifest.json', strings: Object.fromEntries(commandStrings().map((s) => [s.key, s.value])) }, ...localizations];
      for (const { file, strings } of all) {
        for (const [key, value] of Object.entries(strings)) {
          if (key.endsWith('.title')) assert.ok(value.length <= 32, `${file}: ${key} "${value}" is longer than 32`);
          if (key.startsWith('bots[') && key.endsWith('.description')) assert.ok(value.length <= 128, `${file}: ${key} is longer than 128`);
        }
      }
    });
  });

  describe('commands match the bot’s routes (src/bot/routes.ts)', function () {
    it('one command list per scope of the bot', function () {
      const scopes = bot.commandLists.flatMap((l) => l.scopes);
      assert.deepEqual([...scopes].sort(), [...bot.scopes].sort());
      assert.equal(new Set(scopes).size, scopes.length, 'a scope is in one list only');
    });

    it('every command title, in English, French and Dutch, is selected by a route, the same one in every language', function () {
      for (const { key, value, list, field } of commandStrings()) {
        if (field !== 'title') continue;
        const route = routeOf(value);
        assert.ok(route, `manifest.json: "${value}" (${key}) is taken by no route: the bot would treat it as a paste`);
        // In a channel or group chat, Teams sends the command after the bot's @mention.
        if (!list.scopes.includes('personal')) assert.deepEqual(routeOf(plainTextOfMessage(`<at>Troubleshooter</at> ${value}`)), route, key);
        for (const { file, strings } of localizations) {
          const translated = strings[key]!;
          assert.deepEqual(routeOf(translated), route, `${file}: "${translated}" (${key}) must do what "${value}" does`);
        }
      }
    });

    it('each scope offers help, language en|fr|nl and cancel; set helpdesk only in team, where it works', function () {
      for (const list of bot.commandLists) {
        const offered = list.commands.map((c) => routeOf(c.title)!);
        const names = offered.map((r) => (r.name === 'language' ? `language ${String(r.arg)}` : r.name));
        const expected = ['help', 'language en', 'language fr', 'language nl', ...(list.scopes.includes('team') ? ['set-helpdesk'] : []), 'cancel'];
        assert.deepEqual(names, expected, `commands for ${list.scopes.join(', ')}`);
      }
    });

    it('every route of the bot is offered somewhere', function () {
      const offered = new Set(bot.commandLists.flatMap((l) => l.commands.map((c) => routeOf(c.title)!.name)));
      assert.deepEqual([...offered].sort(), ROUTES.map((r) => r.name).sort());
    });
  });

  describe('icons', function () {
    it('color.png is 192×192, opaque, on the accent colour; outline.png is 32×32', function () {
      assert.deepEqual(pngSize(fs.readFileSync(path.join(DIR, manifest.icons.color))), { width: 192, height: 192 });
      assert.deepEqual(pngSize(fs.readFileSync(path.join(DIR, manifest.icons.outline))), { width: 32, height: 32 });
      const color = decodePng(fs.readFileSync(path.join(DIR, manifest.icons.color)));
      for (let i = 3; i < color.rgba.length; i += 4) assert.equal(color.rgba[i], 255, 'the colour icon has a full-bleed background');
      const corner = `#${color.rgba.subarray(0, 3).toString('hex')}`;
      assert.equal(corner, manifest.accentColor.toLowerCase(), 'the background is the manifest’s accentColor');
    });

    it('outline.png has only white or fully transparent pixels, and draws something', function () {
      const { width, height, rgba } = decodePng(fs.readFileSync(path.join(DIR, manifest.icons.outline)));
      let drawn = 0;
      for (let i = 0; i < width * height; i++) {
        const [r, g, b, a] = rgba.subarray(i * 4, i * 4 + 4);
        if (a === 0) continue;
        assert.deepEqual([r, g, b], [255, 255, 255], `pixel (${i % width}, ${Math.floor(i / width)}) is neither white nor transparent`);
        if (a === 255) drawn++;
      }
      assert.ok(drawn > width * height * 0.2, `only ${drawn} opaque white pixels`);
    });

    it('scripts/make-icons.mjs draws the committed icons, pixel for pixel', function () {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
      try {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.mjs'), out], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        // Pixels, not bytes: another zlib build may compress the same pixels differently.
        for (const name of ['color.png', 'outline.png']) {
          assert.deepEqual(decodePng(fs.readFileSync(path.join(out, name))), decodePng(fs.readFileSync(path.join(DIR, name))), `${name} is stale: run node scripts/make-icons.mjs`);
        }
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  });

  describe('scripts/package-manifest.mjs', function () {
    it('zips the manifest with MicrosoftAppId as bot id, the localization files and both icons', function () {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-app-'));
      try {
        const zipFile = path.join(out, 'teams-app.zip');
        const appId = '11111111-2222-3333-4444-555555555555';
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-manifest.mjs'), zipFile], {
          encoding: 'utf8',
          env: { ...process.env, MicrosoftAppId: appId },
        });
        assert.equal(r.status, 0, r.stderr);
        const files = unzip(fs.readFileSync(zipFile));
        assert.deepEqual([...files.keys()], ['manifest.json', 'fr-fr.json', 'nl-nl.json', 'color.png', 'outline.png']);
        const packaged = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
        assert.equal(packaged.bots[0]!.botId, appId);
        assert.deepEqual({ ...packaged, bots: [] }, { ...manifest, bots: [] }, 'only the bot id changes');
        for (const name of ['fr-fr.json', 'nl-nl.json', 'color.png', 'outline.png']) assert.ok(files.get(name)!.equals(fs.readFileSync(path.join(DIR, name))), name);

        const bad = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-manifest.mjs'), zipFile], {
          encoding: 'utf8',
          env: { ...process.env, MicrosoftAppId: 'not-a-guid' },
        });
        assert.equal(bad.status, 1);
        assert.match(bad.stderr, /MicrosoftAppId is not a GUID/);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  });
});
