/**
 * Builders of Teams-shaped activities, as the Teams channel posts them to /api/messages (the same
 * builders as the terminal chat's).
 */
import { teamsCardAction, teamsMessage, type ActivityPlace } from '../../src/chat/teams-activity';

let seq = 0;

export interface MessageOptions {
  serviceUrl: string;
  locale?: string;
  /** Post in a team channel, with the bot @mentioned at the start of the text. */
  channel?: boolean;
  conversationId?: string;
}

export const BOT = { id: '28:bot-app-id', name: 'Troubleshooter' };
export const USER = { id: '29:user-1', name: 'Ada Admin', aadObjectId: '00000000-0000-0000-0000-000000000001' };
const CHANNEL = { channelId: '19:helpdesk@thread.tacv2', teamId: '19:team@thread.tacv2' };

/** Where a test's activity comes from: a new 1:1 chat, or a new channel post, unless `conversationId` says which. */
function place(id: string, o: MessageOptions): ActivityPlace {
  return {
    id,
    serviceUrl: o.serviceUrl,
    from: USER,
    recipient: BOT,
    tenantId: 't1',
    conversationId: o.conversationId ?? (o.channel ? `${CHANNEL.channelId};messageid=${id}` : `a:personal-${seq}`),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.channel ? { channel: CHANNEL } : {}),
  };
}

export function messageActivity(text: string, o: MessageOptions): Record<string, unknown> {
  return teamsMessage(place(`act-${++seq}`, o), text);
}

/** An `Action.Execute` on a card in a 1:1 chat (or the conversation `o` names). */
export function cardActionInvoke(verb: string, data: Record<string, unknown>, o: MessageOptions): Record<string, unknown> {
  return teamsCardAction(place(`inv-${++seq}`, { ...o, channel: false }), 'act-card', verb, data);
}
