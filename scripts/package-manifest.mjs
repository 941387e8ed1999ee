#!/usr/bin/env node
/**
 * Builds the Teams app package, dist/teams-app.zip: manifest/manifest.json with the bot id set to
 * MicrosoftAppId, the localization files and the two icons it names, flat at the zip's root.
 * Node only: a minimal ZIP writer (deflate via node:zlib), no zip binary, no dependency.
 *
 *   MicrosoftAppId=<guid> node scripts/package-manifest.mjs [out.zip]
 *
 * `.env` is read when present (like `npm start`); a variable already set in the environment wins.
 * Without MicrosoftAppId the placeholder bot id (all zeros) stays and a warning is printed: such a
 * package validates but Teams cannot reach the bot. When the devDependency @microsoft/app-manifest
 * is installed, the final manifest and the localization files are validated against the schemas
 * it bundles (offline) and any error stops the build.
 *
 * The archive is reproducible: fixed entry order and timestamps (SOURCE_DATE_EPOCH when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST_DIR = path.join(ROOT, 'manifest');
const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

function fail(message) {
  process.stderr.write(`package-manifest: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// ZIP writer (PKWARE APPNOTE 4.3.7, no ZIP64, no encryption; deflate or store per entry).


/** MS-DOS date and time of `date` (UTC, 2-second resolution, 1980 at the earliest). */
function dosDateTime(date) {
  const y = Math.max(date.getUTCFullYear(), 1980);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((y - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** A ZIP archive of `entries` ({ name, data }) as one Buffer. */
export function zip(entries, mtime = new Date(Date.UTC(1980, 0, 1))) {
  const { time, date } = dosDateTime(mtime);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = zlib.crc32(data); // CRC-32 (ISO 3309), as PNG and ZIP use it
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800; // bit 11: the name is UTF-8

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract (2.0: deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // uncompressed size
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, nameBuf, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by (2.0, MS-DOS attributes)
    central.writeUInt16LE(20, 6); // version needed to extract
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    // extra length, comment length, disk number, internal attributes, external attributes: 0
    central.writeUInt32LE(offset, 42); // offset of the local header
    centrals.push(central, nameBuf);

    offset += local.length + nameBuf.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16); // offset of the central directory
  return Buffer.concat([...locals, centralDir, end]);
}

// ---------------------------------------------------------------------------------------------
// Validation against the schemas bundled in @microsoft/app-manifest (never fetched).

/**
 * The bundled localization schemas (v1.8 and later) have two patternProperties keys ending in
 * `\b]\.…` – a lone `]` that JavaScript rejects in the unicode mode ajv compiles patterns with
 * (MicrosoftDocs/msteams-docs#8858). Escaping it keeps the meaning and lets the schema compile.
 */
export function fixLocalizationSchema(schema) {
  const copy = structuredClone(schema);
  const props = copy.patternProperties ?? {};
  copy.patternProperties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k.replace(/\\b\]/g, '\\b\\]'), v]));
  return copy;
}

async function validate(manifest, localizations) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  let ManifestUtil;
  try {
    ({ ManifestUtil } = require('@microsoft/app-manifest'));
  } catch {
    process.stderr.write('package-manifest: @microsoft/app-manifest is not installed; schema validation skipped\n');
    return;
  }
  const dir = `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}`;
  const errors = [];
  const report = (file, list) => errors.push(...list.map((e) => `${file}: ${e}`));
  report('manifest.json', await ManifestUtil.validateManifestAgainstSchema(manifest, require(`${dir}/MicrosoftTeams.schema.json`)));
  if (localizations.length > 0) {
    const schema = fixLocalizationSchema(require(`${dir}/MicrosoftTeams.Localization.schema.json`));
    for (const { name, data } of localizations) {
      report(name, await ManifestUtil.validateManifestAgainstSchema(JSON.parse(data.toString('utf8')), schema));
    }
  }
  if (errors.length > 0) fail(`schema validation failed:\n  ${errors.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (fs.existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'teams-app.zip'));

  const manifest = JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8'));
  const appId = (process.env.MicrosoftAppId ?? '').trim();
  if (appId && !GUID.test(appId)) fail(`MicrosoftAppId is not a GUID: "${appId}"`);
  const botId = appId || PLACEHOLDER_BOT_ID;
  for (const bot of manifest.bots ?? []) bot.botId = botId;
  if (!appId) {
    process.stderr.write(
      `package-manifest: warning: MicrosoftAppId is not set; the bot id stays ${PLACEHOLDER_BOT_ID}.\n` +
        '  The package validates, but Teams cannot reach the bot with it. Set MicrosoftAppId (or .env) for a real package.\n',
    );
  }

  // Exactly the files the manifest names: the icons and the localization files.
  const read = (name) => {
    if (path.basename(name) !== name) fail(`manifest.json names "${name}": files must sit next to manifest.json`);
    const file = path.join(MANIFEST_DIR, name);
    if (!fs.existsSync(file)) fail(`manifest.json names "${name}", which does not exist in manifest/`);
    return { name, data: fs.readFileSync(file) };
  };
  const localizations = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => read(l.file));
  if (manifest.localizationInfo?.defaultLanguageFile) localizations.unshift(read(manifest.localizationInfo.defaultLanguageFile));
  const icons = [...new Set([manifest.icons.color, manifest.icons.outline, manifest.icons.color32x32].filter(Boolean))].map(read);

  await validate(manifest, localizations);

  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const mtime = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : undefined;
  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }, ...localizations, ...icons];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip(entries, mtime));
  process.stdout.write(
    `${path.relative(process.cwd(), out)}: ${entries.map((e) => e.name).join(', ')} (bot id ${botId}${appId ? '' : ', placeholder'})\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
}
