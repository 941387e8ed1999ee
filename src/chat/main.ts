/**
 * `npm run chat [-- --locale fr-fr]`: talk to the bot from a terminal. The real app and an
 * in-process Bot Connector on 127.0.0.1; cards rendered as text, buttons chosen by number; the
 * requester in a 1:1 chat (`/me`) or a helpdesk member in a team channel (`/channel`).
 * Reads piped input too: `printf '0x801c0003\n1\n/quit\n' | npm run --silent chat`.
 *
 * Environment: `DATA_DIR` (default `./data`), `KNOWLEDGE_DIR`. `.env` is not read: the chat runs
 * without a bot registration, whatever it holds.
 */
import { dataDirOf, knowledgeDirOf } from '../config';
import { negotiateLocale } from '../core/locale';
import { createLogger } from '../logger';
import { runChat } from './session';

const USAGE = `usage: npm run chat [-- --locale <tag>] [--verbose]

  --locale <tag>   the Teams client language sent with each message (default en-US), e.g. fr-fr, nl-nl
  --verbose        the bot's log (JSON lines) on stderr
  -h, --help       this text

Type an error message or code; type the number of a button to press it; /quit or Ctrl-D leaves.
/channel: speak as a helpdesk member in a team channel (lines @mention the bot; numbers press the
buttons of the last card in the channel, e.g. Claim and Resolve); /me: back to your 1:1 chat.
DATA_DIR (default ./data) is where answers and feedback are stored.`;

interface Args {
  locale: string;
  verbose: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { locale: 'en-US', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return USAGE;
    if (a === '--verbose') args.verbose = true;
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const value = a === '--locale' ? argv[++i] : a.slice('--locale='.length);
      if (!value || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(value)) throw new Error(`--locale needs a language tag such as fr-fr, got "${value ?? ''}"`);
      args.locale = value;
    } else throw new Error(`unknown option "${a}"\n\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stdout.write(parsed + '\n');
    return;
  }
  const tty = Boolean(process.stdout.isTTY);
  const dataDir = dataDirOf(process.env);
  const knowledgeDir = knowledgeDirOf(process.env);
  const known = negotiateLocale(parsed.locale);
  await runChat({
    input: process.stdin,
    output: process.stdout,
    locale: parsed.locale,
    dataDir,
    ...(knowledgeDir ? { knowledgeDir } : {}),
    log: createLogger(parsed.verbose ? 'debug' : 'error'),
    ansi: tty && !process.env['NO_COLOR'],
    ...(tty && process.stdout.columns ? { width: process.stdout.columns } : {}),
    banner:
      `Teams Troubleshooter chat (${parsed.locale}${known ? '' : ': no documents in this language, answers follow the paste'}). ` +
      'Paste an error; type a number to press a button; /channel to speak as the helpdesk, /me to come back; /help; /quit to leave.',
  });
}

main().then(
  () => {
    // Everything is closed; a stray keep-alive socket must not hold the terminal.
    setTimeout(() => process.exit(0), 2000).unref();
  },
  (err: unknown) => {
    process.stderr.write(`chat: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
