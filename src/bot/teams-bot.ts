/**
 * The Teams bot: a thin TeamsActivityHandler. A message is a command (routes.ts), an answer to the
 * open intake dialog, or a paste for the {@link Troubleshooter}; a card action (Universal Actions)
 * is a choice, feedback, "none of these", or a helpdesk Claim/Resolve. All botbuilder use for turns
 * lives in src/bot and dialogs/, so a move to the SDK's successor touches only the adapters.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { isLocale, localeOfLanguage, negotiateLocale, type Locale } from '../core/locale';
import { redactedStart } from '../core/redact';
import type { Logger } from '../logger';
import { renderMessageCard, stringsFor, type AdaptiveCardJson } from '../render/cards';
import { MAX_FEEDBACK_COMMENT, MAX_STORED_PASTE, type AnswerRecord, type FeedbackStore } from '../storage/types';
import {
  INTAKE_DIALOG,
  IntakeDialog,
  isIntakeInterrupted,
  type IntakeInterrupted,
  type IntakeOptions,
  type IntakeResult,
} from '../../dialogs/intake-dialog';
import { plainTextOfMessage } from './activity-text';
import type { Helpdesk } from './helpdesk';
import { CANCEL, HELP, LANGUAGE, SET_HELPDESK, type Route } from './routes';
import { format } from './strings';
import type { Troubleshooter } from './troubleshooter';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** The message's text without the @mention of the bot, as plain text (activity-text.ts). */
function messageText(context: TurnContext): string {
  const activity = context.activity;
  const raw = typeof activity.text === 'string' ? activity.text : '';
  return plainTextOfMessage(TurnContext.removeRecipientMention(activity) ?? raw);
}

/** What the bot is built from. */
export interface TeamsBotDeps {
  troubleshooter: Troubleshooter;
  feedback: FeedbackStore;
  helpdesk: Helpdesk;
  conversationState: ConversationState;
  userState: UserState;
  log: Logger;
}

/** The bot. */
export class TeamsBot extends TeamsActivityHandler {
  readonly #d: TeamsBotDeps;
  readonly #dialogs: DialogSet;
  readonly #language: StatePropertyAccessor<Locale | undefined>;

