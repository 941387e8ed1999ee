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
import { isLocale, negotiateLocale, type Locale } from '../core/locale';
import type { Logger } from '../logger';
import { stringsFor, type AdaptiveCardJson } from '../render/cards';
import { plainTextOfMessage } from './activity-text';
import type { Troubleshooter } from './troubleshooter';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** The bot. */
export class TeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly troubleshooter: Troubleshooter,
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
    const reply = this.troubleshooter.reply(text, locale);
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
   * Universal Actions (`adaptiveCard/action` invokes): `choose` replaces a choice card with the
   * chosen entry's answer; `feedback` acknowledges in place (storing feedback is the next step).
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = (value?.action?.data ?? {}) as Record<string, unknown>;
    const entryId = typeof data['entryId'] === 'string' ? data['entryId'] : '';
    const locale: Locale = negotiateLocale(context.activity.locale) ?? (isLocale(data['locale']) ? data['locale'] : 'en-us');
    const verb = value?.action?.verb;
    let card: AdaptiveCardJson | undefined;
    if (verb === 'choose') {
      card = this.troubleshooter.answerCard(entryId, locale, isLocale(data['locale']) ? data['locale'] : undefined);
    } else if (verb === 'feedback') {
      this.log.info('feedback', { activityId: context.activity.id, entryId, helpful: data['helpful'] === true });
      card = this.troubleshooter.answerCard(entryId, locale, isLocale(data['locale']) ? data['locale'] : undefined, {
        feedback: stringsFor(locale).thanks,
      });
    }
    if (!card) {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `unknown action "${String(verb)}" or entry "${entryId}"` } as never };
    }
    return { statusCode: 200, type: CARD, value: card as never };
  }
}
