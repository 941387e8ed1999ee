/**
 * Asides: the parts of a post that its writer marks as not the question ("Side note, not the
 * question: …", "Background, not what I'm asking: …", "Before anyone suggests it: …", "Wat ik al
 * weet en dus niet zoek:", "… et ce n'est pas l'objet de ma question."). Long posts name entries
 * there as history or as what is already ruled out; what they ask is elsewhere. Pure: no
 * botbuilder, no state.
 */
import { fold } from './fold';
import { pastStories, QUOTED_LINE, titleSaysSolved } from './code-context';

/**
 * A paragraph's opening label (folded, up to its colon) that marks the paragraph as an aside: a side
 * note, something unrelated, what the writer already knows or ruled out before anyone asks, what a
 * handover or change request lists as closed or as earlier issues ("Closed items (for reference
 * only, nothing to do):", "Sujets clos (pour mémoire, rien à faire) :", "Afgerond (ter info, geen
 * actie):", "Background / previous issues:"; tuning pastes: 2 more refused, no answer lost), in
 * English, French and Dutch; or a label that says in brackets its item is fixed ("Failure A
 * (understood, fixed):"; not "(not fixed yet)"). Not "Aside from the Wi-Fi warning I also get: …", which adds to the problem.
 */
const ASIDE_LABEL =
  /^[\s\-*•>]*(?:(?:side ?note|sidenote|(?:as an )?aside(?! from)|unrelated|not related|off[ -]topic|before anyone (?:asks|suggests)|(?:background|context|fyi|history)\W+not (?:the question|what i\W?m asking|what i am asking|my question)|what i (?:already )?know and (?:am not|i\W?m not) (?:looking|asking) for|already (?:ruled out|excluded)|(?:closed|resolved|fixed|finished|completed) (?:items?|issues?|tickets?|topics?|points?)|for reference only|(?:background\W+)?previous (?:issues|incidents|problems)|(?:sujets?|points?|tickets?|incidents?) (?:clos|clotures?|resolus|regles|termines)|pour memoire|afgerond|afgesloten(?: (?:punten|items|meldingen|tickets))?|ter info\w*|eerdere (?:problemen|incidenten|meldingen)|hors sujet|sans rapport|(?:pour info|contexte|historique)\W+(?:pas|hors) (?:la question|sujet|l['’ ]?objet)|avant qu['’ ]?on me (?:le )?demande|ce que je sais deja|deja (?:exclu|verifie)s?|terzijde|los daarvan|wat ik al weet|al uitgesloten|voor iemand het vraagt)\b[^:\n]{0,60}|[^:()\n]{0,40}\((?![^()\n]{0,50}\b(?:not|niet|nog|pas|still|toujours|yet|encore)\b)[^()\n]{0,30}\b(?:fixed|solved|resolved|closed|done|opgelost|afgerond|gesloten|resolu|regle|clos|cloture)\b[^()\n]{0,20}\)\s*):/;

/**
 * A heading alone on its line that says the list under it is finished work or ruled out (folded):
 * "Completed", "Done", "Terminé", "Afgerond" with no colon, as handover notes write them;
 * "Uitgesloten", "Ruled out", "Écartés", as a support case summary writes them; numbered and with
 * a short remark ("2. Things that are DONE, don't touch"), not one that says something is not ("Fixed,
 * except the kiosks").
 */
const SETTLED_HEADING = /^[\s\-*•>#]*(?:\d{1,2}[.)][ \t]*)?(?:(?:things|items|points|what['’]?s) (?:that (?:are|is) |already )?)?(?:completed|done|finished|resolved|closed|fixed|terminee?s?|resolus?|regles?|clos|afgerond|opgelost|gesloten|klaar|(?:already )?ruled out|excluded|(?:deja )?exclu(?:e|s|es)?|(?:hypotheses )?ecartee?s?|(?:al )?uitgesloten)[ \t]*(?:[,(–—-](?![^\n]{0,30}\b(?:not|still|but|except|yet|pas|toujours|mais|sauf|encore|niet|nog|maar|behalve)\b)[^\n]{0,30})?\n/;

/**
 * Words that say the sentence they stand in is not the question (folded): "… and that's not the
 * question", "this isn't what I'm asking", "ce n'est pas l'objet de ma question", "dat is een ander
 * verhaal", or that the poster already knows where or how ("Ik weet al waar ik kan zien wie een
 * actie heeft gestart …", "I already know how to …").
 */
const ASIDE_SENTENCE =
  /\b(?:(?:i|we) already know (?:where|how)|(?:je sais|on sait|nous savons) deja (?:ou|comment)|(?:ik weet|we weten) al (?:waar|hoe)|(?:is|s) not (?:the|my) question|not what (?:this|my) (?:post|thread|question) is about|not asking about (?:the|that|this) (?:error|issue|problem|code)|(?:ce )?n['’ ]?est pas le sujet de (?:ce|mon) (?:post|message|fil)|(?:daar|waar) gaat (?:deze post|dit bericht|mijn vraag) niet over|isn\W?t (?:the|my) question|not what i\W?m asking|not what i am asking|(?:is|s) a (?:different|separate) (?:story|issue|topic)|(?:n['’ ]?est|ce n['’ ]?est) pas (?:l['’ ]?objet de (?:ma|notre) question|ma question|notre question|la question|le sujet|notre sujet|mon sujet)|(?:c['’ ]?est|est) une autre histoire|(?:is|dat is) (?:een )?ander verhaal|(?:is|staat) niet (?:de|mijn) vraag|(?:dat is|is) niet (?:waar )?mijn vraag)\b/;

/**
 * Words that say what the paragraph told so far is someone else's case, not the poster's (folded):
 * "Chez moi rien à voir", "Rien à voir avec nous, mais du coup : …", "nothing to do with our
 * setup", "not our problem", "heeft niets met ons te maken". The paragraph up to them is an aside,
 * also when they open the sentence that asks the real question ("Un collègue disait « OOBEIDPS chez
 * nous c'était le proxy ». Chez moi rien à voir : combien de temps …"). Not "rien à voir avec le
 * proxy", which says what a problem is not caused by. Tuning pastes: 2 more refused, no answer lost.
 */
const NOT_OURS = /\b(?:(?:chez (?:moi|nous)[ ,]+)?rien a voir avec (?:nous|moi|notre (?:cas|probleme|souci|situation|environnement|tenant)|mon (?:cas|probleme|souci|environnement|tenant)|ma situation)|chez (?:moi|nous)[ ,]+rien a voir|nothing to do with (?:us|me|our (?:case|issue|problem|setup|tenant|environment)|my (?:case|issue|problem|setup|tenant))|(?:not|isn\W?t) (?:our|my) (?:problem|issue|case)|(?:heeft|had) (?:er )?niets met (?:ons|mij|onze (?:situatie|omgeving|tenant)|mijn (?:situatie|probleem|omgeving)) te maken|(?:is )?niet ons (?:probleem|geval))\b/;

/**
 * Someone else's guess at the problem, in a sentence (folded): "Collega zegt dat het de 0x801C03EA
 * TPM-fout is", "Collègue pense que c'est le certificat APNs expiré", "my colleague reckons …", or
 * a line labelled with who said it ("Teammate: "it's the device limit, DeviceCapReached"."). Read
 * with {@link REJECTED_AFTER} or {@link REJECTED_NEXT}: a guess the poster rejects is an aside.
 */
const GUESS =
  /\b(?:colleague|collega|collegue|teammate|coworker|co-worker|manager|boss|someone|somebody|iemand|quelqu['’ ]un|vendor|leverancier|prestataire|consultant|partner)s?\b[^.!?\n]{0,40}?\b(?:says|said|reckons|thinks|thought|suggested|suggests|is convinced|is sure|zegt|zei|denkt|dacht|vermoedt|is overtuigd|pense|dit|disait|pensait|suggere|croit|est persuadee?|est sure?)\b|^\W*(?:colleague|collega|collegue|teammate|coworker|manager|boss|vendor|leverancier|prestataire|consultant)\s*:/;

/**
 * The poster's rejection of a guess later in its sentence (folded): "…, maar dat klopt niet", "…,
 * mais je l'ai vérifié", "…, but that's not it", "…, I'm not convinced", "…, je ne suis pas convaincu".
 */
const REJECTED_AFTER =
  /(?:,\s*|\s)(?:but|maar|mais)\s+(?:that['’ ]?s not it|that['’ ]?s wrong|it['’ ]?s not|it isn['’ ]?t|it is not|that is not (?:it|the case)|i (?:have |['’]ve )?checked|dat klopt niet|dat is het niet|het is het niet|dat is niet zo|ik heb (?:het|dat) (?:gecontroleerd|gecheckt|nagekeken)|c['’ ]?est faux|ce n['’ ]?est pas (?:ca|le cas)|je l['’ ]?ai verifie|j['’ ]?ai verifie|non|no|nee|nope)\b|,\s*(?:(?:but|mais|maar)\s+)?(?:i['’ ]?m not|i am not|je ne suis pas|ik ben (?:er )?niet) (?:convinced|so sure|sure|convaincue?|si sure?|overtuigd|zo zeker)\b/;

/**
 * A sentence that opens by saying the problem the quoted line before it names is solved, and not
 * back (folded): "> Securing your hardware (Failed: 0x800705b4)" then "dat hebben we opgelost met
 * nieuwe hardware", "that one we fixed", "c'est réglé depuis", "Dat was vorige week, is opgelost";
 * or with no subject, saying since when or how ("sorted since the TPM firmware update", "opgelost
 * sinds de proxy-uitzondering", "réglé par la mise à jour").
 */
const SOLVED_NEXT =
  /^\W*(?:(?:dat|die|deze|that(?: one)?|this(?: one)?|it|ca|cela|celui[ -]la|celle[ -]la)\s+(?:(?:was|were|etait) [^,.!?]{1,30},\s*)?(?:(?:hebben|heb) (?:we|ik) (?:al |toen |inmiddels )?(?:opgelost|verholpen|gefixt)|is (?:al |inmiddels )?(?:opgelost|verholpen|gefixt|fixed|solved|sorted|resolved)|(?:we|i) (?:fixed|solved|sorted|resolved)|(?:was|has been|got) (?:fixed|solved|sorted|resolved)|(?:on|je|nous) l['’ ]?(?:a|ai|avons) (?:regle|resolu|corrige))|(?:we|i) (?:fixed|solved|sorted|resolved) (?:that|this|it)|c['’ ]?est (?:regle|resolu|corrige)|(?:fixed|solved|sorted|resolved|opgelost|verholpen|gefixt|regle|resolu|corrige)e?s? (?:since|sinds|depuis|by|door|par|after|na|apres|with|met|avec))\b(?![^.!?]*\b(?:still|again|back|weer|terug|opnieuw|nog steeds|toujours|encore|revenu)\b)/;

/**
 * A sentence that only tells the reader to ignore the one before it (folded): "Ignore that one.",
 * "You can ignore that.", "Negeer die maar.", "Oubliez ça." The sentence before is an aside.
 */
const IGNORE_PREVIOUS =
  /^\W*(?:(?:so |just |please |you can |feel free to )?ignore (?:that|this|it)(?: one| part| bit)?|(?:je mag |u mag |die mag je )?(?:negeer|negeren) (?:die|dat|deze|het)?(?: maar| gerust)?|(?:vous pouvez |tu peux )?(?:ignorez|ignore|oubliez|oublie) (?:celui[ -]la|celle[ -]la|ca|cela|ce point)(?: pour l['’ ]instant)?)\W*$/;

/**
 * A sentence that opens by rejecting what the sentence before it guessed (folded): "Me: no, the
 * user has 2 devices", "Non, je ne pense pas : …", "Nee, dat klopt niet".
 */
const REJECTED_NEXT =
  /^\W*(?:(?:me|moi|ik)\s*:\s*)?(?:no|nope|non|nee|neen|not (?:it|that|true|the case)|wrong|faux|(?:dat )?klopt niet|ce n['’ ]?est pas (?:ca|le cas)|that['’ ]?s not it|i don['’ ]?t think so|je ne (?:pense|crois) pas|denk het niet|niet waar)\b/;

/**
 * Where a marker of {@link NEW_QUESTION} or {@link NEW_PROBLEM} may stand (folded): at a line's or a
 * sentence's start, after a colon or a comma, up to six words in ("Nu ik toch hier ben, een andere vraag").
 */
const MARKER_LEAD = String.raw`(?:^|[.!?:]\s*|,\s*)(?:[a-z]+\W+){0,6}?`;

/**
 * Words that start a new question after the post's story (folded, at a sentence's or a line's start):
 * "Autre question :", "Andere vraag:", "Separate question:", "Different question now:", "Dernière
 * question", "One last question", "Laatste vraag", "Nog een vraag", "Nu ik toch
 * hier ben, een andere vraag …", "Unrelated question:", "My question is purely about the cleanup
 * itself", "Notre question porte sur la politique elle-même", "Mijn vraag gaat alleen over". What
 * comes before is what the thread was about: a solved problem, thanks, history.
 */
const NEW_QUESTION = new RegExp(String.raw`${MARKER_LEAD}(?:(?:another|a different|different|a separate|separate|unrelated|other|new|a new|follow-up|follow up|a follow-up|one last|a last|last|a final|final|one more) question|(?:une )?(?:autre|nouvelle|derniere) question|question (?:differente|annexe|suivante|finale)|(?:een )?(?:andere|nieuwe|volgende|laatste) vraag|nog (?:een|een laatste|één) vraag|(?:een )?aparte vraag|ander vraagje|vervolgvraag|(?:my|our) question is (?:purely |only |just |really )?about|(?:ma|notre) question porte (?:uniquement |seulement |vraiment )?sur|(?:mijn|onze) vraag gaat (?:alleen |puur |enkel |echt )?over)\b`);

/**
 * Words that start a new problem after the post's story (folded, at a sentence's or a line's start,
 * as {@link NEW_QUESTION}): "New issue on the same devices, …", "The new problem:", "Nouveau
 * problème :", "Nieuw probleem:". What comes before is a settled thread's story; the post's title,
 * unlike a new question's, names the new problem.
 */
const NEW_PROBLEM = new RegExp(String.raw`${MARKER_LEAD}(?:new (?:issue|problem)|nouveau (?:probleme|souci)|nieuw probleem)\b`);

/** Characters of a paste read for asides: a post's length many times over (a longer paste is a log or a dump). */
const ASIDE_SPAN = 20_000;

/** A paragraph: text up to a blank line (read with `matchAll`, which steps over its empty matches). */
const PARAGRAPH = /[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/g;

/** A sentence inside a paragraph: up to a full stop, question or exclamation mark followed by a space, or a line break. */
const SENTENCE = /[^.!?\n]*(?:[.!?]+(?=\s|$)|\n|$)/g;

/**
 * A quote the post rules out: "No \"Hardware hash not valid\" or \"Device already registered\"
 * messages", "geen 'Registratie mislukt'", "ni « Appareil introuvable »", "aucun appareil n'affiche
 * « … OOBEIDPS »", "pas d'erreur « APNSCertificateNotValid »". The negation stands before the first
 * quote, up to three words away (a word may follow its apostrophe directly); a code in
 * brackets right after a quote goes with it ("niet de bekende \"apparaat is al ingeschreven\"-fout
 * (8018000a)"); quotes chained to it by "or", "nor", "ni", "of", "noch" or a comma are ruled out
 * with it, and so is a bare code chained last by "or" ("in geen geval een \"Uw hardware
 * beveiligen\"-fout of een 801C03EA"; a word may hang on the quote by a hyphen). Each quote mark
 * closes its own kind (« … » may hold an apostrophe).
 */
const NEGATED_QUOTE =
  /(?<![\w'’-])(?:no|not (?:the|a|an|any)|never|nor|neither|aucune?|pas (?:de|d['’]|le|la|l['’]|un|une)|ni|geen|nooit|noch|niet (?:de|het|een)|(?:is|s|gaat|has) not about|(?:isn['’]t|is niet|gaat niet) (?:about|over)|ne (?:concerne|vise) pas|(?:il )?ne s['’]agit pas d(?:e|['’]))(?:[ \t]+|(?<=['’]))(?:[\p{L}'’-]+[ \t]+){0,3}?(?:(?:«[^»\n]{3,120}»|"[^"\n]{3,120}"|“[^”"\n]{3,120}[”"]|„[^“”"\n]{3,120}[“”"]|‘[^’\n]{3,120}’|'[^'\n]{3,120}')(?:-\p{L}+)?(?:[ \t-]*(?:\p{L}+[ \t]*)?\([^()\n]{1,30}\))?[ \t]*(?:,|or|nor|ni|of|noch|ou)?[ \t]*)+(?:(?<=(?:or|nor|ni|of|noch|ou)[ \t]+)(?:(?:an?|een|une?|the|het|de|le|la|l['’])[ \t]*)?(?:0x)?(?=[a-f]{0,9}\d)[\da-f]{6,10}(?![\w-]))?/giu;

/**
 * A subject the post says is not its problem, without quotes: "no APNs certificate problem here",
 * "not an MDM authority issue", "no problem with the wipe", "pas de problème de certificat APNs",
 * "aucun souci avec le code de contournement", "geen probleem met het APNs-certificaat", "geen
 * APNs-probleem". The subject is at most four words (one to three before "problem"). Tuning pastes:
 * 3 more refused, no answer lost.
 */
const NEGATED_SUBJECT =
  /(?<![\p{L}'’-])(?:(?:no|not (?:a|an|the)|never (?:a|an))[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){1,4}?(?:problems?|issues?)|(?:no|not (?:a|an|the))[ \t]+(?:problems?|issues?)[ \t]+(?:with|in)[ \t]+[\p{L}\p{N}-]+(?:[ \t]+[\p{L}\p{N}-]+){0,3}|(?:pas (?:de|d['’]|un|une)|aucune?|ni)[ \t]*(?:probl[eè]mes?|soucis?)[ \t]+(?:de|d['’]|avec|du|des|c[ôo]t[ée])[ \t]*(?:(?:la|le|les|l['’])[ \t]*)?[\p{L}\p{N}-]+(?:[ \t]+[\p{L}\p{N}-]+){0,3}|geen[ \t]+(?:probleem|problemen|issue|issues)[ \t]+(?:met|bij|van|rond)[ \t]+(?:(?:de|het|onze|ons)[ \t]+)?[\p{L}\p{N}-]+(?:[ \t]+[\p{L}\p{N}-]+){0,3}|geen[ \t]+(?:[\p{L}\p{N}]+[ \t-]+){0,2}[\p{L}\p{N}]+-?(?:probleem|problemen))(?![\p{L}])/giu;

/**
 * What a post says is not its problem, as `[start, end)` offsets in order, not overlapping, in its
 * first {@link ASIDE_SPAN} characters: its asides ({@link labelledAsides}), the history it tells as
 * over ({@link pastStories}: "we hebben ooit wel die melding gehad …, en dat is al lang gefixt"),
 * the quotes it rules out ({@link NEGATED_QUOTE}) and the subjects it says are not its problem
 * ({@link NEGATED_SUBJECT}). Linear in the text read.
 */
export function asidesOf(pasted: string): [number, number][] {
  const text = pasted.length > ASIDE_SPAN ? pasted.slice(0, ASIDE_SPAN) : pasted;
  const quotes = [...text.matchAll(NEGATED_QUOTE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const subjects = [...text.matchAll(NEGATED_SUBJECT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  return unionOf(labelledAsides(text), pastStories(text), quotes, subjects);
}

/**
 * The asides of `text`, in order: all that comes before a new question ({@link NEW_QUESTION}) when
 * it asked nothing (outside quoted lines); every paragraph that opens with an aside label
 * ({@link ASIDE_LABEL}) or a heading of finished or ruled-out items ({@link SETTLED_HEADING}); and every other sentence that says it is not the question
 * ({@link ASIDE_SENTENCE}), with what its paragraph told before it since the paragraph's last
 * question: the sentence points back at it ("Last week … DeviceCapReached … That's sorted, it's not
 * what this post is about."; "… failed with 80180003 … So no mystery there, not asking about the
 * error."); and what a paragraph told before words that say it is not the poster's case
 * ({@link NOT_OURS}), to those words; and someone else's guess the poster rejects ({@link GUESS}
 * with {@link REJECTED_AFTER} in its sentence, to the rejection; or a guess, or a quoted line that
 * asks nothing, followed by a sentence that opens with {@link REJECTED_NEXT} or {@link SOLVED_NEXT},
 * in its paragraph or at the next one's start). Linear in the text.
 */
function labelledAsides(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // A new question after a story that asked nothing (its title and a quoted earlier message aside): the story is an aside.
  const { title, at: next, problem } = newQuestionAt(text);
  const from = next > 0 && !asksBefore(text, title, next) ? next : 0;
  // (A title that says the thread is solved stays read: it settles the thread's codes; so does the
  // title of a post that tells a new problem.)
  const kept = problem || titleSaysSolved(text.slice(0, title)) ? title : 0;
  if (from > kept) spans.push([kept, from]);
  // The sentence before, when it guessed (someone else's guess, or a quoted line that asks nothing)
  // and was not rejected yet; a paragraph's last carries over to the next ("> … (Failed: 3,
  // 0x801C03EA)", a blank line, "sorted since the TPM firmware update.").
  let guessed: [number, number] | undefined;
  for (const { 0: paragraph, index: start } of text.matchAll(PARAGRAPH)) {
    if (!paragraph) continue;
    if (start + paragraph.length <= from) {
      guessed = undefined;
      continue;
    }
    const head = start >= from ? fold(paragraph.slice(0, 200)) : '';
    if (head && (ASIDE_LABEL.test(head) || SETTLED_HEADING.test(head))) {
      spans.push([start, start + paragraph.length]);
      guessed = undefined;
      continue;
    }
    let told = start;
    // The sentence before, whatever it said.
    let previous: [number, number] | undefined;
    // Where the quoted line the sentence before left open starts (the next sentence goes on quoting it).
    let openQuote: number | undefined;
    for (const { 0: sentence, index: at } of paragraph.matchAll(SENTENCE)) {
      // (A paragraph after the first opens with the line break before it: not a sentence.)
      if (!sentence || (at === 0 && !sentence.trim())) continue;
      // (Before `from`, nothing is read. Folding may change a sentence's length, decomposed accents
      // shorten it: the aside may then end a few characters off, never past the sentence.)
      const folded = start + at >= from ? fold(sentence) : '';
      if (guessed && (REJECTED_NEXT.test(folded) || SOLVED_NEXT.test(folded))) spans.push(guessed);
      if (previous && IGNORE_PREVIOUS.test(folded)) spans.push(previous);
      previous = start + at >= from ? [start + at, start + at + sentence.length] : undefined;
      // A quoted line of several sentences ("> Er is iets misgegaan. OOBEIDPS") is quoted whole. Only
      // a sentence that opens its line can open a quote: after "Devices > … > ...", "> Bypass …" is a path.
      const opensLine = at === 0 || paragraph[at - 1] === '\n';
      const quoted = ((opensLine && QUOTED_LINE.test(sentence)) || openQuote !== undefined) && !sentence.includes('?');
      const quoteFrom = openQuote ?? start + at;
      guessed = undefined;
      const guess = GUESS.exec(folded);
      const rejected = guess ? REJECTED_AFTER.exec(folded.slice(guess.index)) : null;
      if (guess && rejected) spans.push([start + at + guess.index, start + at + Math.min(sentence.length, guess.index + rejected.index + rejected[0].length)]);
      else if (guess) guessed = [start + at, start + at + sentence.length];
      else if (quoted) guessed = [quoteFrom, start + at + sentence.length];
      openQuote = quoted && !sentence.endsWith('\n') ? guessed?.[0] : undefined;
      const notOurs = NOT_OURS.exec(folded);
      if (notOurs) spans.push([Math.max(told, from), start + at + Math.min(sentence.length, notOurs.index + notOurs[0].length)]);
      if (sentence.includes('?')) told = start + at + sentence.length;
      if (ASIDE_SENTENCE.test(folded)) spans.push([Math.max(told, from), start + at + sentence.length]);
    }
  }
  return spans;
}

/**
 * Where the first new question ({@link NEW_QUESTION}) in `text` starts (`at`, -1 if none), read
 * after the first line (a title that announces one, "[OPGELOST] 0x80180014 – vervolgvraag over
 * …", is the whole thread's), and where that line ends (`title`). Line by line (folding may shorten
 * a line).
 */
function newQuestionAt(text: string): { title: number; at: number; problem: boolean } {
  let start = 0;
  let title = -1;
  for (const line of text.split('\n')) {
    if (title >= 0) {
      const folded = fold(line);
      const question = NEW_QUESTION.exec(folded);
      const m = question ?? NEW_PROBLEM.exec(folded);
      if (m) return { title, at: start + Math.min(m.index, line.length), problem: !question };
    }
    start += line.length + 1;
    if (title < 0 && line.trim()) title = start;
  }
  return { title: 0, at: -1, problem: false };
}

/**
 * Whether `text` asks a question from offset `start` (after its title: "Bulk-removing stale Entra
 * device objects - safe way?" is what the new question asks again) to `end`, outside quoted lines
 * ("> Kunnen jullie bevestigen…?"), that a later line of the poster's does not say was answered
 * ({@link ANSWERED}: "Merci Romain, ça a marché du premier coup ! … Sujet résolu pour ce point.",
 * then "Du coup j'en profite pour une autre question"). Tuning pastes: 1 more refused, no answer lost.
 */
function asksBefore(text: string, start: number, end: number): boolean {
  const lines = text.slice(start, end).split('\n');
  // The last question asked decides: a line after it may say it was answered.
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.includes('?') && !QUOTED_LINE.test(lines[i]!)) return !lines.slice(i + 1).some(answeredLine);
  return false;
}

/**
 * A line that says the thread's earlier question is answered (folded): "Merci Romain, ça a marché du
 * premier coup !", "Removing their old devices did the trick", "Sujet résolu pour ce point.", "dat
 * werkte". Read only with no negation, "still" or "but" on the line ({@link STILL_OPEN}).
 */
const ANSWERED = /\b(?:(?:ca|cela|it|that|this|dat|het|die) (?:a (?:bien |tres bien )?(?:marche|fonctionne)|worked|werkte|heeft gewerkt)|did the trick|worked like a charm|a fait l['’ ]affaire|deed de truc|(?:sujet|topic|thread|question|vraag|point) (?:is )?(?:resolu|resolved|solved|opgelost)|(?:problem|issue|probleme|probleem) (?:is )?(?:resolu|resolved|solved|opgelost))\b/;
/** Words on a line that keep a question open however it thanks (folded): "ça n'a pas marché", "it worked, but…", "nog steeds". */
const STILL_OPEN = /\b(?:not|never|still|but|pas|jamais|toujours|mais|niet|nooit|nog|maar)\b|n['’]t\b/;

/**
 * Whether a line of the poster's own (not quoted with ">", in the first {@link ASIDE_SPAN}
 * characters) says an earlier question was answered ({@link ANSWERED}, with no {@link STILL_OPEN}
 * word): "Removing their old devices did the trick, so thanks for that." A code only in the quoted
 * mail under it is that answered question's.
 */
export function saysAnswered(text: string): boolean {
  return text.slice(0, ASIDE_SPAN).split('\n').some(answeredLine);
}

/** Whether `line` is the poster's own (not quoted with ">") and says a question was answered ({@link ANSWERED}, no {@link STILL_OPEN} word). */
function answeredLine(line: string): boolean {
  if (QUOTED_LINE.test(line)) return false;
  const folded = fold(line);
  return ANSWERED.test(folded) && !STILL_OPEN.test(folded);
}

/** Whether offset `at` falls inside one of `spans` (in order, as {@link asidesOf} gives them). Logarithmic in the spans. */
export function inAside(spans: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * `text` with the given spans (in order, not overlapping, as {@link asidesOf} gives them) blanked:
 * every character but line breaks replaced by a space, as the issue boilerplate is, so offsets and
 * lines stay those of `text`. Linear in the text.
 */
export function withoutAsides(text: string, spans: readonly [number, number][]): string {
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(from, s), text.slice(s, e).replace(/[^\r\n]/g, ' '));
    from = e;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The union of span lists (each in order), as one list in order with no overlaps. Linear after sorting. */
function unionOf(...lists: readonly (readonly [number, number][])[]): [number, number][] {
  const all = lists.flat().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
