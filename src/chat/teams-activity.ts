/**
 * Activities shaped as the Teams channel posts them to a bot's `/api/messages`: the terminal chat
 * sends these, and the end-to-end tests build theirs with the same functions.
 *
 * Shapes follow the Bot Framework Activity schema and what Teams adds to it: `channelId: 'msteams'`,
 * a conversation of type `personal` (1:1 chat) or `channel` (a team channel post; its thread is
 * `<channel id>;messageid=<id of the first post>`), and for a channel the team, channel and tenant
 * in `channelData` (Teams bot docs, "Conversation basics").
 */

/** A Teams account as it appears in `from` and `recipient` (`28:` for a bot, `29:` for a user). */
export interface TeamsAccount {
  id: string;
  name: string;
  aadObjectId?: string;
}

/** A team channel: its id (`19:…@thread.tacv2`) and its team's id. */
export interface TeamsChannel {
  channelId: string;
  teamId: string;
}

/** Everything an activity to the bot needs to say where it comes from. */
export interface ActivityPlace {
  /** The activity's id. */
  id: string;
  /** The Bot Connector's base URL the bot answers to. */
  serviceUrl: string;
  from: TeamsAccount;
  /** The bot. */
  recipient: TeamsAccount;
  tenantId: string;
  conversationId: string;
  /** Set for a team channel post or thread; absent for a 1:1 chat. */
  channel?: TeamsChannel;
  /** The client's locale (`activity.locale`), when it sends one. */
  locale?: string;
  /** Entities the client adds to every activity (the Teams web client's `clientInfo`). */
  entities?: readonly ActivityJson[];
}

/** An activity as a plain JSON object. */
export type ActivityJson = Record<string, unknown>;

/**
 * The fields every activity to the bot carries: type, id, timestamps, channel, service URL, the
 * accounts, locale, conversation, `channelData` (team and channel for a channel; the tenant
 * always) and the client's entities, if any.
 */
export function teamsActivity(type: string, p: ActivityPlace): ActivityJson & { channelData: Record<string, unknown> } {
  const now = new Date().toISOString();
  return {
    type,
    id: p.id,
    timestamp: now,
    localTimestamp: now,
    channelId: 'msteams',
    serviceUrl: p.serviceUrl,
    from: p.from,
    recipient: p.recipient,
    ...(p.locale ? { locale: p.locale } : {}),
    conversation: p.channel
      ? { id: p.conversationId, conversationType: 'channel', isGroup: true, tenantId: p.tenantId }
      : { id: p.conversationId, conversationType: 'personal', tenantId: p.tenantId },
    channelData: p.channel
      ? { teamsChannelId: p.channel.channelId, teamsTeamId: p.channel.teamId, channel: { id: p.channel.channelId }, team: { id: p.channel.teamId }, tenant: { id: p.tenantId } }
      : { tenant: { id: p.tenantId } },
    ...(p.entities?.length ? { entities: p.entities } : {}),
  };
}

/**
 * A message with `text`. In a channel a bot only receives posts that @mention it, so there the
 * text starts with `<at>bot name</at>` and a `mention` entity names the bot (before the client's).
 */
export function teamsMessage(p: ActivityPlace, text: string): ActivityJson {
  const base = teamsActivity('message', p);
  if (!p.channel) return { ...base, text, textFormat: 'plain' };
  const mention = `<at>${p.recipient.name}</at>`;
  return { ...base, text: `${mention} ${text}`, textFormat: 'plain', entities: [{ type: 'mention', mentioned: p.recipient, text: mention }, ...(p.entities ?? [])] };
}

/** An Adaptive Card `Action.Execute`: the `adaptiveCard/action` invoke Teams sends, replying to the card's activity. */
export function teamsCardAction(p: ActivityPlace, replyToId: string, verb: string | undefined, data: unknown): ActivityJson {
  return {
    ...teamsActivity('invoke', p),
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', ...(verb !== undefined ? { verb } : {}), data: data ?? {} }, trigger: 'manual' },
  };
}
