/**
 * Guided intake, when no playbook matches: the questions of the Windows enrollment doc's
 * prerequisites checklist ("Collect the following information about the problem"), one per turn,
 * each with the prompt that fits (choice, text, number). Ends with the answers; the caller
 * escalates them. The user may cancel at any point (handled before dialogs run, in the bot).
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  NumberPrompt,
  TextPrompt,
  WaterfallDialog,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Locale } from '../src/core/locale';
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

type Question = { key: keyof Strings; kind: 'choice' | 'text' | 'number'; choices?: (s: Strings) => string[] };

/** The questions, in the order the doc lists them (platform, method, message and place, scale, since when). */
const QUESTIONS: readonly Question[] = [
  { key: 'qPlatform', kind: 'choice', choices: (s) => s.platforms },
  { key: 'qMethod', kind: 'choice', choices: (s) => s.methods },
  { key: 'qMessage', kind: 'text' },
  { key: 'qUsers', kind: 'number' },
  { key: 'qDevices', kind: 'number' },
  { key: 'qSince', kind: 'text' },
];

/** The intake dialog. */
export class IntakeDialog extends ComponentDialog {
  constructor() {
    super(INTAKE_DIALOG);
    this.addDialog(new ChoicePrompt(CHOICE));
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

  private async ask(step: WaterfallStepContext, q: Question, index: number) {
    const o = step.options as IntakeOptions;
    const s = stringsFor(o.locale);
    const question = s[q.key] as string;
    const choices = q.choices?.(s);
    const prompt = MessageFactory.attachment(
      CardFactory.adaptiveCard(
        renderQuestionCard(question, {
          ...(index === 0 ? { intro: s.intakeStart } : {}),
          step: `${index + 1}/${QUESTIONS.length}`,
          ...(choices ? { choices } : {}),
        }),
      ),
    );
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
    answers.push({ question: stringsFor(o.locale)[q.key] as string, answer: redactedStart(String(value ?? ''), MAX_INTAKE_ANSWER) });
  }
}
