#!/usr/bin/env node
/**
 * Screenshots of the bot's Adaptive Cards as the Microsoft 365 Agents Playground renders them
 * (the offline successor of the Teams App Test Tool: a local web UI with Teams' Adaptive Card
 * renderer and host config, a mocked connector, no tenant, no tunnel).
 *
 * What it does:
 *   1. starts the bot from source (`tsx src/index.ts`, PORT 3978, HOST 127.0.0.1, unauthenticated,
 *      DATA_DIR in a fresh /tmp/pg-run-* folder),
 *      unless something already answers on http://127.0.0.1:<bot-port>/healthz;
 *   2. starts a tiny HTTP relay on 127.0.0.1:<relay-port> in this process. The Playground posts to
 *      it, it forwards to the bot and can rewrite the activity `locale` (the Playground hard-codes
 *      "en-US" in every message and invoke it generates, and has no setting for it). It also writes
 *      every activity and reply status to <out>/activities.jsonl;
 *   3. starts the Playground (`agentsplayground start -e <relay> -c msteams --disable-telemetry`,
 *      TEAMSAPPTESTER_BROWSER=none so it does not try to open a browser);
 *   4. drives the Playground's web UI with playwright-core in Debian's /usr/bin/chromium: types each
 *      message, waits for the card, takes an element screenshot of the card (and a full page), and
 *      clicks Action.Execute buttons / selectActions to get the refreshed card;
 *   5. stops what it started and writes the logs next to the PNGs.
 *
 * Nothing is installed into the project. One-time setup (outside the repo):
 *   apt-get update && apt-get install -y chromium
 *   mkdir -p /tmp/pg && cd /tmp/pg && npm init -y && npm install playwright-core @microsoft/m365agentsplayground
 *
 * Run (from anywhere):
 *   node scripts/playground-screenshots.mjs [--out /tmp/cards] [--pg-dir /tmp/pg]
 *        [--chromium /usr/bin/chromium] [--bot-port 3978] [--relay-port 3979] [--playground-port 56150]
 *        [--only a,b,f] [--keep-open]
 *
 * Locale: the Playground cannot set the user's locale. Its message and invoke generators hard-code
 * `locale: "en-US"` (dist/index.js, MessageActivityGenerator and the adaptiveCard/action invoke),
 * its .m365agentsplayground.yml has no locale field, and the CLI has no flag. "Mock an Activity >
 * Custom activity" can send one message with another locale, but the invokes of the card's buttons
 * still say en-US. Hence the relay: a scenario with `locale` gets it on every activity (messages
 * and invokes) while it runs.
 *
 * Offline: the Playground's Segoe UI web fonts and a Fluent animation worklet come from a CDN and
 * fail (ERR_NAME_NOT_RESOLVED, logged in browser-console.log); cards fall back to the system
 * sans-serif (DejaVu/Liberation), so line breaks differ slightly from Teams. Nothing else needs the network.
 *
 * --keep-open leaves bot, relay and Playground running (open http://127.0.0.1:56150 yourself; Ctrl-C stops).
 * Exit code 0 when every scenario produced its screenshot, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const o = {
    out: '/tmp/cards',
    pgDir: process.env.PG_DIR || '/tmp/pg',
    chromium: '/usr/bin/chromium',
    botPort: 3978,
    relayPort: 3979,
    playgroundPort: 56150,
    only: null,
    keepOpen: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--out') o.out = v();
    else if (a === '--pg-dir') o.pgDir = v();
    else if (a === '--chromium') o.chromium = v();
    else if (a === '--bot-port') o.botPort = Number(v());
    else if (a === '--relay-port') o.relayPort = Number(v());
    else if (a === '--playground-port') o.playgroundPort = Number(v());
    else if (a === '--only') o.only = new Set(v().split(','));
    else if (a === '--keep-open') o.keepOpen = true;
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}
const opt = parseArgs(process.argv.slice(2));
fs.mkdirSync(opt.out, { recursive: true });
const runDir = fs.mkdtempSync('/tmp/pg-run-');
for (const f of fs.readdirSync(opt.out)) if (/^[a-z]\d?-.*\.png$/.test(f)) fs.rmSync(path.join(opt.out, f)); // last run's shots

const req = createRequire(path.join(path.resolve(opt.pgDir), 'package.json'));
let chromium;
let playgroundCli;
try {
  ({ chromium } = req('playwright-core'));
  playgroundCli = req.resolve('@microsoft/m365agentsplayground/cli.js');
} catch (e) {
  console.error(`playwright-core or @microsoft/m365agentsplayground is not installed in ${opt.pgDir}: ${e.message}`);
  console.error(`  mkdir -p ${opt.pgDir} && cd ${opt.pgDir} && npm init -y && npm install playwright-core @microsoft/m365agentsplayground`);
  process.exit(2);
}
if (!fs.existsSync(opt.chromium)) {
  console.error(`${opt.chromium} not found: apt-get update && apt-get install -y chromium`);
  process.exit(2);
}

const log = (...a) => console.log(`[pg ${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- processes
const children = [];
function start(name, cmd, args, { cwd, env }) {
  const outFile = path.join(opt.out, `${name}.stdout.log`);
  const errFile = path.join(opt.out, `${name}.stderr.log`);
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true, // own process group, so tsx's child node goes too
    stdio: ['ignore', fs.openSync(outFile, 'w'), fs.openSync(errFile, 'w')],
  });
  child.on('exit', (code, sig) => log(`${name} exited (${code ?? sig})`));
  children.push({ name, child });
  log(`started ${name} pid ${child.pid} (logs ${outFile}, ${errFile})`);
  return child;
}
function stopAll() {
  for (const { name, child } of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
        log(`stopped ${name} (pid ${child.pid})`);
      } catch {
        /* gone */
      }
    }
  }
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

