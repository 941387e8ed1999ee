/**
 * Guided intake, when no playbook matches: the questions of the Windows enrollment doc's
 * prerequisites checklist ("Collect the following information about the problem"), one per turn,
 * each with the prompt that fits (choice, text, number). Ends with the answers; the caller
 * escalates them. The user may cancel at any point (handled before dialogs run, in the bot).
 *
 * A new paste where a choice or a number is asked (an error, or another device problem: the
 * no-match card says "paste the exact error message", and the first question arrives with it)
 * ends the intake with {@link IntakeInterrupted} instead of a "pick one of the options" retry; the
 * bot then replies to the paste as to any other.
 */
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ComponentDialog,
  DialogTurnStatus,
  ListStyle,
  NumberPrompt,
  recognizeChoices,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogReason,
  type DialogTurnResult,
  type FindChoicesOptions,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { LOCALES, type Locale } from '../src/core/locale';
import { redactedStart } from '../src/core/redact';
import { renderQuestionCard, stringsFor } from '../src/render/cards';
import type { Strings } from '../src/bot/strings';

/** Most characters of an intake answer kept (the escalation's size bound in azure-helpdesk.ts counts on it). */
export const MAX_INTAKE_ANSWER = 1000;

/** Id of the intake dialog. */
export const INTAKE_DIALOG = 'intake';
const WATERFALL = 'intake.waterfall';
const CHOICE = 'intake.choice';
const TEXT = 'intake.text';
const NUMBER = 'intake.number';

/** What starts the intake. */
export interface IntakeOptions {
  /** The user's paste that matched nothing, redacted and cut to MAX_STORED_PASTE by the bot before the dialog starts (dialog state is stored). */
  paste: string;
  locale: Locale;
  /** Closest entries found, for the helpdesk. */
  matches: { entryId: string; title: string; score: number }[];
}

/** What the intake returns. */
export interface IntakeResult extends IntakeOptions {
  answers: { question: string; answer: string }[];
}

/** What the intake ends with when the user pasted a new problem instead of answering a choice or number question. */
export interface IntakeInterrupted {
  newPaste: true;
}

/** Whether an intake's result is {@link IntakeInterrupted}. */
export function isIntakeInterrupted(result: IntakeResult | IntakeInterrupted): result is IntakeInterrupted {
  return 'newPaste' in result;
}

/** Whether the turn's message is a new paste: a device problem the troubleshooter replies to, not a greeting or a stray word. */
export type NewPasteTest = (context: TurnContext) => boolean;

type Question = { key: keyof Strings; kind: 'choice' | 'text' | 'number'; choices?: (s: Strings) => string[] };

/**
 * What the intake keeps in its own (stored) dialog state, besides its questions' stack, so that a
 * choice question's cards lose their buttons once it is answered: Teams keeps a card's buttons
 * tappable for as long as the message stands, and a late tap would be read as the answer to
 * whatever question is open then.
 */
interface CardsState {
  /** The question being asked, with its progress line (a new object for each question asked). */
  asking?: { question: string; intro?: string; step: string; choice: boolean };
  /** Ids of the activities that carry the current choice question's cards (the question, its retries). */
  open?: string[];
  /** The last answer recorded, as the card shows it. */
  answer?: string;
}

/** The questions, in the order the doc lists them (platform, method, message and place, scale, since when). */
const QUESTIONS: readonly Question[] = [
  { key: 'qPlatform', kind: 'choice', choices: (s) => s.platforms },
  { key: 'qMethod', kind: 'choice', choices: (s) => s.methods },
  { key: 'qMessage', kind: 'text' },
  { key: 'qUsers', kind: 'number' },
  { key: 'qDevices', kind: 'number' },
  { key: 'qSince', kind: 'text' },
];

/**
 * How a choice question reads a message: by its options' words only. The options are buttons, not
 * a numbered list, so a number or an ordinal in the text ("two laptops") picks nothing.
 */
const READ_CHOICE: FindChoicesOptions = { recognizeNumbers: false, recognizeOrdinals: false };

/** Every option of every choice question, in every locale: what a choice question takes as an answer. */
const ALL_OPTIONS: string[] = [...new Set(LOCALES.flatMap((l) => QUESTIONS.flatMap((q) => q.choices?.(stringsFor(l)) ?? [])))];

