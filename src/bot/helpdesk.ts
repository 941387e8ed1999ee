/**
 * The helpdesk: which channel receives escalations (set once per tenant by @mentioning the bot
 * there with "set helpdesk"), posting an escalation as a new thread in it, and Claim / Resolve,
 * which update the card in place and notify the requester in their own chat.
 */
import {
  CardFactory,
  Channels,
  MessageFactory,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Locale } from '../core/locale';
import { redact, redactedStart } from '../core/redact';
import type { Logger } from '../logger';
import { renderEscalationCard, renderMessageCard, stringsFor, type AdaptiveCardJson } from '../render/cards';
import { MAX_STORED_PASTE, type Escalation, type HelpdeskStore, type StoredReference } from '../storage/types';
import type { IntakeResult } from '../../dialogs/intake-dialog';
import { format } from './strings';

/** The tenant of a turn (Teams puts it on the conversation and in channelData). */
function tenantOf(context: TurnContext): string {
  const a = context.activity;
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? 'default';
}

/** Helpdesk operations; one instance per bot. */
export class Helpdesk {
  constructor(
    private readonly store: HelpdeskStore,
    /** The bot's app id ('' when running locally); needed for proactive messages. */
    private readonly appId: string,
    private readonly log: Logger,
  ) {}

  /**
   * Makes the channel of this turn the tenant's helpdesk channel.
   *
   * @returns false when the turn is not in a team channel.
   */
  async setChannel(context: TurnContext): Promise<boolean> {
    const a = context.activity;
    const channelId = (a.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    if (a.conversation?.conversationType !== 'channel' || !channelId) return false;
    const reference = TurnContext.getConversationReference(a) as StoredReference;
    // The channel itself, not the thread the command was posted in.
    reference.conversation = { ...reference.conversation, id: reference.conversation.id.split(';')[0]! };
    await this.store.setChannel(tenantOf(context), { channelId, reference, setBy: a.from?.name ?? '', time: new Date().toISOString() });
    return true;
  }

  /**
   * Saves an escalation and posts it to the tenant's helpdesk channel as a new thread.
   *
   * @returns the escalation and whether it could be posted (false: no helpdesk channel set; the
   *   escalation is saved all the same, nothing is lost).
   */
  async escalate(context: TurnContext, intake: IntakeResult): Promise<{ escalation: Escalation; posted: boolean }> {
    const a = context.activity;
    const escalation: Escalation = {
      id: randomUUID().slice(0, 8),
      tenantId: tenantOf(context),
      status: 'open',
      requester: TurnContext.getConversationReference(a) as StoredReference,
      requesterName: a.from?.name ?? '',
      locale: intake.locale,
      // The intake already redacts what it keeps; redacting again at the store costs little and
      // covers an intake opened before it did (dialog state survives restarts).
      paste: redactedStart(intake.paste, MAX_STORED_PASTE),
      answers: intake.answers.map((x) => ({ question: x.question, answer: redact(x.answer) })),
      matches: intake.matches.slice(0, 3),
      time: new Date().toISOString(),
    };
    await this.store.saveEscalation(escalation);
    const channel = await this.store.getChannel(escalation.tenantId);
    if (!channel) return { escalation, posted: false };
    const card = this.card(escalation, escalation.locale as Locale);
    // A new thread in the channel: a new conversation whose first activity is the card (what
    // TeamsInfo.sendMessageToTeamsChannel does, but also without an app id, as when running locally).
    const parameters = {
      isGroup: true,
      bot: context.activity.recipient,
      channelData: { channel: { id: channel.channelId } },
      activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)) as Activity,
    } as ConversationParameters;
    await (context.adapter as CloudAdapter).createConversationAsync(
      this.appId,
      Channels.Msteams,
      channel.reference.serviceUrl,
      '',
      parameters,
      async () => undefined,
    );
    return { escalation, posted: true };
  }

  /**
   * Claim or Resolve from the escalation card: updates the escalation, notifies the requester in
   * their chat, and returns the updated card (undefined for an unknown escalation).
   */
  async act(context: TurnContext, verb: 'claim' | 'resolve', id: string, locale: Locale): Promise<AdaptiveCardJson | undefined> {
    const e = await this.store.getEscalation(id);
    if (!e) return undefined;
    const name = context.activity.from?.name ?? '?';
    const changed = verb === 'claim' ? e.status === 'open' : e.status !== 'resolved';
    if (changed) {
      e.status = verb === 'claim' ? 'claimed' : 'resolved';
      e.handledBy = name;
      await this.store.saveEscalation(e);
      const s = stringsFor(e.locale as Locale);
      const text = format(verb === 'claim' ? s.notifyClaimed : s.notifyResolved, { name, ref: e.id });
      try {
        await (context.adapter as CloudAdapter).continueConversationAsync(this.appId, e.requester as Partial<ConversationReference>, async (c) => {
          await c.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(renderMessageCard(s.noticeTitle, [text]))));
        });
      } catch (err) {
        this.log.warn('could not notify the requester', { escalationId: e.id, err });
      }
    }
    return this.card(e, locale);
  }

  /**
   * The escalation card in `locale`: for the helpdesk, with the actions its status allows; for the
   * requester (`actions: false`), the same summary without them.
   */
  card(e: Escalation, locale: Locale, { actions = true }: { actions?: boolean } = {}): AdaptiveCardJson {
    const s = stringsFor(locale);
    const status = e.status === 'open' ? s.statusOpen : format(e.status === 'claimed' ? s.statusClaimed : s.statusResolved, { name: e.handledBy ?? '' });
    return renderEscalationCard({
      id: e.id,
      title: format(s.escalationTitle, { name: e.requesterName || '?' }),
      status,
      statusColor: e.status === 'open' ? 'Attention' : e.status === 'claimed' ? 'Warning' : 'Good',
      reference: `#${e.id} · ${e.time.slice(0, 16).replace('T', ' ')} UTC`,
      answers: e.answers,
      paste: e.paste,
      matches: e.matches.map((m) => `- ${m.title} (${Math.round(m.score * 100)}%)`),
      canClaim: actions && e.status === 'open',
      canResolve: actions && e.status !== 'resolved',
      labels: { paste: s.pasteLabel, closest: s.closestLabel, claim: s.claim, resolve: s.resolve },
    });
  }
}
