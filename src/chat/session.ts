/**
 * The terminal chat (`npm run chat`): the real app (`createApp`) on 127.0.0.1, an in-process Bot
 * Connector, and a line loop. Each typed line is POSTed to `/api/messages` as a Teams message;
 * a number chooses an action of the last card (Action.Execute → `adaptiveCard/action` invoke whose
 * response card replaces the old one; Action.Submit → a message with `value`; Action.OpenUrl →
 * the URL printed); everything the bot sends to the connector is printed as it arrives.
 *
 * Two people of one tenant can type: the requester in a 1:1 chat with the bot (`/me`, the
 * default, prompt `you>`) and a helpdesk member in a team channel (`/channel`, prompt
 * `helpdesk>`), whose lines are new posts that @mention the bot, as Teams sends them. Each side
 * has its own "last card": the requester's numbers press the buttons of the last card in the 1:1
 * chat, the helpdesk member's those of the last card in the channel or any of its threads (the
 * escalation the bot posts there as a new thread), sent from that card's conversation.
 */
import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import { createApp, type App } from '../app';
import { loadConfig } from '../config';
import { silentLogger, type Logger } from '../logger';
import { startChatConnector, type ChatConnector, type ConnectorActivity } from './connector';
import { ADAPTIVE_CARD, renderActivity } from './render-activity';
import { renderCard, toggleVisibility, type CardInput, type ChatAction } from './render-card';
import { teamsActivity, teamsCardAction, teamsMessage, type ActivityPlace } from './teams-activity';

/** How the session talks to the person. */
export interface ChatIO {
  /** Shows a block of text (one or more lines), also while a prompt is waiting. */
  print(text: string): void;
  /** Shows `prompt` and reads one line; undefined at the end of input. */
  read(prompt: string): Promise<string | undefined>;
}

/** A Teams user (a ChannelAccount). */
export interface ChatUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface ChatSessionOptions {
  /** BCP-47 tag sent as `activity.locale`, as Teams sends the client's language. @default 'en-US' */
  locale?: string;
  /** Where the bot's SQLite file goes. @default './data' */
  dataDir?: string;
  knowledgeDir?: string;
  /** The bot's logger. @default silent */
  log?: Logger;
  /** ANSI bold/dim in the output. @default false */
  ansi?: boolean;
  /** Wrap output at this many columns. @default no wrapping */
  width?: number;
  /** The requester: the user the 1:1 messages come from. @default a new user per session */
  user?: ChatUser;
  /** The helpdesk member who posts in the team channel after `/channel`. @default Hank Helpdesk, new ids per session */
  helpdeskUser?: ChatUser;
  /** The 1:1 conversation. @default a new id per session */
  conversationId?: string;
}

/** The card (or suggested actions) whose numbers the user can type. */
interface Current {
  conversationId: string;
  activityId: string;
  actions: ChatAction[];
  /** The Adaptive Card shown, for Action.ToggleVisibility. */
  card?: unknown;
}

/** Who is typing: the requester in their 1:1 chat (`/me`) or the helpdesk member in the team channel (`/channel`). */
export type ChatSide = 'me' | 'channel';

/** The team channel `/channel` posts in; its threads are `<this>;messageid=<id of the first post>`. */
export const HELPDESK_CHANNEL = '19:helpdesk@thread.tacv2';
const TEAM = '19:team@thread.tacv2';

const INDENT = '  ';
const TENANT = 'chat-tenant';
const BOT = { id: '28:troubleshooter-bot', name: 'Troubleshooter' };
const PROMPTS: Record<ChatSide, string> = { me: 'you> ', channel: 'helpdesk> ' };

export const HELP = [
  'Type an error message or code and press Enter: it is sent to the bot as a Teams message.',
  'Type the number of a button of the last card to press it ([1], [2], …).',
  '/channel  speak as the helpdesk member (Hank Helpdesk) in a team channel: each line is a new post',
  '          that @mentions the bot (prompt helpdesk>); numbers press the buttons of the last card in',
  '          the channel or its threads, such as Claim and Resolve on an escalation.',
  '/me       speak as yourself again, in your 1:1 chat (prompt you>); numbers: the last card there.',
  '/help     shows this; /quit (or Ctrl-D) leaves.',
].join('\n');

