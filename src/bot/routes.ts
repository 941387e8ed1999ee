/**
 * Commands the bot understands in a 1:1 chat or after an @mention, as an ordered route table:
 * the first route whose `select` matches the message text handles the turn. Each command is
 * localized (en, fr, nl). A message no route takes is a paste to troubleshoot.
 */

/** A command: what it is called, when it applies, what it carries. */
export interface Route<A> {
  name: string;
  /** Returns the command's argument when `text` (mention removed, trimmed) invokes it. */
  select(text: string): A | undefined;
}

/** `cancel`, `annuler`, `annuleren`, `stop`: end the current questions. */
export const CANCEL: Route<true> = {
  name: 'cancel',
  select: (t) => (/^(cancel|annuler|annuleren|stop|stoppen)[.!]?$/i.test(t) ? true : undefined),
};

/** `help`, `aide`, `hulp`, `?`. */
export const HELP: Route<true> = {
  name: 'help',
  select: (t) => (/^(help|aide|hulp|\?)[.!]?$/i.test(t) ? true : undefined),
};

/** `language fr|nl|en` (also `langue …`, `taal …`). */
export const LANGUAGE: Route<'en' | 'fr' | 'nl'> = {
  name: 'language',
  select: (t) => {
    const m = /^(?:language|langue|taal)\s+(en|fr|nl|english|français|francais|nederlands|anglais|néerlandais|engels|frans)$/i.exec(t);
    if (!m) return undefined;
    const v = m[1]!.toLowerCase();
    return v.startsWith('f') ? 'fr' : v.startsWith('n') ? 'nl' : 'en';
  },
};

/** `set helpdesk` (also `définir support`, `helpdesk instellen`), in a team channel. */
export const SET_HELPDESK: Route<true> = {
  name: 'set-helpdesk',
  select: (t) => (/^(set helpdesk|helpdesk instellen|d[ée]finir (le )?support)$/i.test(t) ? true : undefined),
};
