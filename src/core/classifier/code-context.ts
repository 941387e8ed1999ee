/**
 * What a paste says around an error code it carries: the sentence of each occurrence, and whether
 * the paste disowns the code: rules it out ("this is not the 0x800705b4 from the docs", "0x81039001,
 * niet 0x800705b4"), says it is solved or gone ("we had DeviceCapReached last month, fixed it by…")
 * before asking something else, gives it as past background ("last year we had 80180026 on kiosks;
 * uninstalling the agent fixed that"), or takes it back ("0x800705b4… wait no, it's 0x81036502").
 * Such a code is context, not the paste's problem.
 *
 * Occurrences are found as written (any letter case), as whole words; the same code written in
 * another form later in the paste (80180014 after 0x80180014) is not read: findCodes reports a code
 * once, in its first form. Cost is linear in the text read: at most {@link MAX_OCCURRENCES}
 * occurrences, each read within {@link SPAN} characters.
 */
import { fold } from './fold';

/** Most occurrences of a code read for its context. */
const MAX_OCCURRENCES = 20;

/** Characters read on each side of an occurrence for its sentence. */
const SPAN = 2000;

// Sentence boundaries: a code is often added to its sentence after a comma ("… update, error 0x800705b4").
// A run of punctuation is taken whole from its first mark (the lookbehind): a long run of dots not
// followed by a blank must not be tried again from each dot.
// (An emoji ends a chat's sentence as a full stop would: "réglé 👍 Autre question…".)
const SENTENCE_BREAK = /(?<![.!?;])[.!?;]+(?=[\s"'”’»)\]]|$)|\n+|\p{Extended_Pictographic}+/u;

// Clause boundaries within a sentence: commas, colons, brackets, dashes and "but" in the three languages.
const CLAUSE_BREAK = /[,:()–—]|\s-\s|\b(?:but|however|mais|cependant|toutefois|maar|echter)\b/;

/**
 * Offsets of `raw` (a code as written) in `text`, in any letter case, from `first` on (where it was
 * found first), at most {@link MAX_OCCURRENCES}.
 */
export function occurrences(text: string, raw: string, first: number): number[] {
  const at = [first];
  const again = wholeWord(raw);
  again.lastIndex = first + raw.length;
  for (let m = again.exec(text); m && at.length < MAX_OCCURRENCES; m = again.exec(text)) at.push(m.index);
  return at;
}

/** The sentence of `text` before offset `at` (from the sentence break before it). */
function sentenceBefore(text: string, at: number): string {
  const parts = text.slice(Math.max(0, at - SPAN), at).split(SENTENCE_BREAK);
  return parts[parts.length - 1] ?? '';
}

/**
 * A break inside a sentence after which a question is a new one: a spaced dash or a colon ("0x801C03EA
 * fixed by a TPM update - now how to clear the TPM remotely?", "After fixing 80070774: which
 * connector version?").
 */
const QUESTION_START = /\s[-–—]\s|:\s/;

/**
 * The sentence of `text` from offset `at`, and whether it asks about the code: it ends with a
 * question mark and no {@link QUESTION_START} stands between the code and it.
 */
function sentenceAfter(text: string, at: number): { rest: string; question: boolean } {
  const after = text.slice(at, at + SPAN);
  const end = SENTENCE_BREAK.exec(after);
  if (!end) return { rest: after, question: false };
  const rest = after.slice(0, end.index);
  return { rest, question: end[0].includes('?') && !QUESTION_START.test(rest) };
}

/** The sentence of `text` around offset `at` (between the sentence breaks before and after it). */
export function sentenceAt(text: string, at: number): string {
  return sentenceBefore(text, at) + sentenceAfter(text, at).rest;
}

// Articles that may stand between a negation and the code it rules out, and the words that may
// follow them (folded).
const ARTICLE = String.raw`(?:the|a|an|that|this|l['’]|le|la|les|du|de|des|het|een)\s*`;
const BETWEEN = String.raw`(?:(?:the|a|an|that|this|same|usual|documented|known|well known|famous|classic|l['’]|le|la|les|du|de|des|meme|fameux|fameuse|classique|het|een|dezelfde|bekende|beruchte|klassieke|error|erreur|fout|foutcode|code|code d['’]erreur|message|melding|foutmelding)\s*)`;

/**
 * Further codes or names chained to a ruled-out one (at most four links), for {@link RULED_OUT}: any
 * word by "nor", "ni" or "noch"; a hexadecimal code also by "or", "ou" or "of" ("geen 801c0003 of
 * 80180014 zoals in andere topics"), not a word ("is not enrolled or 0x80180014 comes up").
 */
const NI_CHAIN = String.raw`(?:(?:[\w.-]{3,40}\s+(?:nor|ni|noch)|(?:0x)?(?=[a-f]{0,9}\d)[\da-f]{6,10}\s+(?:or|ou|of))\s+${BETWEEN}*){0,4}`;

/**
 * A negation right before a code (folded text ending where the code starts): "not (the) 0x…",
 * "instead of 0x…", "n'est pas (l'erreur) 0x…", "pas l'erreur 0x…", "niet de fout 0x…", "niet de
 * bekende 80180014", "not the known 0x…", "geen 0x…", "nergens een DeviceCapReached", "aucun message DeviceCapReached", "pas de
 * 0x80070774 ni de 0x801C03EA", and down a
 * chain of "ni", "nor" or "noch" ("… ni APNSCertificateNotValid"), or
 * an article and one word between ("not the TPM 0x801C03EA thing"; not "not the first 0x80180014
 * we see", which counts one more).
 * After a comma, an opening parenthesis, "and" or "so" ("donc", "dus"), a bare negation is enough
 * ("0x81039001, niet 0x800705b4", "(pas 0x800705b4, j'ai vérifié)", "et non 0x…", "staat ingesteld,
 * dus niet MdmAuthorityNotDefined"); so is "no" opening a line, a sentence, a checklist's item or a clause, or
 * after "so" ("- No DeviceCapReached, test account has zero devices", "so no OOBEIDPS"; not "error
 * no. 0x…"), "not getting / seeing / hitting (any) 0x…", and a code given as an example of what
 * does not happen ("Geen inschrijvingsfouten zoals DeviceCapReached", "no errors like 0x…"), also
 * further down its list ("aucune erreur type DeviceCapReached, APNSCertificateNotValid ou autre", "aucune erreur du type …"). Elsewhere a bare "pas" or "niet" needs
 * an article after it: "l'inscription ne marche pas (code erreur) 0x80180014", "werkt niet foutcode
 * 0x80180014" name the code as the failure.
 */
const RULED_OUT = new RegExp(
  String.raw`(?:\b(?:not|isn['’]?t|wasn['’]?t|n['’](?:est|etait) pas|is niet|was niet)\s+${ARTICLE}(?!(?:first|only|last|second|one|single|premiere?|seule?|eerste|enige|laatste)\s)[a-z0-9]{2,12}\s+|\b(?:not|isn['’]?t|wasn['’]?t|instead of|rather than|n['’](?:est|etait) pas|au lieu de|plutot que|is niet|was niet|geen|aucune?|in plaats van|nergens|nowhere|nulle part)\s+${BETWEEN}*${NI_CHAIN}|\b(?:pas|niet)\s+${ARTICLE}${BETWEEN}*${NI_CHAIN}|(?:,|\(|\bet|\ben|\bdonc|\bdus)\s*(?:pas|non|niet)\s+|(?:^|[\n,;:(*•.!?-]|\bso)\s*no\s+${BETWEEN}*|\bnot (?:getting|seeing|hitting)\s+(?:any\s+)?${BETWEEN}*|\b(?:no|geen|aucune?|pas d['’]?)\s*[a-z]+\s+(?:like|such as|zoals|comme|genre|(?:du |de )?type)\s+(?:[\w.-]{3,40}(?:,\s*|\s+(?:or|ou|of|et|and|en|nor|ni|noch)\s+)){0,4})$`,
);

/** Characters after a code read for {@link NOT_IT}. */
const NOT_IT_SPAN = 80;

/**
 * Words right after a code, or after the codes listed with it, that say it does not fit the case
 * (folded): "les erreurs listées, genre DeviceCapReached ou APNSCertificateNotValid, ne
 * correspondent pas", "0x80180014 doesn't apply", "komen niet overeen", "zijn niet van toepassing",
 * "DeviceCapReached ruled out, user has 0 devices", "0x80180014 écarté", "uitgesloten".
 * Not said of another subject: "0x80180014 and the doc's fix doesn't apply" keeps the code.
 */
const NOT_IT = /^(?:[\s,»"”’')\]-]|\b(?:ou|or|of|et|and|en|nor|ni|noch)\b|\b[a-z_]*\d\w*\b|\b[a-z_]{12,}\b)*\b(?:ne (?:correspondent|correspond|s['’ ]appliquent|s['’ ]applique|collent) pas|(?:don['’ ]?t|do not|doesn['’ ]?t|does not) (?:apply|match|fit)|(?:komen|komt) niet overeen|(?:zijn|is) niet van toepassing|(?:passen|past) niet|(?:(?:is|was|has been|been) )?ruled out|(?:(?:is|a ete|est) )?ecartee?s?|(?:(?:is|werd|wordt) )?uitgesloten)\b/;

/**
 * Words right before a code that name it only to compare (folded text ending where the code
 * starts): "same as OOBEIDPS?", "c'est la même chose que 0x80180014 ?", "hetzelfde als 0x…", "ce
 * n'est pas le même que le 0x80180014 ?", "different from 0x…", "anders dan 0x…". The
 * paste's own error is the other one.
 */
const COMPARED = /\b(?:(?:the )?same (?:thing |error |code )?as|identical to|(?:c['’ ]est )?(?:la |le )?meme (?:chose |erreur |code )?que|pareil que|identique a|hetzelfde als|dezelfde (?:fout |code )?als|(?:different|differs) from|different de|anders dan|verschillend van)\s+(?:(?:the|l['’]|le|la|de|het)\s*)?$/;

/**
 * Words that take back what was just written, folded, right after a code (after punctuation): "I
 * mean", "correction", "je veux dire", "ik bedoel"…, or "no", "it's", "c'est", "het is" after an
 * interjection or apology ("0x800705b4… wait no, sorry, it's 0x81036502", "ah non pardon, c'est
 * 0x80180016", "nee wacht, ik bedoel…"). Not an apology alone: "0x80180014, sorry for my English,
 * the log also shows 0x801c0003" takes nothing back.
 */
const CORRECTION =
  /^[\s.,;:!…\-–—)(]*(?:(?:(?:ah|oh|euh|uh|eh|hmm|oops|oeps|wait|wacht|sorry|pardon|excuus|no|non|nee)\b[\s.,;:!…\-–—]*)+(?:no|non|nee|i mean|i meant|it['’ ]s|it is|its|c['’ ]est|je veux dire|je voulais dire|ik bedoel|ik bedoelde|het is)|i mean|i meant|correction|correctie|erratum|my bad|scratch that|autant pour moi|je me suis trompe|je veux dire|je voulais dire|ik bedoel|ik bedoelde)\b/;

/** Characters from a code to the code that corrects it, at most ({@link CORRECTION}). */
const CORRECTION_SPAN = 80;

/**
 * Whether the code at offset `at` (as written: `raw`) is taken back: {@link CORRECTION} words
 * follow it, then another code (an offset in `codes`, the offsets of the paste's codes) within
 * {@link CORRECTION_SPAN} characters.
 */
function correctedAt(text: string, at: number, raw: string, codes: readonly number[]): boolean {
  const end = at + raw.length;
  const next = codes.find((o) => o > end && o <= end + CORRECTION_SPAN);
  return next !== undefined && CORRECTION.test(fold(text.slice(end, next)));
}

/**
 * A word that says a problem is solved, at the end of its clause or followed by what says how or
 * since when ("fixed it by…", "opgelost, nu…", "réglé en supprimant…"), folded. Not "a fixed IP",
 * "sorted by date", "we fixed the user scope". Or that devices enroll now ("tout s'inscrit maintenant",
 * "devices enroll fine now", "schrijven nu gewoon in"), or that its ticket is long closed ("a couple of
 * 8018000a on reused laptops, long closed", "lang gesloten", "clos depuis longtemps").
 */
const SOLVED = /\b(?:fixed|solved|resolved|sorted out|sorted now|all sorted|(?:is|are|was|were|got|been) sorted|(?:is|are|was|were) (?:now )?closed|long (?:since )?closed|closed long ago|lang (?:geleden )?(?:gesloten|afgesloten)|(?:clos|cloture)e?s? depuis longtemps|works now|working now|went through|opgelost|verholpen|werkt nu|is gelukt|resolue?s?|reglee?s?|corrigee?s?|fonctionne maintenant|marche maintenant|est passee?|enroll(?:s|ing)? (?:fine |ok |okay |correctly )?now|s['’ ]?inscri(?:t|vent) (?:bien |correctement )?maintenant|(?:schrijft|schrijven) (?:zich )?nu (?:goed |gewoon )?in)(?:[^a-z0-9]*$|\s+(?:it|that|this|by|now|since|with|after|thanks|the (?:issue|problem|error)|en|par|depuis|avec|apres|merci|door|met|sinds|nu|na|bedankt)\b)/;

/**
 * A word that says a problem is solved right before the code (folded text ending where the code
 * starts): "fixed the OOBEIDPS thing", "we fixed 0x80180014", "resolved our 0x80180014 issue",
 * "after fixing 80070774", "réglé le 0x80180014", "c'est réglé pour le 0x80180014", "sorted for the…",
 * "opgelost voor de…", "après avoir corrigé le…", "na het oplossen van…",
 * "we got past the 0x801C03EA problem", "after sorting out the 0x80180014 restriction", "thanks for the
 * help (yesterday) with 0x80180014", "merci pour l'aide (d'hier) sur le 0x80180014", "closing the loop
 * on my 0x80180014 post", "(après résolution du 0x801C03EA)", "after the fix of the 0x801C03EA", "na de
 * oplossing van de 801C03EA"; or says the code did not come: "enrolled without
 * DeviceCapReached", "zonder DeviceCapReached ingeschreven", "sans erreur 0x80180014".
 */
const SOLVED_BEFORE = /\b(?:(?:fixed|solved|resolved|sorted(?: out)?)(?:\s+for)?|got past|closing the loop (?:on|re)|after (?:fixing|solving|resolving|sorting(?: out)?)|thanks for (?:the |your )?help (?:(?:yesterday|this morning|last week) )?(?:with|on))\s+(?:(?:the|our|my|that|this)\s+)?$|\b(?:without|sans|zonder)\s+(?:(?:the|any|an?|l['’]|le|la|de|het|een)\s*)?(?:(?:error|erreur|fout|foutcode)\s+)?$|\b(?:apres avoir (?:corrige|regle|resolu)|na het oplossen van|merci (?:pour|de) (?:l['’] ?|ton |votre )aide (?:d['’] ?hier |de ce matin |de la semaine derniere )?(?:sur|pour|avec)|bedankt voor (?:de |je |jullie )?hulp (?:van gisteren |van vanochtend |van vorige week )?(?:met|bij))\s+(?:(?:le|la|l['’]|ce|cette|notre|mon|ma|de|het|onze|mijn)\s*)?$|\b(?:regle|resolu|corrige)\s+(?:pour\s+)?(?:le|la|l['’]|ce|cette|notre|mon|ma)\s*$|\b(?:opgelost|verholpen)\s+(?:voor\s+)?(?:de|het|onze|mijn)\s*$|\b(?:apres (?:la )?(?:resolution|correction)|after (?:the )?(?:fix|resolution) (?:of|for)|na (?:de )?(?:oplossing|fix) van)\s+(?:(?:du|de la|de l['’]|des|de|the|our|my|het|onze|mijn)\s*)?$/;

/**
 * A title that says its thread is solved, folded: a tag ("[SOLVED]", "[RÉSOLU]", "[Opgelost]",
 * "[Update/Solved-ish]"), a
 * label ("Solved:", "Résolu -"), or a solved word after a dash, a plus or a bar ("… - OPGELOST +
 * nieuwe vraag").
 */
const SOLVED_TITLE = /\[[^\]\n]{0,20}\b(?:solved|resolved|fixed|resolu|regle|opgelost)(?:-ish)?\s*\]|^\W*(?:solved|resolved|fixed|resolu|regle|opgelost)\s*[:\-–—]|\s[-–—+|]\s*(?:solved|resolved|fixed|resolu|regle|opgelost)\b/;

/**
 * Whether a post's title (as written) says its thread is solved ({@link SOLVED_TITLE}): "[RÉSOLU]
 * OOBEIDPS en OOBE + nouvelle question". The codes it names are then solved, wherever the post
 * names them again.
 */
export function titleSaysSolved(title: string): boolean {
  return SOLVED_TITLE.test(fold(title));
}

/** Words that say an incident is resolved (folded), for {@link leadSaysResolved}. */
const RESOLVED_WORDS = String.raw`(?:resolved|fixed|opgelost|verholpen|resolu|resolue|regle|reglee|retabli|hersteld|restored)`;

/** A status update's lead: "Status update:", "Statusupdate:", "Update -", "Mise à jour :", "Stand van zaken:". */
const STATUS_UPDATE = /^\W*(?:status ?update|update|mise a jour|stand van zaken|incident update)\s*[:\-–—]/;

/** A resolved word ({@link RESOLVED_WORDS}). */
const RESOLVED = new RegExp(String.raw`\b${RESOLVED_WORDS}\b`);

/** A resolved word negated or not yet ("not resolved yet", "toujours pas résolu", "nog niet opgelost"). */
const UNRESOLVED = new RegExp(String.raw`\b(?:not|niet|pas|never|jamais|nooit)\s+(?:(?:yet|yet been|been|encore|helemaal|volledig|fully|completely|entierement)\s+)?${RESOLVED_WORDS}\b`);

/** A contrast ("Update: fixed the proxy, but the wipe is still pending"): not over. */
const CONTRAST = /\b(?:but|however|still|yet|except|mais|toujours|encore|cependant|sauf|maar|nog|echter|behalve)\b/;

/**
 * A ticket's lead that says it is closed, after its number (folded): "Ticket #4412 clôturé –",
 * "INC0048812 closed:", "Melding 5521 gesloten", "Case 12 resolved". (The lexicon's closure phrases
 * need their words side by side: "ticket clos", not "ticket #4412 clos".)
 */
const TICKET_CLOSED = /^\W*(?:ticket|incident|case|dossier|melding|call|demande|request|inc|req|ritm)\W{0,3}[a-z]{0,4}\d[\w-]{0,20}\W{0,3}(?:(?:is|est|a ete|werd|is nu|now)\s+)?(?:closed|cloture|clos|ferme|gesloten|afgesloten|resolved|resolu|opgelost)\b/;

/**
 * A lead that takes its question back because the poster found the answer (folded): "nvm got it 🙏
 * the 0x80180014 was …", "never mind, figured it out", "laat maar, gevonden", "laissez tomber,
 * trouvé".
 */
const NEVER_MIND = /^\W*(?:nvm|never ?mind|laat maar|laisse(?:z)? tomber|oubliez?(?: ca)?)\b\W*(?:(?:i|we|ik|on|j['’ ]ai)\s+)?(?:got it|figured (?:it )?out|found it|sorted|solved|fixed|gevonden|opgelost|gelukt|trouve|resolu|regle)\b(?!\W*(?:wrong|backwards|mis|verkeerd|faux))/;

/** Words that thank (folded, a regex alternation), for {@link THANKS} and {@link THANKS_ONLY}. */
const THANK_WORDS = 'thanks|thank you|thx|merci|bedankt|dank ?je(?:wel)?|dank ?u(?:wel)?';

/** A lead that opens with thanks or praise: "thanks, …", "Merci, …", "Bedankt, …", "Top, …". */
const THANKS = new RegExp(String.raw`^\W*(?:${THANK_WORDS}|top|super|great|parfait|perfect|nice)\b`);

/** A sentence that only thanks (folded): "Merci !", "Thanks a lot guys", "Bedankt allemaal!". */
const THANKS_ONLY = new RegExp(String.raw`^\W*(?:${THANK_WORDS})(?:\s+(?:a lot|so much|again|all|guys|team|everyone|beaucoup|encore|a tous|allemaal|iedereen|nogmaals))*\W*$`);

/**
 * A post's lead, from its opening (folded): its first sentence, or its first two when the first
 * only thanks ("Merci ! Le contournement du verrou d'activation a marché, …").
 */
export function leadOf(foldedOpening: string): string {
  const [first = '', second] = foldedOpening.split(/[.!?](?=\s)|\n/, 2);
  return second !== undefined && THANKS_ONLY.test(first) ? `${first} ${second}` : first;
}

/** Characters of a post's opening read for a return after a lead that says solved ({@link leadSaysResolved}). */
const RECURRED_SPAN = 300;

/** A lead that only says it is solved (folded, its "!" cut by {@link leadOf}): "Opgelost!", "Solved!", "Résolu !". */
const SOLVED_ONLY = /^\W*(?:(?:all |alles )?(?:fixed|solved|resolved|sorted)|opgelost|verholpen|gelukt|resolu|regle)\W*$/;

/** Words that say what was suggested worked, for a lead that thanks ({@link THANKS}): "top, de omzeilcode werkte gewoon". */
const WORKED = /\b(?:worked|werkte|werkten|a (?:bien |tres bien )?(?:fonctionne|marche)|ont (?:bien )?(?:fonctionne|marche))\b/;

/**
 * Whether a post's lead (its headline or first sentence, folded) says the incident is over, with
 * no negation of it and no contrast ({@link CONTRAST}): a status update that says it is resolved
 * ("Statusupdate: de storing met het inschrijven van iPhones is sinds 11:20 opgelost"; tuning
 * pastes: 1 more refused, none lost), or thanks for something that went through or is solved
 * ({@link SOLVED}: "thanks, the wipe went through 👍"; 1 more refused, none lost), or that
 * worked ({@link WORKED}: "Top, de omzeilcode werkte gewoon zonder streepjes ingetikt"), or only
 * says solved ({@link SOLVED_ONLY}). Whatever the lead says, not when the post's opening
 * (`foldedOpening`, its first {@link RECURRED_SPAN} characters read) says the code came back:
 * "Solved! The 0x801c03ea came back on two devices", "Thanks, fixed! The 0x801c03ea came back …".
 */
export function leadSaysResolved(lead: string, foldedOpening: string): boolean {
  return leadSaysOver(lead) && !RECURRED.test(foldedOpening.slice(0, RECURRED_SPAN));
}

/** Whether a lead alone says the incident is over; {@link leadSaysResolved} without the look for a return. */
function leadSaysOver(lead: string): boolean {
  if (SOLVED_ONLY.test(lead)) return true;
  if (CONTRAST.test(lead)) return false;
  if (NEVER_MIND.test(lead)) return !UNSOLVED.test(lead);
  if (THANKS.test(lead)) return (SOLVED.test(lead) || WORKED.test(lead)) && !UNSOLVED.test(lead);
  return (STATUS_UPDATE.test(lead) && RESOLVED.test(lead) && !UNRESOLVED.test(lead)) || TICKET_CLOSED.test(lead);
}

/** A sentence that starts with a label saying it is solved, up to the code (folded): "Solved: ", "Opgelost – ", "Résolu : ". */
const SOLVED_LABEL = /^\W*(?:fixed|solved|resolved|opgelost|verholpen|resolu|regle|corrige)\s*[:\-–—]\s*(?:(?:the|our|de|het|onze|le|la|l['’]|notre)\s*)?$/;

/**
 * Words right after a code that say it is gone, folded: "0x801C03EA is gone", "… went away",
 * "… a disparu", "… is weg". Only right after it (an "error" word, or when it was met, between:
 * "de OOBEIDPS-fout van vorige week is weg"): "0x80180014 and then the screen disappeared" names a
 * symptom.
 */
const GONE = /^[\s-]*(?:(?:error|erreur|fout|code|message|melding)\s+)?(?:(?:of|from|de|du|van)\s+(?:[a-z]+\s+){1,3}?)?(?:(?:is|has)\s+gone|went\s+away|(?:has\s+)?disappeared|(?:a\s+)?disparue?|est\s+partie?|is\s+weg|is\s+verdwenen)\b/;

/**
 * Words in a code's clause, after it, that confirm in the past what it was (folded): "the
 * 0x80180014 thing was indeed the enrollment restriction", "le 80180003 c'était bien la limite",
 * "de 80180026 was inderdaad de oude agent". A diagnosis confirmed afterwards; read like a solved
 * word, with the clause after it ({@link solvedAt}).
 */
const CONFIRMED = /\b(?:was|c['’ ]etait|was het)\s+(?:indeed|exactly|really|just|bien|inderdaad|echt|precies|gewoon)\b/;

/**
 * Words that say a problem came back, anywhere later in the sentence (folded): "…, opgelost met
 * de platformbeperking, maar nu is het weer terug". Not "again" nor "opnieuw": "users can sign in
 * again", "opnieuw inschrijven" (re-enroll).
 */
const RECURRED = /\b(?:came back|comes back|coming back|is back|back again|revient|revenue?|est de retour|weer terug|is terug|komt terug|kwam terug)\b/;

/**
 * Words that say it is not, or not only: a negation ("isn't" too), "still", "again", "came back"
 * (folded). Not a negation of its relevance: "(opgelost) en lijkt me niet gerelateerd", "not
 * related", "pas lié" say the solved problem is beside the point.
 */
const UNSOLVED = /\b(?:not(?! (?:related|relevant)\b)|no|never|nothing|still|again|anymore|came back|comes back|is back|returned|pas(?! (?:lie|liee|en cause)\b)|jamais|rien|toujours|encore|revient|revenu|revenue|niet(?! (?:gerelateerd|relevant)\b)|geen|nooit|niets|nog|opnieuw|weer|terug)\b|n['’]t\b(?! related\b)/;

/** A code's sentence, read once for {@link solvedAt} and {@link backgroundAt}: folded, split at the code. */
interface CodeSentence {
  /** From the sentence's start to the code. */
  before: string;
  /** From after the code to the sentence's end. */
  rest: string;
  /** Whether the sentence ends with a question mark. */
  question: boolean;
}

/** The sentence of the code `raw` at offset `at` ({@link CodeSentence}). */
function codeSentence(text: string, at: number, raw: string): CodeSentence {
  const { rest, question } = sentenceAfter(text, at + raw.length);
  return { before: fold(sentenceBefore(text, at)), rest: fold(rest), question };
}

/**
 * Whether the code of `said` (its sentence) is said to be solved, in a sentence that is not a
 * question: it is said gone ({@link GONE}), or a word such as "fixed", "opgelost" or "réglé"
 * follows it in its clause or the next one, or stands right before it ({@link SOLVED_BEFORE}) or
 * as the sentence's label ({@link SOLVED_LABEL}), or a past diagnosis confirms it ({@link CONFIRMED}),
 * with no negation, "still", "again" or "came back" ({@link UNSOLVED}) in the clauses read (for a
 * word before it, the next clause too), nor a word that says it came back later in the sentence
 * ({@link RECURRED}).
 */
function solvedAt(said: CodeSentence): boolean {
  if (said.question || RECURRED.test(said.rest)) return false;
  // (Empty clauses skipped: "0x80180003, maar dat is opgelost" breaks at the comma and at "maar".)
  const [own = '', next = ''] = said.rest.split(CLAUSE_BREAK).filter((c) => c.trim()).slice(0, 2);
  const ownStart = said.before.split(CLAUSE_BREAK).pop() ?? '';
  if ((SOLVED.test(own) || GONE.test(own)) && !OTHERS_SUBJECT.test(own)) return !UNSOLVED.test(ownStart + own);
  if (SOLVED_BEFORE.test(ownStart) || SOLVED_LABEL.test(said.before) || CONFIRMED.test(own)) return !UNSOLVED.test(ownStart + own + next);
  return (SOLVED.test(next) || WORKS_AFTER.test(next)) && !OTHERS_SUBJECT.test(next) && !UNSOLVED.test(ownStart + own + next);
}

/**
 * A clause whose subject is the other items, not the failing one (folded): "erreur 812 sur une
 * ligne, le reste est passé", "…, the rest went through", "de rest is gelukt". What worked there is
 * the others; the code's item still fails.
 */
const OTHERS_SUBJECT = /^\s*(?:(?:but|mais|maar|and|et|en|while|alors que|terwijl)\s+)?(?:the rest|the others|all (?:the )?others|everything else|the other \w+|the remaining \w+|le reste|les autres|tout le reste|de rest|al de rest|de andere\w*|de overige\w*)\b/;

/**
 * A clause that says all works after a change (folded): "maar na het whitelisten van de
 * aanmeld-URL's in de proxy gaat alles goed", "after allowing the URLs everything works", "après la
 * mise à jour tout fonctionne". Read in the clause after a code's, as a solved word.
 */
const WORKS_AFTER =
  /\b(?:after|since|na|sinds|apres|depuis)\b[^,.;:!?]{3,100}\b(?:gaat (?:alles|het) (?:weer |nu )?goed|(?:werkt|lukt) (?:alles|het) (?:weer|nu)|everything (?:works|is fine|is ok)|it works|works fine|all good|tout (?:fonctionne|marche|va bien)|(?:ca|cela) (?:fonctionne|marche))\b/;

/**
 * Words that place a sentence in the past, or say it is background, folded: "last year", "earlier
 * this month", "yesterday", "hier", "vorig jaar", "l'an dernier", "le mois dernier", "in 2023", a season ("the
 * incident in spring", "au printemps", "afgelopen zomer"), "Context:", "Achtergrond:", "Ter
 * info:", "Pour info", "Some history first:", a reminder or an earlier thread ("Petit rappel pour ceux qui ont suivi
 * mon fil précédent", "from my last post").
 */
const PAST =
  /\b(?:last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|a few|some) (?:years?|months?|weeks?) ago|earlier this (?:year|month|week|quarter)|plus tot (?:cette annee|ce mois|cette semaine)|eerder (?:dit jaar|deze maand|deze week)|begin deze maand|au debut du mois|early on|years ago|back in (?:19|20)\d\d|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|vorige? (?:jaar|maand|week)|jaren geleden|(?:een|twee|drie|enkele) (?:jaar|maanden?|weken) geleden|l['’ ]an dernier|l['’ ]annee (?:derniere|passee)|(?:le|du) mois (?:dernier|passe)|il y a des annees|il y a quelques annees|au debut|la semaine (?:derniere|passee)|il y a (?:un an|un mois|deux mois|quelques mois|quelques semaines)|for context|context|background|pour rappel|pour info|hier|yesterday|gisteren|petit rappel|as a reminder|quick reminder|ter herinnering|my (?:previous|earlier|last) (?:thread|post|topic)|mon (?:fil|message|post|sujet) precedent|mon precedent (?:fil|message|post|sujet)|mijn (?:vorige|eerdere) (?:draad|draadje|post|bericht|topic)|some history|history|achtergrond|ter info|contexte|historique|ooit|vroeger|destijds|previously|in the past|once had|(?:in|en) (?:19|20)\d\d|par le passe|autrefois|a l['’ ]epoque|at the time|(?:in|during) (?:the )?(?:spring|summer|autumn|fall|winter)|(?:au|ce|cet) (?:printemps|ete|automne|hiver)|en (?:ete|automne|hiver)|in (?:het|de) (?:voorjaar|lente|zomer|najaar|herfst|winter)|afgelopen (?:voorjaar|lente|zomer|najaar|herfst|winter)|last quarter|vorig kwartaal|le trimestre dernier|du debut|(?:in|early|late|en|debut|fin|begin|eind) (?:january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|januari|februari|maart|juni|juli|augustus|oktober))\b/;

/**
 * Words that say a problem is over, looser than {@link SOLVED} (read only with {@link PAST}), folded:
 * "fixed", "that has been fine since", "all good", "joins work again", "loopt de uitrol prima",
 * "trying to avoid what happened", "éviter que ça se reproduise", "réglé", "fonctionne à nouveau",
 * "long gone", "pas de question là-dessus", "Incident clos depuis longtemps", "That incident is closed", "Fine, lesson learned",
 * a label that opens a sentence on what the post asks today ("Nu: hoe exporteer ik …?", "Now:",
 * "Maintenant :"; not "Status now:"),
 * a cause changed since ("die is sindsdien aangepast", "has since been changed", "a été modifiée
 * depuis");
 * or irrelevant now: "it's not related", "n'a rien à voir", "…, rien à voir." (ending its clause; not
 * "rien à voir avec le proxy"), "staat er los van", "are not involved",
 * "is hier niet aan de orde", "n'est pas en cause"; or left behind for a new plan: "Nu wil ik
 * pre-provisioning testen", "now we want to…", "je voudrais maintenant…".
 */
const OVER =
  /\b(?:(?<![a-z0-9,][ \t]*)(?:nu|now|maintenant|desormais|vandaag|today|aujourd['’ ]hui)(?= ?:)|fixed|solved|resolved|sorted|cleaned up|long gone|(?:rather not|(?:do not|don['’ ]?t|not) want to) (?:repeat|go through) (?:it|that|this)|ne (?:veux|voulons|voudrais) (?:surtout |vraiment |plus )?pas revivre|(?:plus jamais|jamais plus) ca|(?:wil|willen) (?:dat|dit) niet (?:nog eens|opnieuw)|niet nog eens meemaken|(?:trying|try|want|wants|hoping|hope|need) to avoid (?:what happened|a repeat|repeating)|(?:eviter|ne pas revivre) (?:ce qui (?:s['’ ]est passe|est arrive)|que (?:ca|cela) (?:ne )?se reproduise)|(?:wil|willen) (?:voorkomen|vermijden) (?:wat er|dat (?:dat|dit|het) (?:nog eens|opnieuw))|(?:have not|haven['’ ]?t|not) seen it since|no recurrence|niet meer gezien|plus revu|not a concern|no longer an issue|no longer a problem|fine since|been fine|all good|works? again|working again|(?:completes|works|succeeds) now|now (?:completes|works|succeeds)|is gone|went away|opgelost|verholpen|gefixt|gefixed|rechtgezet|werkt weer|werkt nu|lukt nu|is weg|is verdwenen|loopt (?:[a-z]+ ){0,3}prima|regle|reglee|resolu|resolue|corrige|corrigee|plus un souci|plus un probleme|pas de question la[ -]dessus|geen probleem meer|geen issue meer|(?:it['’ ]s |it is |that['’ ]s |that is )?not related|(?:are |is )?not involved|(?:is |zijn )?(?:hier )?niet aan de orde|n['’ ]est pas en cause|ne sont pas en cause|(?:is |are )?not relevant (?:here|now)|speelt hier niet|unrelated|n['’ ]?a rien a voir|rien a voir(?=\s*(?:[.!;,)]|$))|sans rapport|staat (?:er )?los van|heeft er niets mee te maken|(?:incident|ticket|dossier) (?:(?:is|was|has been|est|a ete|werd|is nu) (?:now |since |long |al |depuis )?)?(?:clos|cloture|ferme|closed|gesloten|afgesloten)|(?:clos|closed|gesloten) (?:depuis longtemps|long ago|sinds lang)|long closed|lang (?:gesloten|afgesloten)|fonctionne a nouveau|marche a nouveau|fonctionne maintenant|marche maintenant|(?:is |zijn |werd |werden )?sindsdien (?:aangepast|gewijzigd|veranderd|rechtgezet|gecorrigeerd)|(?:has|have) since been (?:changed|adjusted|corrected|fixed|updated)|(?:a|ont) ete (?:modifiee?s?|corrigee?s?) depuis|a disparu|lessons? learned|les geleerd|lecon retenue|lecon apprise|nu (?:wil|willen) (?:ik|we)|now (?:i|we) (?:want|would like|plan|need) to|(?:je voudrais|je veux|nous voulons|on veut|on voudrait) maintenant|maintenant (?:je voudrais|je veux|nous voulons|on veut|on voudrait))\b/;

/** Characters read after a background code for the sentences that may say it is over. */
const BACKGROUND_SPAN = 600;

/** Sentences read from a background code's own for one that says it is over ({@link OVER}). */
const BACKGROUND_SENTENCES = 3;

/**
 * Whether the code at offset `at` (as written: `raw`; its sentence: `said`) is background: its
 * sentence, not a question, places it in the past ({@link PAST}), and that sentence or one of the
 * next two says it is over ({@link OVER}: "Le mois dernier … on avait l'erreur 0x80180014 … C'était
 * tout bête : … Corrigé"), with no negation, "still" or "came back" ({@link UNSOLVED},
 * {@link RECURRED}) from that word's clause to the end of the sentence after it, a worry that it may
 * come back ({@link FEARED}) left out. "Last year our
 * teachers hit DeviceCapReached all the time; we raised the limit, and that has been fine since.
 * Current problem is different: …"; "Context: last year we had the 80180026 issue on kiosks;
 * uninstalling the agent fixed that, all good."
 */
function backgroundAt(text: string, at: number, raw: string, said: CodeSentence): boolean {
  if (said.question || !PAST.test(said.before + said.rest)) return false;
  const sentences = fold(text.slice(at + raw.length, at + raw.length + BACKGROUND_SPAN)).split(SENTENCE_BREAK, BACKGROUND_SENTENCES + 1);
  return overAt(sentences, true) >= 0;
}

/**
 * The first of `sentences` (folded; the first {@link BACKGROUND_SENTENCES} read) that says a
 * problem is over ({@link OVER}), with no negation, "still" or "came back" ({@link UNSOLVED},
 * {@link RECURRED}) from that word's clause to the end of the sentence after it when `readNext`;
 * else in that word's clause, and only "still", "again" or "came back" ({@link STILL}) in the rest
 * of its sentence and the next; a worry that it may come back ({@link FEARED}) left out; -1 if none
 * does.
 */
function overAt(sentences: readonly string[], readNext: boolean): number {
  const k = sentences.findIndex((x, i) => i < BACKGROUND_SENTENCES && OVER.test(x));
  if (k < 0) return -1;
  const own = sentences[k]!;
  const next = sentences[k + 1] ?? '';
  const over = OVER.exec(own)!;
  // Sentences joined as clauses: the clause starts after the last break before the word.
  let clause = 0;
  for (const m of own.slice(0, over.index).matchAll(CLAUSE_BREAKS)) clause = m.index + m[0].length;
  if (readNext) return goesOn(`${own}, ${next}`.slice(clause), UNSOLVED) ? -1 : k;
  // Else the word's own clause is read for a negation, and the rest only for "still", "again",
  // "came back": "that one was sorted by removing the old records, so please don't send me that KB".
  const end = over.index + over[0].length;
  const brk = own.slice(end).search(CLAUSE_BREAK);
  const stop = brk < 0 ? own.length : end + brk;
  return goesOn(own.slice(clause, stop), UNSOLVED) || goesOn(`${own.slice(stop)}, ${next}`, STILL) ? -1 : k;
}

/**
 * A clause that says why or since when a problem is over, folded, to the clause's end: "(opgelost)
 * sinds we die optie niet meer gebruiken", "(fixed) since we no longer assign users", "(réglé)
 * depuis qu'on n'utilise plus…". Its negation is the fix, not the problem going on.
 */
const SINCE_CLAUSE = /\b(?:since|sinds|depuis|now that|maintenant que|nu (?:we|ik|dat))\b[^,:;()–—]*/g;

/**
 * Whether folded `text` says a problem goes on: `words` ({@link UNSOLVED} or {@link STILL}) or "came
 * back" ({@link RECURRED}), once the words that say it is over ({@link OVER}), a worry that it may
 * come back ({@link FEARED}) and why or since when it is over ({@link SINCE_CLAUSE}) are left out; a
 * return is read in a since-clause too ("…, but since Monday it is back").
 */
function goesOn(text: string, words: RegExp): boolean {
  const told = text.replace(QUOTED_TEXT, ' ').replace(OVER_ALL, ' ').replace(FEARED, ' ');
  return words.test(told.replace(SINCE_CLAUSE, ' ')) || RECURRED.test(told);
}

/**
 * A quoted message ("…", “…”, « … », '…'): its words are the error's, not the poster's. "Last week
 * we had \"This user is not authorized to enroll\" and fixed it": the "not" is the message's.
 */
const QUOTED_TEXT = /«[^»\n]{3,160}»|"[^"\n]{3,160}"|“[^”"\n]{3,160}”|(?<![\w'’])['‘][^'’\n]{3,160}['’](?![\w'’])/g;

/** Words that say a problem goes on (folded), read in the sentence after one that says it is over: "Now it is back", "Still on 3 laptops". */
const STILL = /\b(?:still|again|anymore|toujours|encore|nog steeds|nog altijd|weer|opnieuw)\b/;

/** A sentence with its end: up to a full stop, question or exclamation mark, semicolon or line break. */
const STORY_SENTENCE = /[^.!?;\n]+(?:[.!?;]+(?=[\s"'”’»)\]]|$)|\n|$)/g;

/**
 * A post's history told in words, as `[start, end)` offsets in order: a sentence, not a question,
 * placed in the past ({@link PAST}: "we hebben ooit…", "Last year…", "Context:") whose problem that
 * sentence or one of the next two says is over ({@link overAt}; the sentence after is not read: "…
 * en dat is al lang gefixt. Die standaard-URL willen we ook niet aanraken."), up to the sentence
 * that says so.
 * "Last year a few iPhones hit the device limit. We raised it, and that has been fine since." The
 * words of an entry there are history, not the post's problem. Linear in the text (its caller,
 * asidesOf, reads a post's first 20,000 characters).
 */
export function pastStories(text: string): [number, number][] {
  const all = [...text.matchAll(STORY_SENTENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
  const spans: [number, number][] = [];
  let covered = 0;
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (s.start < covered || s.folded.trimEnd().endsWith('?') || !PAST.test(s.folded)) continue;
    const k = overAt(all.slice(i, i + BACKGROUND_SENTENCES + 1).map((x) => x.folded), false);
    if (k < 0) continue;
    covered = all[i + k]!.end;
    spans.push([s.start, covered]);
  }
  return spans;
}

/**
 * A worry that the problem may come back, to the end of what is read (folded): "Nu ben ik bang dat we
 * … weer in die valkuil stappen", "I'm worried we'll hit it again", "j'ai peur que ça revienne". A
 * fear is not a recurrence.
 */
const FEARED = /\b(?:(?:i['’ ]m|i am|we['’ ]re|we are) (?:a bit |slightly |quite )?(?:afraid|worried|scared|nervous)|(?:afraid|worried|scared|nervous) (?:that|we|it|this)|(?:ik ben|we zijn|ben ik|zijn we) (?:een beetje |wat )?bang|(?:ik |we )?vrees|(?:j['’ ]ai|on a|nous avons) (?:un peu )?peur|je crains|on craint|de peur que|inquiet)\b[\s\S]*$/;

const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
const OVER_ALL = new RegExp(OVER.source, 'g');

/**
 * Words in a code's sentence that set it aside as another matter (folded): "(DeviceCapReached for one
 * user, unrelated, handled separately)", "an old DeviceCapReached from 2022, which is obviously
 * irrelevant", "Our old 80180014-style … issues are a separate story, please ignore the ticket
 * history", "… the TPM problem from last week — closed, not this". Not
 * "unrelated to" / "not related to" (what a failure is unrelated to: "0x80180014 on every laptop,
 * unrelated to the Wi-Fi change"; nor "irrelevant to"), and "not this" only at the sentence's end.
 */
const UNRELATED = /\b(?:unrelated|irrelevant|not related|niet gerelateerd|sans rapport|rien a voir|los daarvan|staat (?:er )?los van)\b(?!\s+(?:to|with|met|avec|a|au|aan)\b)|\bseparate (?:story|issue|matter|problem|thing|ticket)\b|\bhandled separately\b|\bplease ignore\b|\bnot this(?=[\s.!;)]*$)/;

/**
 * Whether the paste disowns the code `raw`, first found at offset `first`: at every occurrence
 * read ({@link MAX_OCCURRENCES}) it either rules the code out ({@link RULED_OUT} before it,
 * {@link NOT_IT} after it; not in a question: "isn't this the 0x80180014 error?"), names it only to
 * compare another with it ({@link COMPARED}), sets it aside as another matter ({@link UNRELATED}),
 * says it is solved ({@link solvedAt}), gives it as past background ({@link backgroundAt}), or takes
 * it back for another code ({@link correctedAt}; `codes`: the offsets of the paste's codes, as
 * findCodes gives them), or the caller sets that occurrence aside (`setAside`: in an aside of the
 * post). Each occurrence may be disowned its own way: "colleague says \"it's the 80180014 thing\",
 * I'm not convinced" in a title (an aside) and "> same as 0x80180014" in a quote (compared).
 */
export function disowns(text: string, raw: string, first: number, codes: readonly number[] = [], setAside: (at: number) => boolean = () => false): boolean {
  return occurrences(text, raw, first).every((at) => disownedAt(text, at, raw, codes, setAside));
}

/**
 * Whether the paste's last word on the code `raw` (first at offset `first`; its last occurrence of
 * the {@link MAX_OCCURRENCES} read) says it is solved: in its sentence ({@link solvedAt}), or on a
 * list or timeline line that ends closed ({@link LINE_CLOSED}, with no "still", "again" or "came
 * back"). A timeline names a code when it failed and again when it was fixed ("09:19 Import
 * finished: 4 x 802 …", "10:05 The 802 rows: … re-imported, success. RESOLVED."); its earlier
 * occurrences do not make it open. The classifier sets such a code aside when another code of ours
 * stays open, or when every code of ours is so closed. An occurrence in an aside (`setAside`) is
 * not read.
 */
export function solvedLast(text: string, raw: string, first: number, setAside: (at: number) => boolean = () => false): boolean {
  const at = occurrences(text, raw, first).filter((o) => !setAside(o)).pop();
  if (at === undefined) return false;
  const line = fold(lineAt(text, at));
  return solvedAt(codeSentence(text, at, raw)) || (LINE_CLOSED.test(line) && !STILL.test(line) && !RECURRED.test(line));
}

/**
 * A line of a list or a timeline that ends by saying its item is closed (folded): "… they
 * enrolled. Closed.", "… réimportés mardi : OK. Clos.", "… re-imported, success. RESOLVED.", "…
 * on a retiré les anciens appareils du compte, résolu." Its last clause says what {@link SOLVED_ONLY}
 * says of a whole lead, in a ticket's words ("closed", "clos", "afgesloten", "done").
 */
const LINE_CLOSED = /(?:^|[.!,;:]\s*)(?:closed|clos|cloture|resolved|resolu|opgelost|afgesloten|gesloten|fixed|done)\s*[.!]*\s*$/;

/** Whether the occurrence at `at` of code `raw` is disowned, one of {@link disowns}' ways. */
function disownedAt(text: string, at: number, raw: string, codes: readonly number[], setAside: (at: number) => boolean): boolean {
  if (setAside(at)) return true;
  const said = codeSentence(text, at, raw);
  if (!said.question && UNRELATED.test(`${said.before} ${said.rest}`)) return true;
  const before = fold(text.slice(Math.max(0, at - 60), at));
  const ruledOut = RULED_OUT.test(before) || NOT_IT.test(said.rest.slice(0, NOT_IT_SPAN));
  if ((ruledOut && !said.question) || COMPARED.test(before)) return true;
  return solvedAt(said) || backgroundAt(text, at, raw, said) || correctedAt(text, at, raw, codes) || explainedAfterSolved(text, at, said);
}

/**
 * Words that set a code apart from what a post asks about (folded): it differs ("our code is
 * different", "I know this sounds like the … case, but it isn't", "I don't think it's the … problem",
 * "Ce n'est donc pas le 0x8018002b"), is known ("we know the 80070774 issue"), or is over ("fixed",
 * "last year", "réglée", "opgelost", "vorige"). Not bare negations nor "already": "not supported",
 * "already enrolled" are in our entries' own messages.
 */
const SET_APART = /\b(?:isn['’]?t (?:it|the|our|that|this)|is not (?:it|the|our|that|this)|not the|not our|don['’]?t think|different|differs|other than|last year|previous|earlier|understand|we know|i know|fixed|solved|resolved|sorted|corrige\w*|regle\w*|resolu\w*|opgelost|verholpen|n['’ ]est (?:donc )?pas (?:le|la|l['’ ]|du|ce)|niet (?:de|het|dat|die)|anders|andere|autre|vorig\w*|eerder|dernier|au debut)\b/;

/**
 * Whether every sentence that carries code `raw` (first at offset `first`; {@link MAX_OCCURRENCES}
 * read) sets it apart ({@link SET_APART}) and names none of `others` (codes as written). Weaker than
 * {@link disowns}: the classifier asks it only when the paste names another documented code, which
 * is then what the paste is about.
 */
export function setApart(text: string, raw: string, first: number, others: readonly string[]): boolean {
  const lower = others.map((o) => o.toLowerCase());
  return occurrences(text, raw, first).every((at) => {
    const sentence = fold(sentenceAt(text, at));
    return SET_APART.test(sentence) && !lower.some((o) => sentence.includes(o));
  });
}

/**
 * Words in a code's sentence, after it, that say what caused it, in the past (folded): "(the
 * 0x801c03ea) was caused by", "came from", "kwam doordat", "kwam door de TPM", "lag aan", "venait
 * de", "était dû à".
 */
const CAUSED = /\b(?:was (?:caused by|due to)|came from|kwam (?:door(?:dat)?|van)|lag aan|werd veroorzaakt door|venait d|provenait d|etait due? (?:a|au)|a ete cause)/;

/**
 * A sentence that ends on a solved word, alone or after a label (folded): "Opgelost!", "Solved
 * 🎉", "Bas: update over de kiosken: OPGELOST", "Résolu !".
 */
const SOLVED_SAID = /^[^.!?]{0,60}?\b(?:solved|fixed|resolved|sorted|opgelost|verholpen|resolu|regle)\W*$/;

/**
 * Whether the code at `at` (its sentence: `said`) is explained after a sentence that says it is
 * solved: "Opgelost! De 0x801c03ea kwam doordat het apparaat in twee groepen zat." The cause is told
 * of a problem that is over: no negation or "still" in the sentence before the cause, and no "came
 * back" ({@link RECURRED}) in it.
 */
function explainedAfterSolved(text: string, at: number, said: CodeSentence): boolean {
  const cause = CAUSED.exec(said.rest);
  // (What the cause was may say "still": "kwam door de TPM die nog in 1.2-modus stond".)
  if (said.question || !cause || UNSOLVED.test(said.before + said.rest.slice(0, cause.index)) || RECURRED.test(said.rest)) return false;
  const start = at - sentenceBefore(text, at).length;
  const previous = fold(sentenceBefore(text, start - 1).trimEnd() + text.slice(start - 1, start));
  return SOLVED_SAID.test(previous) && !UNSOLVED.test(previous);
}

/**
 * `text` with every occurrence of the given codes (as written, any case, whole words) replaced by
 * spaces, so that offsets stay those of `text`: all of them, also past the occurrences
 * {@link disowns} reads. Linear in the text per code.
 */
export function withoutCodes(text: string, found: readonly { raw: string }[]): string {
  let out = text;
  for (const c of found) out = out.replace(wholeWord(c.raw), (m) => ' '.repeat(m.length));
  return out;
}

/** Patterns {@link wholeWord} compiled, by code as written; cleared when {@link WHOLE_WORD_CACHE} are held. */
const wholeWords = new Map<string, RegExp>();
const WHOLE_WORD_CACHE = 256;

/**
 * A global, case-blind pattern for `raw` as a whole word (not "806" inside "1806"), compiled once
 * per code as written. Callers set `lastIndex` before `exec`; `replace` starts from 0 itself.
 */
function wholeWord(raw: string): RegExp {
  let re = wholeWords.get(raw);
  if (!re) {
    if (wholeWords.size >= WHOLE_WORD_CACHE) wholeWords.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    wholeWords.set(raw, re);
  }
  return re;
}

/** Log levels that say a line is not the failure: a warning, an information line. */
const QUIET_LEVELS = 'warning|information|informations|informatie|info|avertissement|waarschuwing|verbose';

/**
 * A log line's level, after an optional date and time: "09:12:04 Warning 72 MDM Enroll: …",
 * "Avertissement\t09-04-2024 14:35:46\t…", "2024-03-01 10:02 Fout …", in any case. Group 1 is set
 * for a quiet level ({@link QUIET_LEVELS}); otherwise the level is an error ("Error", "Erreur",
 * "Fout", "Critical"): the line is the failure.
 */
const LOG_LEVEL = new RegExp(String.raw`^[ \t]*(?:\[?\d[\d:./T,-]*\]?[ \t]+){0,3}\[?(?:(${QUIET_LEVELS})|error|erreur|fout|critical|critique|kritiek)\b`, 'i');

/** Characters of a line read for its log level or its quote mark. */
const LINE_SPAN = 400;

/** The line of `text` around offset `at`, at most its first {@link LINE_SPAN} characters. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? Math.min(text.length, start + LINE_SPAN) : Math.min(end, start + LINE_SPAN));
}

/** The level a log line gives ({@link LOG_LEVEL}), or '' when it gives none. */
function levelOf(line: string): 'quiet' | 'error' | '' {
  const level = LOG_LEVEL.exec(line);
  return !level ? '' : level[1] ? 'quiet' : 'error';
}

/** The level of the line of `text` around offset `at` ({@link levelOf}). */
function logLevelAt(text: string, at: number): 'quiet' | 'error' | '' {
  return levelOf(lineAt(text, at));
}

/** Whether offset `at` of `text` is on a log line of an error level ({@link LOG_LEVEL}: "Error", "Erreur", "Fout", "Critical"). */
export function onErrorLine(text: string, at: number): boolean {
  return logLevelAt(text, at) === 'error';
}

/**
 * Whether every occurrence of `raw` (first at `first`) is on a log line of a quiet level (a
 * warning, an information line: "09:12:04 Warning 52 MDM Enroll: … Result: (0x8018000A)"). Beside
 * another code on an error line ({@link onErrorLine}), the warning recovered and the other code is
 * the failure.
 */
export function onlyOnQuietLines(text: string, raw: string, first: number): boolean {
  return occurrences(text, raw, first).every((at) => logLevelAt(text, at) === 'quiet');
}

/**
 * Words that say a line's code failed (folded): "MDM Enroll: Failed (Unknown Win32 Error code:
 * 0x80180018)", "Intune reports it as failed with 0x87D1041C", "foutcode", "mislukt", "échec".
 */
const FAILURE_WORDS = /\b(?:fail(?:ed|s|ure)?|error code|foutcode|mislukt|faalt|echec|echouee?s?|code d['’ ]?erreur|unknown win32 error)\b/;

/** A line that opens with a quote mark: an error message copied on its own line ("« Le logiciel ne peut pas être installé, 0x80cf4017. »"). */
const QUOTE_LED = /^\s*["«“„']/;

/**
 * Whether the line of `text` around offset `at` says its code failed: a failure word
 * ({@link FAILURE_WORDS}), an error level ({@link LOG_LEVEL}), or an error message quoted on its
 * own line ({@link QUOTE_LED}). A code on no such line is told, not shown failing: a colleague's
 * guess ("Collega: 'dat is toch 0x80180014?'"), history, a plan.
 */
export function onFailureLine(text: string, at: number): boolean {
  const line = lineAt(text, at);
  return FAILURE_WORDS.test(fold(line)) || QUOTE_LED.test(line) || levelOf(line) === 'error';
}

/** A line quoted from an earlier message, e-mail or forum style: it opens with ">". */
export const QUOTED_LINE = /^\s*>/;

/** Whether offset `at` of `text` is on a quoted line ({@link QUOTED_LINE}: "> Reply from …: That sounds like 80180003"). */
export function onQuotedLine(text: string, at: number): boolean {
  return QUOTED_LINE.test(lineAt(text, at));
}
