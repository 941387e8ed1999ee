/**
 * Bot strings (card labels, buttons, prompts) per language; one file per locale, one table here.
 */
import type { AreaKey } from '../../core/classifier/areas';
import type { Language } from '../../core/locale';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Every string the bot shows, by key. */
export interface Strings {
  /** The separator after a label: ': ' in English and Dutch, ' : ' in French typography. */
  colon: string;
  causes: string;
  resolution: string;
  option: string;
  codes: string;
  source: string;
  updated: string;
  helpful: string;
  notHelpful: string;
  thanks: string;
  commentPrompt: string;
  send: string;
  openDoc: string;
  fallbackNote: string;
  askTitle: string;
  askBody: string;
  noneOfThese: string;
  noneTitle: string;
  noneBody: string;
  noneTips: string[];
  noneChecklist: string;
  knownCode: string;
  /** Line of the no-match card naming what the paste seems to be about: `{areas}`. */
  noneArea: string;
  /** Names of the areas of `src/core/classifier/areas.ts`, by key, for {@link Strings.noneArea}. */
  areas: Record<AreaKey, string>;
  errorTitle: string;
  errorBody: string;
  emptyTitle: string;
  emptyBody: string;
  tooLong: string;
  intakeStart: string;
  qPlatform: string;
  qMethod: string;
  qMessage: string;
  qUsers: string;
  qDevices: string;
  qSince: string;
  retryChoice: string;
  retryNumber: string;
  cancelled: string;
  escalated: string;
  noHelpdesk: string;
  helpdeskSet: string;
  helpdeskOnlyInChannel: string;
  escalationTitle: string;
  statusOpen: string;
  statusClaimed: string;
  statusResolved: string;
  claim: string;
  resolve: string;
  pasteLabel: string;
  closestLabel: string;
  noticeTitle: string;
  notifyClaimed: string;
  notifyResolved: string;
  helpTitle: string;
  helpLines: string[];
  languageSet: string;
  platforms: string[];
  methods: string[];
  /** Language names as the user's language writes them. */
  languageNames: Record<Language, string>;
}

/** Strings by language. */
export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr, nl };

/** Replaces `{name}` placeholders with values; unknown names stay as written. */
export function format(s: string, values: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
