/**
 * Builders of Teams-shaped activities, as the Teams channel posts them to /api/messages.
 */
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

export function messageActivity(text: string, o: MessageOptions): Record<string, unknown> {
  const id = `act-${++seq}`;
  const base = {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: USER,
    recipient: BOT,
    ...(o.locale ? { locale: o.locale } : {}),
  };
  if (!o.channel) {
    return { ...base, text, textFormat: 'plain', conversation: { id: o.conversationId ?? `a:personal-${seq}`, conversationType: 'personal', tenantId: 't1' } };
  }
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base,
    text: `${mention} ${text}`,
    textFormat: 'plain',
    conversation: { id: o.conversationId ?? `19:helpdesk@thread.tacv2;messageid=${id}`, conversationType: 'channel', isGroup: true, tenantId: 't1' },
    entities: [{ type: 'mention', mentioned: BOT, text: mention }],
    channelData: { teamsChannelId: '19:helpdesk@thread.tacv2', teamsTeamId: '19:team@thread.tacv2', channel: { id: '19:helpdesk@thread.tacv2' }, team: { id: '19:team@thread.tacv2' }, tenant: { id: 't1' } },
  };
}

export function cardActionInvoke(verb: string, data: Record<string, unknown>, o: MessageOptions): Record<string, unknown> {
  const id = `inv-${++seq}`;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id,
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: USER,
    recipient: BOT,
    ...(o.locale ? { locale: o.locale } : {}),
    conversation: { id: o.conversationId ?? `a:personal-${seq}`, conversationType: 'personal', tenantId: 't1' },
    replyToId: 'act-card',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}
