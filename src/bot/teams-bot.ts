/**
 * The Teams bot: a thin TeamsActivityHandler that turns an activity into a paste or a card action
 * and hands it to the {@link Troubleshooter}. All botbuilder use for turns is here and in
 * turn-error.ts, so a move to the SDK's successor touches only the adapters.
 */
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { createHash, randomUUID } from 'node:crypto';
import { isLocale, negotiateLocale, type Locale } from '../core/locale';
import { redact } from '../core/redact';
import type { Logger } from '../logger';
import type { FeedbackStore } from '../storage/types';
import { stringsFor, type AdaptiveCardJson } from '../render/cards';
import { plainTextOfMessage } from './activity-text';
import type { Troubleshooter } from './troubleshooter';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** The bot. */
export class TeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly troubleshooter: Troubleshooter,
    private readonly store: FeedbackStore,
    private readonly log: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // A message with only a card submit (older clients) or attachments carries no text.
    const raw = typeof activity.text === 'string' ? activity.text : '';
    const text = plainTextOfMessage(TurnContext.removeRecipientMention(activity) ?? raw);
    const locale = negotiateLocale(activity.locale);
    const answerId = randomUUID();
    const reply = this.troubleshooter.reply(text, locale, answerId);
    const top = reply.classification.matches[0];
    await this.store.recordAnswer({
      id: answerId,
      ...(reply.entryId ? { entryId: reply.entryId } : {}),
      locale: reply.locale,
      decision: reply.classification.decision,
      score: top?.score ?? 0,
      paste: redact(text.slice(0, 4000)),
      userHash: userHash(context),
      time: new Date().toISOString(),
    });
    this.log.info('answered', {
      activityId: activity.id,
      conversationId: activity.conversation?.id,
      decision: reply.classification.decision,
      entryId: reply.entryId,
      matches: reply.classification.matches.slice(0, 3).map((m) => `${m.entryId}:${m.score}`),
    });
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
  }

  /**
   * Universal Actions (`adaptiveCard/action` invokes), each answered with the updated card:
   * - `choose`: a choice card becomes the chosen entry's answer (recorded as an answer);
   * - `feedback`: stores the user's verdict (one per user and answer; a second click replaces the
   *   first); "helpful" thanks, "not helpful" asks for an optional comment in place;
   * - `feedbackComment`: stores the comment and thanks.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = (value?.action?.data ?? {}) as Record<string, unknown>;
    const str = (k: string): string => (typeof data[k] === 'string' ? (data[k] as string) : '');
    const entryId = str('entryId');
    const cardLocale = isLocale(data['locale']) ? data['locale'] : undefined;
    const locale: Locale = negotiateLocale(context.activity.locale) ?? cardLocale ?? 'en-us';
    const s = stringsFor(locale);
    const verb = value?.action?.verb;
    let card: AdaptiveCardJson | undefined;
    if (verb === 'choose' && this.troubleshooter.kb.get(entryId)) {
      const answerId = randomUUID();
      await this.store.recordAnswer({
        id: answerId, entryId, locale, decision: 'answer', score: 1, paste: '', userHash: userHash(context), time: new Date().toISOString(),
      });
      card = this.troubleshooter.answerCard(entryId, locale, cardLocale, { answerId });
    } else if ((verb === 'feedback' || verb === 'feedbackComment') && this.troubleshooter.kb.get(entryId)) {
      const helpful = verb === 'feedback' ? data['helpful'] === true : false;
      const comment = verb === 'feedbackComment' ? str('comment').slice(0, 1000) : undefined;
      const stored = await this.store.recordFeedback({
        answerId: str('answerId'), entryId, helpful, ...(comment ? { comment: redact(comment) } : {}), userHash: userHash(context), time: new Date().toISOString(),
      });
      if (!stored) this.log.warn('feedback for an unknown answer', { activityId: context.activity.id, answerId: str('answerId') });
      const stage = verb === 'feedback' && !helpful ? { commentPrompt: s.commentPrompt } : { feedback: s.thanks };
      card = this.troubleshooter.answerCard(entryId, locale, cardLocale, { answerId: str('answerId'), ...stage });
    }
    if (!card) {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `unknown action "${String(verb)}" or entry "${entryId}"` } as never };
    }
    return { statusCode: 200, type: CARD, value: card as never };
  }
}

/** SHA-256 (hex) of the user's Entra object id, else of their channel id: never stored in clear. */
function userHash(context: TurnContext): string {
  const from = context.activity.from ?? {};
  return createHash('sha256').update(from.aadObjectId ?? from.id ?? 'anonymous').digest('hex');
}