  constructor(deps: TeamsBotDeps) {
    super();
    this.#d = deps;
    this.#dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState')).add(
      new IntakeDialog((context) => deps.troubleshooter.isDeviceProblem(messageText(context), negotiateLocale(context.activity.locale))),
    );
    this.#language = deps.userState.createProperty<Locale | undefined>('language');
    this.onMessage(async (context, next) => {
      await this.#message(context);
      await next();
    });
  }

  /** Runs the turn, then saves conversation state (open dialogs) and user state (language). */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.#d.conversationState.saveChanges(context, false);
    await this.#d.userState.saveChanges(context, false);
  }

  /** The reader's locale: the `language` command's choice, else Teams' locale, else the text's language, else en-us. */
  async #locale(context: TurnContext, textLocale?: Locale): Promise<Locale> {
    return (await this.#language.get(context)) ?? negotiateLocale(context.activity.locale) ?? textLocale ?? 'en-us';
  }

  async #send(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  async #message(context: TurnContext): Promise<void> {
    const text = messageText(context);
    const dc = await this.#dialogs.createContext(context);
    const commandText = text.length <= 60 ? text.trim() : '';

    for (const command of this.#commands) {
      const arg = command.route.select(commandText);
      if (arg !== undefined) return command.handle(context, dc, arg);
    }
    if (dc.activeDialog) {
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.complete) return;
      const ended = result.result as IntakeResult | IntakeInterrupted;
      // A new paste instead of an answer: the questions ended, the paste gets its own reply.
      if (!isIntakeInterrupted(ended)) return this.#escalate(context, ended);
    }
    await this.#troubleshoot(context, dc, text);
  }

  /** The commands, in the order routes.ts gives them precedence: the first whose route selects the text handles the turn. */
  readonly #commands: readonly Command[] = [
    command(CANCEL, async (context, dc) => {
      await dc.cancelAllDialogs();
      const s = stringsFor(await this.#locale(context));
      await this.#send(context, renderMessageCard(s.cancelled, []));
    }),
    command(HELP, async (context) => {
      const s = stringsFor(await this.#locale(context));
      await this.#send(context, renderMessageCard(s.helpTitle, s.helpLines.map((l) => `- ${l}`)));
    }),
    command(LANGUAGE, async (context, _dc, language) => {
      const locale = localeOfLanguage(language);
      await this.#language.set(context, locale);
      await this.#send(context, renderMessageCard(stringsFor(locale).languageSet, []));
    }),
    command(SET_HELPDESK, async (context) => {
      const s = stringsFor(await this.#locale(context));
      const ok = await this.#d.helpdesk.setChannel(context);
      await this.#send(context, renderMessageCard(ok ? s.helpdeskSet : s.helpdeskOnlyInChannel, []));
    }),
  ];

  async #troubleshoot(context: TurnContext, dc: DialogContext, text: string): Promise<void> {
    const activity = context.activity;
    const preferred = (await this.#language.get(context)) ?? negotiateLocale(activity.locale);
    const answerId = randomUUID();
    const reply = this.#d.troubleshooter.reply(text, preferred, answerId);
    const { classification } = reply;
    const top = classification.matches[0];
    await this.#recordAnswer(context, {
      id: answerId,
      ...(reply.entryId ? { entryId: reply.entryId } : {}),
      locale: reply.locale,
      decision: classification.decision,
      score: top?.score ?? 0,
      paste: redactedStart(text, MAX_STORED_PASTE),
    });
    this.#d.log.info('answered', {
      activityId: activity.id,
      conversationId: activity.conversation?.id,
      decision: classification.decision,
      entryId: reply.entryId,
      matches: classification.matches.slice(0, 3).map((m) => `${m.entryId}:${m.score}`),
    });
    await this.#send(context, reply.card);
    // Nothing matched a paste about a device problem (not a greeting or noise): gather the facts for the helpdesk.
    if (reply.kind === 'noMatch' && activity.conversation?.conversationType === 'personal') {
      await this.#startIntake(dc, { paste: text, locale: reply.locale, matches: [] });
    }
  }

  /** Stores an answer, with the user's hashed id and the time. */
  async #recordAnswer(context: TurnContext, answer: Omit<AnswerRecord, 'userHash' | 'time'>): Promise<void> {
    await this.#d.feedback.recordAnswer({ ...answer, userHash: userHash(context), time: new Date().toISOString() });
  }

  /** Starts the intake questions; the paste kept in the dialog's state is cut and redacted first. */
  async #startIntake(dc: DialogContext, options: IntakeOptions): Promise<void> {
    await dc.cancelAllDialogs();
    await dc.beginDialog(INTAKE_DIALOG, { ...options, paste: redactedStart(options.paste, MAX_STORED_PASTE) });
  }

  async #escalate(context: TurnContext, intake: IntakeResult): Promise<void> {
    const s = stringsFor(intake.locale);
    const { escalation, posted } = await this.#d.helpdesk.escalate(context, intake);
    await this.#send(context, this.#d.helpdesk.card(escalation, intake.locale, { actions: false }));
    await this.#send(context, renderMessageCard(posted ? s.escalated : format(s.noHelpdesk, { ref: escalation.id }), []));
    this.#d.log.info('escalated', { escalationId: escalation.id, posted, activityId: context.activity.id });
  }

  /**
   * Universal Actions (`adaptiveCard/action` invokes), each answered with the updated card:
   * - `choose`: a choice card becomes the chosen entry's answer (recorded as an answer);
   * - `noneOfThese`: starts the intake (its first question arrives as a message);
   * - `feedback`: stores the user's verdict (one per user and answer; a second click replaces the
   *   first); "helpful" thanks, "not helpful" asks for an optional comment in place;
   * - `feedbackComment`: stores the comment and thanks;
   * - `claim`, `resolve`: a helpdesk member acts on an escalation; the requester is notified.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = (value?.action?.data ?? {}) as Record<string, unknown>;
    const str = (k: string): string => (typeof data[k] === 'string' ? (data[k] as string) : '');
    const entryId = str('entryId');
    const cardLocale = isLocale(data['locale']) ? data['locale'] : undefined;
    const locale = await this.#locale(context, cardLocale);
    const s = stringsFor(locale);
    const verb = value?.action?.verb;
    const kb = this.#d.troubleshooter.kb;
    let card: AdaptiveCardJson | undefined;
    if (verb === 'choose' && kb.get(entryId)) {
      const answerId = randomUUID();
      await this.#recordAnswer(context, { id: answerId, entryId, locale, decision: 'answer', score: 1, paste: '' });
      card = this.#d.troubleshooter.answerCard(entryId, locale, cardLocale, { answerId });
    } else if (verb === 'noneOfThese') {
      const dc = await this.#dialogs.createContext(context);
      const paste = str('paste');
      const troubleshooter = this.#d.troubleshooter;
      const matches = troubleshooter.closest(troubleshooter.classifier.classify(paste, { locale }).matches, locale).map(({ entryId, title, score }) => ({ entryId, title, score }));
      await this.#startIntake(dc, { paste, locale, matches });
      card = renderMessageCard(s.noneOfThese, [s.intakeStart]);
    } else if ((verb === 'feedback' || verb === 'feedbackComment') && kb.get(entryId)) {
      const helpful = verb === 'feedback' ? data['helpful'] === true : false;
      const comment = verb === 'feedbackComment' ? redactedStart(str('comment'), MAX_FEEDBACK_COMMENT) : undefined;
      const stored = await this.#d.feedback.recordFeedback({
        answerId: str('answerId'), entryId, helpful, ...(comment ? { comment } : {}), userHash: userHash(context), time: new Date().toISOString(),
      });
      if (!stored) this.#d.log.warn('feedback for an unknown answer', { activityId: context.activity.id, answerId: str('answerId') });
      const stage = verb === 'feedback' && !helpful ? { commentPrompt: s.commentPrompt } : { feedback: s.thanks };
      card = this.#d.troubleshooter.answerCard(entryId, locale, cardLocale, { answerId: str('answerId'), ...stage });
    } else if (verb === 'claim' || verb === 'resolve') {
      card = await this.#d.helpdesk.act(context, verb, str('escalationId'), locale);
    }
    if (!card) {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `unknown action "${String(verb)}" or target` } as never };
    }
    return { statusCode: 200, type: CARD, value: card as never };
  }
}

/** SHA-256 (hex) of the user's Entra object id, else of their channel id: never stored in clear. */
function userHash(context: TurnContext): string {
  const from = context.activity.from ?? {};
  return createHash('sha256').update(from.aadObjectId ?? from.id ?? 'anonymous').digest('hex');
}

/** A command: its route (routes.ts) and what the bot does with the argument the route selected. */
interface Command {
  route: Route<unknown>;
  handle(context: TurnContext, dc: DialogContext, arg: unknown): Promise<void>;
}

/** Pairs a route with its handler, keeping the argument's type between them. */
function command<A>(route: Route<A>, handle: (context: TurnContext, dc: DialogContext, arg: A) => Promise<void>): Command {
  return { route, handle: (context, dc, arg) => handle(context, dc, arg as A) };
}