/** A running chat session: app, connector and the state of the conversation. */
export class ChatSession {
  /** Per side, the card whose numbers that person can type. */
  private readonly cards = new Map<ChatSide, Current>();
  private side: ChatSide = 'me';
  private seq = 0;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly io: ChatIO,
    private readonly app: App,
    private readonly connector: ChatConnector,
    private readonly base: string,
    readonly locale: string,
    readonly user: ChatUser,
    readonly helpdeskUser: ChatUser,
    readonly conversationId: string,
    private readonly ansi: boolean,
    private readonly width: number | undefined,
  ) {
    this.unsubscribe = connector.onActivity((a) => this.received(a));
  }

  /** Starts the connector and the app (on 127.0.0.1, an ephemeral port). */
  static async start(io: ChatIO, options: ChatSessionOptions = {}): Promise<ChatSession> {
    const id = randomUUID();
    const user = options.user ?? { id: `29:chat-user-${id.slice(0, 8)}`, name: 'Chat User', aadObjectId: randomUUID() };
    const helpdeskUser = options.helpdeskUser ?? { id: `29:chat-helpdesk-${id.slice(0, 8)}`, name: 'Hank Helpdesk', aadObjectId: randomUUID() };
    const connector = await startChatConnector({
      members: [
        { ...user, userPrincipalName: 'chat.user@example.org', tenantId: TENANT },
        { ...helpdeskUser, userPrincipalName: 'hank.helpdesk@example.org', tenantId: TENANT },
      ],
    });
    let app: App | undefined;
    try {
      // Only what the chat needs: no app registration (no auth), whatever `.env` holds.
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
        ...(options.knowledgeDir ? { KNOWLEDGE_DIR: options.knowledgeDir } : {}),
      });
      app = createApp(config, options.log ?? silentLogger);
      const port = await app.listen();
      return new ChatSession(
        io,
        app,
        connector,
        `http://127.0.0.1:${port}`,
        options.locale ?? 'en-US',
        user,
        helpdeskUser,
        options.conversationId ?? `a:chat-${id}`,
        options.ansi ?? false,
        options.width,
      );
    } catch (err) {
      await app?.close().catch(() => undefined);
      await connector.close();
      throw err;
    }
  }

  /** The connector's URL (the `serviceUrl` of every activity). */
  get serviceUrl(): string {
    return this.connector.url;
  }

  /** The actions a number refers to now (those of the last card on the speaker's side). */
  get actions(): readonly ChatAction[] {
    return this.cards.get(this.side)?.actions ?? [];
  }

  /** Who is typing now. */
  get speaker(): ChatSide {
    return this.side;
  }

  /** The prompt for the next line: `you> ` or `helpdesk> `. */
  get prompt(): string {
    return PROMPTS[this.side];
  }

  /**
   * Handles one typed line: `/quit`, `/help`, `/channel`, `/me`, the number of an action of the
   * speaker's last card, or a message to the bot (anything else; empty lines are ignored).
   *
   * @returns false when the user asked to leave.
   */
  async handle(line: string): Promise<boolean> {
    const text = line.trim();
    if (!text) return true;
    if (/^\/(quit|exit)$/i.test(text)) return false;
    if (/^\/help$/i.test(text)) {
      this.io.print(HELP);
      return true;
    }
    if (/^\/(channel|me)$/i.test(text)) {
      this.switchTo(text.slice(1).toLowerCase() as ChatSide);
      return true;
    }
    const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    const current = this.cards.get(this.side);
    const action = current?.actions[n - 1];
    if (action) await this.act(action, current!);
    else await this.sendMessage({ text });
    return true;
  }

  /** `/channel`, `/me`: who types from now on; says so, and what the numbers press there. */
  private switchTo(side: ChatSide): void {
    this.side = side;
    const who =
      side === 'me'
        ? `${this.user.name}, the requester, in the 1:1 chat with ${BOT.name}`
        : `${this.helpdeskUser.name}, a helpdesk member, in the team channel ${HELPDESK_CHANNEL}: each line is a new post that @mentions ${BOT.name}`;
    const actions = this.actions;
    const numbers = actions.length ? `\n${INDENT}(numbers press the last card here: ${actions.map((a, i) => `[${i + 1}] ${a.title}`).join('  ')})` : '';
    this.io.print(`${INDENT}(speaking as ${who})${numbers}`);
  }

  /** The side whose numbers a card in this conversation belongs to: the channel and its threads, else the 1:1 chat. */
  private sideOf(conversationId: string): ChatSide {
    return conversationId.split(';')[0] === HELPDESK_CHANNEL ? 'channel' : 'me';
  }

  /** `Troubleshooter`, with what happened and where when it is not the requester's own 1:1 chat. */
  private label(from: string, conversationId: string, what?: string, newThread?: boolean): string {
    const parts = what ? [what] : [];
    if (newThread) parts.push('new thread');
    if (conversationId !== this.conversationId) parts.push(`in ${conversationId}`);
    else if (this.side !== 'me') parts.push(`in the 1:1 chat with ${this.user.name}`);
    return parts.length ? `${from} (${parts.join(', ')})` : from;
  }

  /** Stops listening, closes the app (server, store) and the connector. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.app.close();
    await this.connector.close();
  }

  // --- what the bot sends -------------------------------------------------------------------

  private received(a: ConnectorActivity): void {
    // Only the bot sends to the connector; a new conversation's first activity may not say so.
    const from = (a.body['from'] as { name?: string } | undefined)?.name || BOT.name;
    const side = this.sideOf(a.conversationId);
    if (a.method === 'DELETE') {
      this.io.print(`\n${this.label(from, a.conversationId, 'deleted a message')}.`);
      if (this.cards.get(side)?.activityId === a.id) this.cards.delete(side);
      return;
    }
    const shown = renderActivity(a.body, { ansi: this.ansi, indent: INDENT, ...(this.width ? { width: this.width } : {}) });
    if (!shown) return;
    this.io.print(`\n${this.header(this.label(from, a.conversationId, a.method === 'PUT' ? 'updated its message' : undefined, a.newConversation))}\n${shown.text}`);
    // An update of an earlier message (a question card closed once answered) leaves the numbers to the last card.
    const current = this.cards.get(side);
    if (a.method === 'PUT' && current && current.activityId !== a.id) return;
    if (shown.actionable) {
      const card = (a.body['attachments'] as { contentType?: string; content?: unknown }[] | undefined)?.find((x) => x?.contentType === ADAPTIVE_CARD)?.content;
      this.cards.set(side, { conversationId: a.conversationId, activityId: a.id, actions: shown.actions, card });
    }
  }

  private header(s: string): string {
    return this.ansi ? `\x1b[1m${s}:\x1b[0m` : `${s}:`;
  }

  /** Shows a card that replaced the current one (invoke response, toggled visibility). */
  private showReplacement(card: unknown, label: string, at: Current): void {
    const shown = renderCard(card, { ansi: this.ansi, indent: INDENT, ...(this.width ? { width: this.width } : {}) });
    this.io.print(`\n${this.header(label)}\n${shown.text}`);
    this.cards.set(this.sideOf(at.conversationId), { ...at, actions: shown.actions, card });
  }

  // --- what the user does -------------------------------------------------------------------

  private async act(action: ChatAction, at: Current): Promise<void> {
    switch (action.type) {
      case 'Action.OpenUrl':
        this.io.print(`${INDENT}→ ${action.title}: ${action.url}`);
        return;
      case 'Action.Execute': {
        this.io.print(`${INDENT}→ ${action.title}`);
        const data = await this.gather(action.inputs, action.data);
        if (data === undefined) return;
        await this.invoke(action.verb, data, at);
        return;
      }
      case 'Action.Submit': {
        this.io.print(`${INDENT}→ ${action.title}`);
        const data = await this.gather(action.inputs, action.data);
        if (data === undefined) return;
        await this.submit(data, at);
        return;
      }
      case 'Action.ShowCard': {
        const shown = renderCard(action.card, {
          ansi: this.ansi,
          indent: INDENT,
          firstNumber: at.actions.length + 1,
          parentInputs: action.inputs,
          ...(this.width ? { width: this.width } : {}),
        });
        this.io.print(`${INDENT}→ ${action.title}\n${shown.text}`);
        this.cards.set(this.sideOf(at.conversationId), { ...at, actions: [...at.actions, ...shown.actions] });
        return;
      }
      case 'Action.ToggleVisibility':
        this.showReplacement(toggleVisibility(at.card, action.targets), this.label(BOT.name, at.conversationId, 'card'), at);
        return;
      case 'cardAction':
        return this.cardAction(action, at);
    }
  }

  private async cardAction(action: Extract<ChatAction, { type: 'cardAction' }>, at: Current): Promise<void> {
    const value = typeof action.value === 'string' ? action.value : action.value === undefined ? '' : JSON.stringify(action.value);
    switch (action.kind) {
      case 'openUrl':
        this.io.print(`${INDENT}→ ${action.title}: ${value}`);
        return;
      case 'imBack':
      case 'postBack':
        this.io.print(`${INDENT}→ ${action.title}`);
        await this.sendMessage({ text: value }, at);
        return;
      case 'messageBack':
        this.io.print(`${INDENT}→ ${action.displayText ?? action.title}`);
        await this.sendMessage({ ...(action.text !== undefined ? { text: action.text } : {}), ...(action.value !== undefined ? { value: action.value } : {}) }, at);
        return;
      default:
        this.io.print(`${INDENT}(a "${action.kind}" button does nothing in the terminal)`);
    }
  }

  /**
   * Asks for each input the action gathers and merges the values into its data by input id, as
   * Teams does. Undefined when the input ended while asking.
   */
  private async gather(inputs: readonly CardInput[], data: unknown): Promise<unknown> {
    if (!inputs.length) return data;
    const values: Record<string, string> = {};
    for (const input of inputs) {
      if (input.hidden) {
        values[input.id] = input.value;
        continue;
      }
      const value = await this.ask(input);
      if (value === undefined) return undefined;
      values[input.id] = value;
    }
    if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) return data;
    return { ...(data as object | undefined), ...values };
  }

  private async ask(input: CardInput): Promise<string | undefined> {
    if (input.choices?.length) {
      this.io.print(input.choices.map((c, i) => `${INDENT}  (${i + 1}) ${c.title}`).join('\n'));
    }
    const hint =
      input.type === 'Input.Toggle'
        ? ' (y/n)'
        : input.choices?.length
          ? input.multiSelect
            ? ' (numbers, comma-separated)'
            : ' (number)'
          : input.value
            ? ` [${input.value}]`
            : '';
    for (;;) {
      const line = await this.io.read(`${INDENT}${input.label}${input.required ? ' (required)' : ''}${hint}: `);
      if (line === undefined) return undefined;
      const value = this.inputValue(input, line.trim());
      if (value === undefined) {
        this.io.print(`${INDENT}(not one of the choices)`);
        continue;
      }
      if (input.required && !value) {
        this.io.print(`${INDENT}(required)`);
        continue;
      }
      return value;
    }
  }

  private inputValue(input: CardInput, typed: string): string | undefined {
    if (!typed) return input.value;
    if (input.type === 'Input.Toggle') return /^(y|yes|true|1|on|oui|ja|x)$/i.test(typed) ? input.valueOn : input.valueOff;
    if (input.choices?.length) {
      const pick = (t: string): string | undefined => {
        const n = /^\d+$/.test(t) ? Number(t) : NaN;
        return input.choices![n - 1]?.value ?? input.choices!.find((c) => c.value === t || c.title.toLowerCase() === t.toLowerCase())?.value;
      };
      const picked = (input.multiSelect ? typed.split(',') : [typed]).map((t) => pick(t.trim()));
      return picked.some((p) => p === undefined) ? undefined : picked.join(',');
    }
    return typed;
  }

  // --- to the bot ---------------------------------------------------------------------------

  /**
   * Where an activity to the bot comes from: in the requester's 1:1 chat, from the requester; in
   * the team channel (a new post when `at` is not given: its conversation is
   * `<channel>;messageid=<its own id>`; else the thread of the card acted on), from the helpdesk
   * member.
   */
  private place(at?: Current): ActivityPlace {
    const id = `chat-${++this.seq}`;
    const conversationId = at?.conversationId ?? (this.side === 'channel' ? `${HELPDESK_CHANNEL};messageid=${id}` : this.conversationId);
    const inChannel = this.sideOf(conversationId) === 'channel';
    return {
      id,
      serviceUrl: this.connector.url,
      from: inChannel ? this.helpdeskUser : this.user,
      recipient: BOT,
      tenantId: TENANT,
      conversationId,
      locale: this.locale,
      ...(inChannel ? { channel: { channelId: HELPDESK_CHANNEL, teamId: TEAM } } : {}),
      // The Teams web client adds its clientInfo to every activity.
      entities: [{ type: 'clientInfo', locale: this.locale, platform: 'Web' }],
    };
  }

  private async post(activity: Record<string, unknown>): Promise<Response | undefined> {
    try {
      const res = await fetch(`${this.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      if (res.status >= 300) {
        const body = await res.text().catch(() => '');
        this.io.print(`${INDENT}(the bot answered HTTP ${res.status}${body ? `: ${body.slice(0, 300)}` : ''})`);
        return undefined;
      }
      return res;
    } catch (err) {
      this.io.print(`${INDENT}(could not reach the bot: ${(err as Error).message})`);
      return undefined;
    }
  }

  /** A message; in the channel its text @mentions the bot (`<at>Troubleshooter</at> …` and the mention entity), as a channel post to a bot must. */
  private async sendMessage(content: { text?: string; value?: unknown }, at?: Current): Promise<void> {
    const p = this.place(at);
    const activity = content.text !== undefined ? teamsMessage(p, content.text) : teamsActivity('message', p);
    await this.post({ ...activity, ...(content.value !== undefined ? { value: content.value } : {}) });
  }

  /** Action.Submit: a message with the data as `value` (or what its `msteams` property asks for). */
  private async submit(data: unknown, at: Current): Promise<void> {
    const msteams = (data as { msteams?: { type?: string; value?: unknown; text?: string; displayText?: string } } | undefined)?.msteams;
    if (msteams?.type === 'imBack') return this.sendMessage({ text: String(msteams.value ?? '') }, at);
    if (msteams?.type === 'messageBack') {
      const { msteams: _, ...rest } = data as Record<string, unknown>;
      return this.sendMessage({ ...(msteams.text !== undefined ? { text: msteams.text } : {}), value: msteams.value ?? rest }, at);
    }
    const base = teamsActivity('message', this.place(at));
    await this.post({ ...base, replyToId: at.activityId, value: data, channelData: { ...base.channelData, postBack: true } });
  }

  /** Action.Execute: an `adaptiveCard/action` invoke; the response card replaces the card. */
  private async invoke(verb: string | undefined, data: unknown, at: Current): Promise<void> {
    const res = await this.post(teamsCardAction(this.place(at), at.activityId, verb, data));
    if (!res) return;
    const body = (await res.json().catch(() => undefined)) as { statusCode?: number; type?: string; value?: unknown } | undefined;
    if (!body || typeof body !== 'object') return;
    if (body.type === ADAPTIVE_CARD && body.value) {
      this.showReplacement(body.value, this.label(BOT.name, at.conversationId, 'updated the card'), at);
    } else if (body.type === 'application/vnd.microsoft.activity.message') {
      this.io.print(`\n${this.header(this.label(BOT.name, at.conversationId))}\n${INDENT}${String(body.value ?? '')}`);
    } else if (body.type === 'application/vnd.microsoft.error' || (body.statusCode ?? 200) >= 400) {
      const v = body.value as { message?: string } | undefined;
      this.io.print(`${INDENT}(the bot refused the action${body.statusCode ? `, ${body.statusCode}` : ''}${v?.message ? `: ${v.message}` : ''})`);
    }
  }
}

/** Options of {@link runChat}. */
export interface RunChatOptions extends ChatSessionOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: readline prompt, line editing. Otherwise input lines are echoed after their prompt. @default input and output are TTYs */
  interactive?: boolean;
  /** Printed first. */
  banner?: string;
}

/**
 * Runs the chat until `/quit` or the end of input, then closes everything.
 */
export async function runChat(options: RunChatOptions): Promise<void> {
  const { input, output } = options;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input, ...(interactive ? { output } : {}), terminal: interactive });
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  let prompting = false;
  rl.on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(undefined);
  });
  rl.on('SIGINT', () => rl.close());

  const io: ChatIO = {
    print(text) {
      if (interactive && prompting) {
        readline.clearLine(output, 0);
        readline.cursorTo(output, 0);
        output.write(text + '\n');
        rl.prompt(true);
      } else {
        output.write(text + '\n');
      }
    },
    async read(prompt) {
      let line: string | undefined;
      if (queue.length) {
        line = queue.shift();
      } else if (ended) {
        return undefined;
      } else {
        if (interactive) {
          rl.setPrompt(prompt);
          rl.prompt();
          prompting = true;
        }
        line = await new Promise<string | undefined>((resolve) => waiting.push(resolve));
        prompting = false;
      }
      if (line !== undefined && !interactive) output.write(`${prompt}${line}\n`);
      return line;
    },
  };

  const session = await ChatSession.start(io, options).catch((err: unknown) => {
    rl.close();
    throw err;
  });
  try {
    if (options.banner) io.print(options.banner);
    for (;;) {
      const line = await io.read(session.prompt);
      if (line === undefined) {
        if (interactive) output.write('\n');
        break;
      }
      if (!(await session.handle(line))) break;
    }
  } finally {
    rl.close();
    await session.close();
  }
}
