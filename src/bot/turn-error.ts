/**
 * The error boundary of a turn: log with the activity and conversation ids, and tell the user
 * politely, with a reference they can quote.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { negotiateLocale } from '../core/locale';
import type { Logger } from '../logger';
import { renderMessageCard, stringsFor } from '../render/cards';
import { format } from './strings';

/** Builds the adapter's `onTurnError` handler. */
export function createTurnErrorHandler(log: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    const ref = activity?.id ?? 'unknown';
    log.error('turn failed', { activityId: activity?.id, conversationId: activity?.conversation?.id, type: activity?.type, err: error });
    if (activity?.type !== 'message') return; // invokes get their error status from the adapter
    try {
      const s = stringsFor(negotiateLocale(activity.locale) ?? 'en-us');
      const card = renderMessageCard(s.errorTitle, [format(s.errorBody, { ref })]);
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } catch (sendError) {
      log.error('could not send the error card', { activityId: activity.id, err: sendError });
    }
  };
}