async function ok(url, method = 'GET') {
  try {
    const r = await fetch(url, { method, signal: AbortSignal.timeout(2000) });
    return r.ok;
  } catch {
    return false;
  }
}
async function waitFor(what, fn, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await sleep(300);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---------------------------------------------------------------- locale relay
/** Locale forced on activities passing the relay; null = leave the Playground's "en-US". */
let forcedLocale = null;
const activityLog = fs.createWriteStream(path.join(opt.out, 'activities.jsonl'));
function relay() {
  const server = http.createServer((inReq, inRes) => {
    const chunks = [];
    inReq.on('data', (c) => chunks.push(c));
    inReq.on('end', () => {
      let body = Buffer.concat(chunks);
      let activity;
      if (body.length) {
        try {
          activity = JSON.parse(body.toString('utf8'));
          if (forcedLocale && activity && typeof activity === 'object') {
            activity.locale = forcedLocale;
            for (const e of activity.entities ?? []) if (e && e.type === 'clientInfo') e.locale = forcedLocale;
            body = Buffer.from(JSON.stringify(activity));
          }
        } catch {
          /* not JSON: pass through */
        }
      }
      const headers = { ...inReq.headers, host: `127.0.0.1:${opt.botPort}` };
      if (body.length) headers['content-length'] = String(body.length);
      const out = http.request(
        { host: '127.0.0.1', port: opt.botPort, path: inReq.url, method: inReq.method, headers },
        (botRes) => {
          const resChunks = [];
          botRes.on('data', (c) => resChunks.push(c));
          botRes.on('end', () => {
            const resBody = Buffer.concat(resChunks);
            if (activity) {
              let value;
              try {
                value = resBody.length ? JSON.parse(resBody.toString('utf8')) : undefined;
              } catch {
                value = resBody.toString('utf8').slice(0, 500);
              }
              activityLog.write(
                `${JSON.stringify({ at: new Date().toISOString(), type: activity.type, name: activity.name, text: activity.text, value: activity.value, locale: activity.locale, status: botRes.statusCode, response: value })}\n`,
              );
            }
            inRes.writeHead(botRes.statusCode ?? 502, botRes.headers);
            inRes.end(resBody);
          });
        },
      );
      out.on('error', (e) => {
        inRes.writeHead(502, { 'content-type': 'text/plain' });
        inRes.end(`relay: ${e.message}`);
      });
      out.end(body);
    });
  });
  return new Promise((resolve) => server.listen(opt.relayPort, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------- scenarios
const scenarios = [
  { id: 'a', name: 'fr-answer', locale: 'fr-FR', text: 'Erreur 0x80180014 : Votre organisation ne prend pas en charge cette version de Windows' },
  { id: 'a2', name: 'fr-feedback', after: 'a', click: 'button', label: /Utile|Helpful|Oui/i, note: 'Helpful on the French card (fr-FR forced on the invoke too)', locale: 'fr-FR' },
  { id: 'b', name: 'choice', text: '0x801c0003' },
  { id: 'b2', name: 'choice-clicked', after: 'b', click: 'selectAction', note: 'first choice (its container selectAction) clicked' },
  { id: 'b3', name: 'choice-button-clicked', text: '0x801c0003', thenClick: 'button', note: 'the same choice card, first action button clicked' },
  { id: 'c', name: 'no-match', text: 'hello' },
  { id: 'd', name: 'long-answer', text: 'Something went wrong. Error Code 80070774' },
  { id: 'e', name: 'two-resolutions', text: 'Auto MDM Enroll: Failed 0x8018002b' },
  { id: 'f', name: 'feedback-helpful', after: 'e', click: 'button', label: /^Helpful$/i },
  { id: 'g', name: 'no-match-area', text: 'BitLocker recovery key is missing in Intune for one laptop, encryption report says not encrypted' },
  { id: 'h', name: 'fr-no-match-area', locale: 'fr-FR', text: 'Outlook redemande sans cesse le mot de passe sur les iPhone' },
  { id: 'i', name: 'nl-no-match-area', locale: 'nl-NL', text: 'Na de herstart blijft Accountinstallatie > Beveiligingsbeleid op Identificeren hangen tot de time-out' },
  { id: 'j', name: 'no-match-disposal', text: 'We are selling 40 old laptops to a refurbisher, what do we need to do in Intune first?' },
  { id: 'k', name: 'fr-no-match-disposal', locale: 'fr-FR', text: 'Nous revendons nos anciens iPhone, comment les retirer proprement d Intune ?' },
  { id: 'm', name: 'intake-new-paste', text: 'Actually the real problem: 0x8018000a on enrollment', note: 'run after j: an error pasted where the intake asks for a platform is answered, the questions end' },
  { id: 'n', name: 'intake-answered', text: 'Enrollment hangs at 45% on a new Surface, no error shown', cards: 2, thenSay: 'Windows', note: 'the intake\'s first question (the second card) once answered "Windows": updated in place with the answer, no buttons' },
  { id: 'l', name: 'nl-no-match-apple', locale: 'nl-NL', text: 'Een gebruiker wil zijn eigen Apple ID op de iPad van de zaak gebruiken, mag dat?' },
];

const CARD = '.ac-adaptiveCard';
/** The message bubble holding a card (Playground's Fluent "OutputCard"). */
function bubbles(page) {
  return page.locator('.fai-OutputCard').filter({ has: page.locator(CARD) });
}

async function shoot(page, bubble, file) {
  await bubble.scrollIntoViewIfNeeded();
  const box = await bubble.boundingBox();
  const vp = page.viewportSize();
  if (box && box.height + 400 > vp.height) {
    await page.setViewportSize({ width: vp.width, height: Math.ceil(box.height + 600) });
    await sleep(500);
    await bubble.scrollIntoViewIfNeeded();
  }
  await bubble.screenshot({ path: file, animations: 'disabled' });
  await page.screenshot({ path: file.replace(/\.png$/, '.page.png') });
  if (page.viewportSize().height !== vp.height) await page.setViewportSize(vp);
  return box;
}

/** Sends `text`; returns the `cards`-th card of the reply (the first by default). */
async function send(page, text, cards = 1) {
  const before = await bubbles(page).count();
  const editor = page.locator('[data-lexical-editor="true"]');
  await editor.click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await waitFor(`${cards} card(s) after "${text}"`, async () => (await bubbles(page).count()) >= before + cards, 30_000);
  await sleep(1500); // images/fonts/layout
  return bubbles(page).nth(before + cards - 1);
}

/** Clicks in a card and waits for the card to change in place; returns what the page showed. */
async function clickAndWait(page, bubble, how, label) {
  const before = await bubble.innerText();
  let target;
  if (how === 'selectAction') target = bubble.locator('.ac-selectable').first();
  else {
    // Action buttons: the Playground renders them as Fluent UI buttons (fui-Button), not ac-pushButton.
    const buttons = bubble.locator(`${CARD} button`);
    target = (label ? buttons.filter({ hasText: label }) : buttons).first();
  }
  const targetText = (await target.innerText()).trim();
  await target.click();
  try {
    await waitFor('the card to be replaced', async () => (await bubble.innerText()) !== before, 15_000);
  } catch {
    return { clicked: targetText, changed: false };
  }
  await sleep(1500);
  return { clicked: targetText, changed: true };
}

// ---------------------------------------------------------------- main
const results = [];
let exitCode = 0;
let browserCtx;
try {
  // 1. the bot
  const health = `http://127.0.0.1:${opt.botPort}/healthz`;
  if (await ok(health)) log(`reusing the bot already answering on ${health}`);
  else {
    start('bot', path.join(repoRoot, 'node_modules/.bin/tsx'), ['src/index.ts'], {
      cwd: repoRoot,
      env: { PORT: String(opt.botPort), HOST: '127.0.0.1', DATA_DIR: path.join(runDir, 'data') }, // keep the dev's ./data out of it
    });
    await waitFor('the bot', () => ok(health), 90_000);
  }
  // 2. the relay
  const relayServer = await relay();
  log(`relay on http://127.0.0.1:${opt.relayPort}/api/messages -> bot :${opt.botPort}`);
  // 3. the Playground
  const pgUrl = `http://127.0.0.1:${opt.playgroundPort}`;
  if (await ok(`${pgUrl}/_debug/ping`)) throw new Error(`something already listens on ${pgUrl}; stop it or pass --playground-port`);
  start(
    'playground',
    process.execPath,
    [playgroundCli, 'start', '-e', `http://127.0.0.1:${opt.relayPort}/api/messages`, '-c', 'msteams', '-p', String(opt.playgroundPort), '--disable-telemetry'],
    { cwd: runDir, env: { TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(opt.out, 'playground.devtools.log') } },
  );
  await waitFor('the Playground', () => ok(`${pgUrl}/_debug/ping`), 60_000);

  // 4. the browser
  const udd = fs.mkdtempSync('/tmp/pg-chromium-');
  browserCtx = await chromium.launchPersistentContext(udd, {
    executablePath: opt.chromium,
    headless: true,
    viewport: { width: 1280, height: 2200 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browserCtx.pages()[0] ?? (await browserCtx.newPage());
  const consoleLog = fs.createWriteStream(path.join(opt.out, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`${m.type()} ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`pageerror ${e.message}\n`));
  page.on('requestfailed', (r) => consoleLog.write(`requestfailed ${r.url()} ${r.failure()?.errorText}\n`));
  page.on('response', (r) => r.status() >= 400 && consoleLog.write(`http ${r.status()} ${r.url()}\n`));
  await page.goto(pgUrl);
  await page.locator('[data-lexical-editor="true"]').waitFor({ timeout: 60_000 });
  await sleep(2000);

  const byId = new Map();
  for (const s of scenarios) {
    if (opt.only && !opt.only.has(s.id)) continue;
    const file = path.join(opt.out, `${s.id}-${s.name}.png`);
    const r = { id: s.id, file, note: s.note };
    try {
      forcedLocale = s.locale ?? null;
      let bubble;
      if (s.after) {
        bubble = byId.get(s.after);
        if (!bubble) throw new Error(`scenario ${s.after} did not run`);
        Object.assign(r, await clickAndWait(page, bubble, s.click, s.label));
      } else {
        bubble = await send(page, s.text, s.cards);
        r.sent = s.text;
        if (s.thenClick) Object.assign(r, await clickAndWait(page, bubble, s.thenClick, s.label));
        if (s.thenSay) {
          const before = await bubble.innerText();
          await send(page, s.thenSay);
          await waitFor('the card to be updated', async () => (await bubble.innerText()) !== before, 15_000).catch(() => (r.changed = false));
        }
      }
      byId.set(s.id, bubble);
      const box = await shoot(page, bubble, file);
      r.size = box ? `${Math.round(box.width)}x${Math.round(box.height)}` : '?';
      r.text = (await bubble.innerText()).slice(0, 4000);
      if (r.text.includes('${')) {
        r.unresolvedTemplate = r.text.match(/\$\{[^}]*\}/g);
        log(`${s.id}: card shows unexpanded template text ${r.unresolvedTemplate.join(' ')}`);
      }
      const warn = await bubble.locator('text=/not supported/i').count();
      if (warn) r.warning = 'the Playground marked something in this card as not supported';
      log(`${s.id}: ${file} ${r.size}${r.changed === false ? ' (card did NOT change after the click)' : ''}`);
    } catch (e) {
      r.error = e.message;
      exitCode = 1;
      log(`${s.id}: FAILED ${e.message}`);
      await page.screenshot({ path: file.replace(/\.png$/, '.failed.png') }).catch(() => {});
    }
    results.push(r);
  }
  forcedLocale = null;
  // the Playground's own log panel (errors, warnings, unsupported features)
  const panel = await page.locator('text=Log Panel').locator('xpath=ancestor::div[2]').innerText().catch(() => '');
  fs.writeFileSync(path.join(opt.out, 'playground-log-panel.txt'), panel);
  fs.writeFileSync(path.join(opt.out, 'results.json'), JSON.stringify(results, null, 2));
  log(`results: ${path.join(opt.out, 'results.json')}`);

  if (opt.keepOpen) {
    log(`--keep-open: Playground at ${pgUrl}, Ctrl-C to stop`);
    await new Promise(() => {});
  }
  await browserCtx.close();
  relayServer.close();
} catch (e) {
  exitCode = 1;
  console.error(e);
} finally {
  await browserCtx?.close().catch(() => {});
  stopAll();
  activityLog.end();
  await sleep(500);
  process.exit(exitCode);
}