/** The intake dialog. */
export class IntakeDialog extends ComponentDialog {
  /** @param isNewPaste tells a new paste (default: never, so every message is an answer). */
  constructor(private readonly isNewPaste: NewPasteTest = () => false) {
    super(INTAKE_DIALOG);
    const choice = new ChoicePrompt(CHOICE);
    choice.recognizerOptions = READ_CHOICE;
    this.addDialog(choice);
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(new NumberPrompt(NUMBER, async (p: PromptValidatorContext<number>) => p.recognized.succeeded && Number.isInteger(p.recognized.value) && p.recognized.value! >= 0));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        ...QUESTIONS.map((q, i) => async (step: WaterfallStepContext) => {
          if (i > 0) this.record(step, QUESTIONS[i - 1]!, step.result);
          return this.ask(step, q, i);
        }),
        async (step: WaterfallStepContext) => {
          this.record(step, QUESTIONS[QUESTIONS.length - 1]!, step.result);
          const o = step.options as IntakeOptions;
          return step.endDialog({ ...o, answers: (step.values as Record<string, unknown>)['answers'] as IntakeResult['answers'] } satisfies IntakeResult);
        },
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  /**
   * Ends with {@link IntakeInterrupted} when a choice question gets a new paste that is none of its
   * options, or a number question gets a new paste; otherwise the waiting question reads the message.
   */
  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    const waiting = this.createChildContext(outer)?.activeDialog?.id;
    const text = outer.context.activity.text ?? '';
    const noOption = (waiting === CHOICE && recognizeChoices(text, ALL_OPTIONS, READ_CHOICE).length === 0) || waiting === NUMBER;
    if (noOption && this.isNewPaste(outer.context)) return outer.endDialog({ newPaste: true } satisfies IntakeInterrupted);
    const state = outer.activeDialog!.state as CardsState;
    const asked = state.asking;
    const sent = watchCards(outer.context);
    const result = await super.continueDialog(outer);
    // The question was answered when another was asked (a new `asking`); when the questions end,
    // endDialog closes the cards.
    if (state.asking !== asked) await closeCards(outer.context, state, asked, state.answer);
    if (result.status === DialogTurnStatus.waiting && state.asking?.choice) (state.open ??= []).push(...sent);
    return result;
  }

  override async beginDialog(outer: DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    const sent = watchCards(outer.context);
    const result = await super.beginDialog(outer, options);
    const state = outer.activeDialog?.state as CardsState | undefined;
    if (result.status === DialogTurnStatus.waiting && state?.asking?.choice) (state.open ??= []).push(...sent);
    return result;
  }

  /** When the intake ends with a choice question's cards still open (cancelled, a new paste, the last answer), they lose their buttons. */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    const state = instance.state as CardsState;
    await closeCards(context, state, state.asking, undefined);
    return super.endDialog(context, instance, reason);
  }

  private async ask(step: WaterfallStepContext, q: Question, index: number) {
    const o = step.options as IntakeOptions;
    const s = stringsFor(o.locale);
    const question = s[q.key] as string;
    const choices = q.choices?.(s);
    const asking = { question, ...(index === 0 ? { intro: s.intakeStart } : {}), step: `${index + 1}/${QUESTIONS.length}`, choice: !!choices };
    (step.parent!.activeDialog!.state as CardsState).asking = asking;
    const prompt = MessageFactory.attachment(CardFactory.adaptiveCard(renderQuestionCard(question, { ...asking, ...(choices ? { choices } : {}) })));
    if (q.kind === 'choice') {
      const retry = MessageFactory.attachment(CardFactory.adaptiveCard(renderQuestionCard(s.retryChoice, { choices: choices! })));
      return step.prompt(CHOICE, { prompt, retryPrompt: retry, choices: ChoiceFactory.toChoices(choices!), style: ListStyle.none });
    }
    if (q.kind === 'number') {
      return step.prompt(NUMBER, { prompt, retryPrompt: MessageFactory.text(s.retryNumber) });
    }
    return step.prompt(TEXT, { prompt });
  }

  private record(step: WaterfallStepContext, q: Question, result: unknown): void {
    const o = step.options as IntakeOptions;
    const values = step.values as Record<string, unknown>;
    const answers = (values['answers'] ??= []) as IntakeResult['answers'];
    const value = (result as FoundChoice | undefined)?.value ?? result;
    // Dialog state is stored: an answer is cut and redacted before it is kept.
    const answer = redactedStart(String(value ?? ''), MAX_INTAKE_ANSWER);
    answers.push({ question: stringsFor(o.locale)[q.key] as string, answer });
    (step.parent!.activeDialog!.state as CardsState).answer = answer;
  }
}

/** Ids of the activities with an attachment (the question cards) sent from now on in this turn. */
function watchCards(context: TurnContext): string[] {
  const ids: string[] = [];
  context.onSendActivities(async (_context, activities, next) => {
    const responses = await next();
    activities.forEach((a, i) => {
      const id = responses[i]?.id;
      if (a.attachments?.length && id) ids.push(id);
    });
    return responses;
  });
  return ids;
}

/**
 * Replaces the open cards of `asked` (state.open) with the question and `answer` (none when the
 * intake ended unanswered), without buttons, and forgets them. An update the channel refuses (the
 * message deleted, a channel without updates) leaves that card as it was: it is cosmetic, and the
 * intake goes on.
 */
async function closeCards(context: TurnContext, state: CardsState, asked: CardsState['asking'], answer: string | undefined): Promise<void> {
  const open = state.open ?? [];
  state.open = [];
  if (!asked || !open.length) return;
  const card = CardFactory.adaptiveCard(renderQuestionCard(asked.question, { ...asked, ...(answer ? { answer } : {}) }));
  for (const id of open) {
    try {
      await context.updateActivity({ id, type: ActivityTypes.Message, attachments: [card] } satisfies Partial<Activity>);
    } catch {
      // Cosmetic (see above).
    }
  }
}
