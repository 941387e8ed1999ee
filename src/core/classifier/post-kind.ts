/**
 * What kind of post a paste is, read from its opening, whatever entry its words match: feedback on
 * a doc's own defect, a feature request, a closing update or a periodic summary, a post that says
 * nothing is broken, a planning, renewal, how-to or comparison question, a document being written
 * or reviewed (a training draft, an audit finding), a review of an incident that ended. No
 * playbook answers these (index.ts decides what each kind rules out); the patterns below are the
 * words that say so, in English, French and Dutch, most of them read on folded text (fold.ts).
 * Every repetition is bounded or split by a required delimiter (a space between words), so no
 * pattern backtracks catastrophically: the worst 1 MB inputs are measured in the closing notes.
 */
import { fold } from './fold';
import { PhraseIndex } from './lexicon';

/**
 * A feature request, as issue trackers mark one: a title tagged `[Feature]`, `[Feature Request]`,
 * `[Enhancement]` or "Feature request:" / "Feature request -", or "suggestion" for "request" (and
 * the French and Dutch words: "demande / suggestion de fonctionnalité", "demande d'évolution",
 * "functieverzoek / -suggestie", "verbeterverzoek / -voorstel"),
 * after markdown (`#`, `**`, `>`) or "Title:", or GitHub's feature-request template ("Is your
 * feature request related to a problem?", "Describe the solution you'd like"). Read on the
 * NFC-normalised paste (a decomposed "é" is one character).
 */
const FEATURE_REQUEST =
  /^[\s#>*_]*(?:title\s*:[\s#>*_]*)?(?:\[\s*(?:feature(?:[ -](?:request|suggestion))?|enhancement|(?:demande|suggestion) de fonctionnalit[eé]|functie(?:verzoek|suggestie))\s*\]|(?:feature[ -](?:request|suggestion)|(?:demande|suggestion) de fonctionnalit[eé]|demande d['’ ]?[ée]volution|functie(?:verzoek|suggestie)|verbeter(?:verzoek|voorstel))\s*[:\-–—])|is your feature request related to a problem|describe the solution you['’]?d like/i;

/**
 * A post title (or, without a title line, its first sentence) that reports a defect of a doc page
 * itself, folded: a typo, a "doc bug", a broken, dead, wrong or
 * outdated link, "please update the documentation", a duplicated word or title, outdated steps or
 * click paths, inconsistent names, a sentence in bad English or grammar, in English, French and
 * Dutch ("lien cassé", "fout in documentatie", "link werkt niet", "même titre", "verouderde
 * klikpaden", "fautes d'orthographe", "spelfouten"; tune-extra-73: 1 more refused), when the post
 * names a doc ({@link DOC_WORDS}: "Wrong link sent to users?" is not about one); or a bad translation ({@link TRANSLATION_DEFECT}). Not a "[doc feedback]"
 * tag, which also heads reports of the entry's error, nor a post that says the doc is confusing
 * about a behaviour ("does Bypass actually disable the lock?"): both ask about the entry's problem.
 * Tuning pastes and real posts: 6 out-of-scope refused, no answer lost.
 */
const DOC_DEFECT =
  /\b(?:typos?|docs? bug|(?:page|doc|docs|article|documentation|pagina|artikel)\s+(?:writes|says|spells|schrijft|ecrit|indique)\s+[^.!?]{1,40}?\s+(?:instead of|in plaats van|au lieu de)\b|bug (?:in|dans) (?:the |la )?doc\w*|fout(?:en)? in (?:de )?doc\w*|inconsistent (?:names|naming|terminology|wording)|broken links?|dead links?|wrong links?|outdated links?|link target|link rot|please update (?:the )?(?:doc(?:s|umentation)|headings?|screenshots?|(?:menu )?paths?|steps|links?)|(?:still points? to|(?:pointe|pointent) (?:encore|toujours) vers|(?:verwijst|verwijzen) nog(?: steeds)? naar) (?:l['’ ]?|the |het |de )?(?:ancien|old|oude|retired|legacy|classic)|fautes? de frappe|coquilles?|liens? (?:casses?|morts?|brises?|incorrects?|errones?|obsoletes?)|tikfouten?|typfouten?|(?:dode|kapotte|verkeerde|foute) links?|links? (?:werkt|werken) niet|links? points? to (?:an? |the )?(?:retired|old|obsolete|dead|removed)|verwijst naar (?:een |de )?(?:verouderde|oude|dode|verkeerde) pagina|renvoie (?:vers|a) (?:une |la )?(?:ancienne |mauvaise )?page (?:obsolete|perimee|supprimee)|(?:gives|returns|throws|leads to) (?:a |an )?404|duplicated|duplicate (?:words?|titles?|headings?|sections?)|(?:the )?same (?:title|heading)|(?:le )?meme titre|dezelfde (?:titel|kop)|outdated (?:steps|click ?paths?|(?:portal )?paths?|navigation|screenshots?|portal names?|ui)|(?:is|are) (?:outdated|out of date)|n['’ ]est plus a jour|(?:is|zijn) verouderd|niet meer actueel|old portal name|(?:etapes|chemins|captures) obsoletes|captures? d['’ ]?ecran obsoletes?|verouderde (?:stappen|klikpaden|schermafbeeldingen|navigatie)|(?:bad|broken|poor) (?:english|french|dutch|grammar)|grammar (?:mistakes?|errors?)|mauvais (?:anglais|francais|neerlandais)|fautes? (?:d['’ ]?orthographe|de grammaire)|slecht (?:engels|frans|nederlands)|(?:spel|taal|grammatica)fouten?)\b/;

/**
 * A post's lead (folded) that says it is feedback on a doc: "Docs issue:", "memdocs feedback:",
 * "Feedback on the enrollment errors page:", "Retour sur la doc :", "Feedback op de NL-pagina:",
 * a ticket's "Objet : Doc – …", "[Docs]", "Petite remarque sur la doc …", after a "Title:" label
 * too. Its defect ({@link DOC_DEFECT}, {@link FEEDBACK_DEFECT}) may then be named anywhere in its
 * opening. Tuning pastes: 4 more out-of-scope refused, no answer lost.
 */
const DOC_FEEDBACK =
  /^\W*(?:(?:title|titre|titel)\s*:\s*)?(?:(?:docs?|documentation|memdocs|page|article) (?:feedback|issue)\b|(?:doc|docs|documentatie|documentation)feedback\b|feedback (?:on|about|for|op|over) |retour sur (?:la |le |l['’ ]?)?(?:doc|page|article)|(?:commentaire|comment) (?:sur|on|about) (?:la |le |l['’ ]?|the )?(?:doc\w*|page|article)|(?:objet|subject|onderwerp)\s*:\s*docs?\b|\[docs?\]|(?:petite |small |quick |kleine )?(?:remarque|opmerking|note|remark) (?:sur|over|on|about) (?:la |le |l['’ ]?|de |het |the )?(?:doc\w*|page|pagina|article|artikel))/;

/** A doc's translation named in a post's lead (folded): "la version française de « … »", "the Dutch version", "de Nederlandse versie". */
const DOC_VERSION = /\b(?:version (?:francaise|neerlandaise|anglaise)|(?:french|dutch|english) version|(?:nederlandse|franse|engelse) versie)\b/;

/**
 * A doc defect in the words a doc-feedback post uses (folded; read only after a lead that says the
 * post is about a doc, {@link DOC_FEEDBACK} or {@link DOC_VERSION}): a text written instead of another ("le
 * premier code est écrit 0x801c003", "Het kopje heet … in plaats van …", "indique « … » au lieu de
 * « … »"; up to 120 characters apart: "staat in de sectie '…' de code als 0x801c003 in plaats van
 * 0x801c0003"), a missing digit, two messages translated by the same sentence, "Please clarify", a
 * trailing or stray dot that breaks copy and paste ("copy-paste fails"), two sections asked to be
 * merged ("Could you merge them or explain the difference?"; tune-extra-74: 1 more refused).
 */
const FEEDBACK_DEFECT = /\b(?:est (?:ecrit|note)|indique|dit|heet|staat(?: er)?|says|reads)\b[^.\n]{1,120}?\b(?:au lieu de|in plaats van|instead of)\b|\b(?:il )?manque un (?:zero|chiffre)|ontbreekt een (?:nul|cijfer)|missing a (?:zero|digit)|par la meme (?:phrase|expression|formulation)|please clarify|(?:trailing|stray) (?:dot|period|full stop|space)|breaks? (?:the )?copy|copy[ -]?paste (?:fails|breaks)|met dezelfde (?:zin|tekst)|(?:with|by) the same (?:sentence|phrase|wording)|(?:could|can|would) you (?:please )?(?:merge|combine) (?:them|the (?:two|sections?))|merge (?:them|the two|these|both)|fusionner|samenvoegen/;

/**
 * A post that reports a bad translation (of a doc or of the product's text), folded: read in its
 * opening. "Mauvaise traduction", "vertaling klopt niet", and the participles: "très mal traduite",
 * "slecht vertaald", "poorly translated" (tune-extra-45: 1 more refused, no answer lost).
 */
const TRANSLATION_DEFECT =
  /\b(?:(?:bad|wrong|incorrect|poor|machine|automatic) translation|mistranslat\w*|(?:badly|poorly|wrongly|machine[ -]) ?translated|(?:tres |assez )?mal traduit(?:e|s|es)?|traduit(?:e|s|es)? (?:automatiquement|n['’ ]importe comment)|(?:slecht|verkeerd|raar|automatisch) vertaald|translation (?:error|issue|mistake)|(?:mauvaise|erreur de) traduction|traduction (?:francaise |neerlandaise )?(?:est )?(?:automatique|incomprehensible|(?:peu|difficilement) comprehensible|incorrecte|erronee|fausse|approximative)|(?:foute|verkeerde|slechte|automatische|rare|onbegrijpelijke) vertaling|machinevertaling|vertaling klopt niet|(?:de )?vertaling (?:is )?(?:raar|onbegrijpelijk|onduidelijk|fout)|vertaalfouten?|translation is (?:wrong|confusing|incomprehensible|broken))\b/;

/**
 * A mail or chat client's banner that says the message it heads was translated, to the end of its
 * sentence (folded): "Ce message a été traduit automatiquement.", "This message was translated from
 * Dutch", "Dit bericht is automatisch vertaald". It reports no bad translation
 * ({@link TRANSLATION_DEFECT}): the forwarded error under it is the post's.
 */
const TRANSLATED_BANNER =
  /\b(?:(?:this|the) (?:message|e-?mail|post|conversation) (?:was|has been|is) (?:automatically |machine[ -])?translated|(?:ce|le) (?:message|mail|courriel|e-?mail) a ete traduit|(?:dit|het) (?:bericht|e-?mailbericht|gesprek) is (?:automatisch )?vertaald)\b[^.!?\n]*/g;

/**
 * The sentences of `text` that end with a question mark (at most {@link MAX_QUESTIONS}), each from
 * the line or sentence break before it, at most 400 characters back. Linear in the text.
 */
export function questionsOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let at = text.indexOf('?'); at >= 0 && out.length < MAX_QUESTIONS; at = text.indexOf('?', at + 1)) {
    let from = at;
    while (from > start && at - from < 400 && !'.!?\n'.includes(text[from - 1]!)) from--;
    if (from < at) out.push(text.slice(from, at + 1));
    start = at + 1;
  }
  return out;
}

/** Most questions read from one paste. */
const MAX_QUESTIONS = 10;

/**
 * A post that says it is planning, before any change ("we're planning enrollment restrictions for
 * next year", "haven't changed anything yet, just planning", "nous prévoyons", "we zijn van plan"),
 * before it creates the profile it asks about ("avant de créer le profil", "profiel nog niet
 * aangemaakt"), or for a tender ("appel d'offres", "aanbesteding").
 * Tuning pastes and real posts: 2 more out-of-scope refused, no answer lost.
 */
const PLANNING =
  /\b(?:(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:just )?planning|just planning|before (?:we roll|rolling (?:it |this )?out)|how (?:do|should|can) (?:we|i) plan|planning (?:question|vraag)|(?:question|vraag) (?:de |over (?:de )?)?planning)\b|^\W*planning\s*[:\-–—]|\bbefore (?:we |i )?creat(?:e|ing) (?:the|our|a|my) (?:\w+ )?profile|\b(?:have not|haven['’]t) created the profile yet|\b(?:nous pr[ée]voyons|on pr[ée]voit de|on planifie|nous planifions|avant de d[ée]ployer|avant le d[ée]ploiement|comment planifier|avant de cr[ée]er (?:le|notre|un|mon) (?:\w+ )?profil|appel d['’ ]?offres?|on (?:demarre|commence) (?:juste )?(?:le|notre) projet|rien (?:n['’ ]est )?(?:encore )?deploye)|\b(?:nothing (?:is )?(?:deployed|rolled out) yet|(?:we(?:['’]re| are) )?just (?:starting|kicking off) the project)\b|\b(?:we zijn van plan|we plannen|voordat we (?:het |dit )?uitrollen|hoe plannen we|hoe plan ik|(?:profiel|profile) nog niet aangemaakt|voordat (?:we|ik) het profiel aanma\w*|aanbesteding|(?:er is )?nog niets uitgerold|we (?:starten|beginnen) (?:net )?(?:met )?(?:het|ons) project)\b/iu;

/**
 * Words that say a post is about a doc page or its translation ({@link DOC_DEFECT} needs one of them
 * in the post's first {@link PHRASE_WORDS} words): "Wrong link sent to users?" is not about a doc.
 */
const DOC_WORDS = new PhraseIndex({ doc: ['doc', 'docs', 'documentation', 'documentatie', 'article', 'artikel', 'page', 'pagina', 'section', 'sectie', 'paragraphe', 'learn microsoft com', 'docs microsoft com', 'memdocs', 'traduction', 'traductions', 'vertaling', 'vertalingen', 'translation', 'translations'] });

/** Words of a paste read for {@link DOC_WORDS}. */
const PHRASE_WORDS = 600;

/**
 * A question on how to renew something (a certificate, a token): "how do I renew…", "renewing the
 * Apple MDM push certificate - order of steps?", "comment renouveler…", "hoe vernieuw ik…". Like a
 * planning post, it names what it wants to avoid ("before it expires"); "doit-on le renouveler
 * avec le même identifiant Apple ?", "should we renew…" ask the same. It reports a failure only
 * with words that say something erred or failed. Tuning pastes and real posts: 3 more out-of-scope
 * refused, no answer lost.
 */
const RENEWAL = /\b(?:renouvellement\b[^\n?]{0,80}\bproc[ée]dure|proc[ée]dure de renouvellement|renewal (?:procedure|steps)|vernieuwingsprocedure|how (?:do|can|should|to) (?:i |we )?renew|renewing the|(?:should|must|do) (?:i|we) (?:need to |have to )?renew|comment (?:le |la |les )?renouveler|(?:doit-on|faut-il|dois-je|devons-nous) (?:le |la |les )?renouveler|hoe (?:vernieuw|kan ik .{0,40}vernieuwen|moet ik .{0,40}vernieuwen|vernieuwen we)|moeten we (?:het |dat |die |deze )?vernieuwen)/iu;

/**
 * A question on how to create, make or set up something ("how do I create a provisioning
 * package?", "comment créer…", "comment définir l'autorité MDM ?", "hoe maak ik…", "where do I set
 * the MDM authority?", "waar stel ik de MDM-instantie in", "où définir…"), read in a paste's
 * opening that names no failure: an entry whose title names a failure, or is an error's name, is
 * then ruled out, not only weighed half.
 */
const HOW_TO = /\b(?:how (?:do|can|should) (?:i|we|you) (?:create|make|build|set ?up|configure|add|deploy|prepare|generate|define)|(?:how|where) (?:do|can|should) (?:i|we|you) set|how to (?:create|make|build|set ?up|configure|add|deploy|prepare|generate|define)|comment (?:cr[ée]er|faire|configurer|pr[ée]parer|g[ée]n[ée]rer|ajouter|d[ée]ployer|mettre en place|d[ée]finir|param[ée]trer)|hoe (?:maak|bouw|configureer|genereer|stel|zet|voeg|maken|bouwen|configureren) (?:ik|je|we|jij)?|waar (?:stel|zet|configureer) (?:ik|je|we|jij)|où (?:configurer|définir|paramétrer|d[ée]finit[- ]on|configure[- ]t[- ]on))\b/iu;

/**
 * A headline (or, without a title line, the first sentence) that sets two things side by side:
 * "Retire vs Wipe for leavers", "Retire vs. Delete vs. Wipe?", "Wissen versus buiten gebruik
 * stellen" (read with {@link COMPARISON}, when the paste names no failure).
 */
const VERSUS = /\S\s+(?:vs\.?|versus)\s+\S/iu;

/**
 * A question that asks what a device action does, read with a device action named and no failure:
 * "What does Bypass Activation Lock actually do to Find My?", "what exactly does Retire remove?",
 * "Que fait la mise hors service…", "Wat doet 'Autopilot opnieuw instellen' precies", "Wat wordt er
 * precies verwijderd als ik … buiten gebruik stel?". The playbooks fix an action that fails; the
 * product docs say what one does. Not "what happens if…" (an entry's own question), nor "what
 * does that status / 0x80cf4017 mean".
 */
const ACTION_EFFECT =
  /\bwhat (?:exactly |actually )?does\b[^?.\n]{0,60}?\b(?:do|remove|delete|wipe|erase|keep)\b|\bque fait\b|\bqu['’]est-ce que (?:fait|supprime|efface|garde)\b|\bqu['’]est-ce qui est (?:supprim|effac)|\bwat doet\b|\bwat (?:wordt|blijft) er (?:precies |allemaal )?(?:verwijderd|gewist|bewaard)\b/i;

/**
 * A question that asks why a doc gives a step: "why does the doc say to flip windows (mdm) to block
 * and back to allow?", "pourquoi la doc dit de …", "waarom zegt het artikel dat …". Read with no
 * failure named: the poster has the playbook and asks what its step does.
 */
const DOC_STEP_WHY = /\bwhy (?:does|do) (?:the|that|this|your|ms|microsoft['’]?s?) (?:doc|docs|article|page|documentation|kb|runbook|playbook) (?:say|tell|recommend|want|ask)|\bpourquoi (?:la doc\w*|l['’]article|la page|la fiche) (?:dit|demande|recommande|conseille)\b|\bwaarom (?:zegt|vraagt|adviseert) (?:de documentatie|de docs?|het artikel|de pagina)\b/i;

/**
 * A question that asks how two things differ: "what's (or chat's "whats") the difference between retire and wipe",
 * "quelle différence entre…", "wat is het verschil tussen…", "difference between A and B?". No
 * playbook compares two actions or settings; each fixes one failure. A statement ("the only
 * difference I can see is the OS edition") is not one. Tuning pastes and real posts: 4 more
 * out-of-scope questions refused, no answer lost.
 */
const COMPARISON =
  /\b(?:what(?:['’]?s| is| are)\s+(?:the\s+|a\s+)?(?:\w+\s+)?diff(?:erences?)?\b|differences?\s+between\b[^.?!\n]{1,120}\?|how\s+(?:does|do|is|are)\b[^.?!\n]{1,80}\bdiffer)|\bquelles?\s+(?:est\s+la\s+|sont\s+les\s+)?(?:\w+\s+)?diff(?:[ée]rences?)?\b|\bdiff[ée]rences?\s+entre\b[^.?!\n]{1,120}\?|\bwat\s+(?:is|zijn)\s+(?:\w+\s+)?(?:het|de)\s+verschil(?:len)?\b|\bverschil(?:len)?\s+tussen\b[^.?!\n]{1,120}\?/iu;

/** Characters of a post's opening read for a periodic summary ({@link PERIODIC_SUMMARY}): a title, a greeting and a line. */
const SUMMARY_LEAD = 300;

/**
 * A periodic summary the poster writes of their own fleet (folded): "Weekly endpoint summary",
 * "Intune / Autopilot weekly update", "Weekly endpoint status", "Weekly report draft", "Synthèse
 * hebdo", "Point hebdo MDM", "Status week 14:", "le rapport de la semaine", "Compte rendu",
 * "Weekoverzicht", "het weekrapport"; or a look back at finished work: "Postmortem:", "migration
 * retrospective", "Terugblik migratie …", "retour d'expérience" (tuning pastes: 6 more refused, no
 * answer lost). Its items are statuses told as done; what it asks is about the report. Not a report's output pasted ("Output of our weekly
 * device actions report: …"), which shows a failure.
 */
const PERIODIC_SUMMARY =
  /\b(?:(?:weekly|monthly|daily) (?:\w+ )?(?:summary|report draft|status update|update|status|recap)|week ?\d+ (?:summary|recap|status)|status (?:week|wk|semaine|sem) ?\d+|status report|synthese (?:hebdo\w*|mensuelle|de la semaine)|point (?:hebdo\w*|mensuel|de la semaine)|(?:le )?rapport (?:de la semaine|hebdo\w*|mensuel)|compte[ -]rendu|bilan (?:de la semaine|hebdo\w*|mensuel|de l['’ ]?operation)|week(?:overzicht|rapport|rapportage|verslag)|maand(?:overzicht|rapport|rapportage|verslag)|post-?mortem|retrospective|retro|terugblik|retour d['’ ]?experience|lessons learned|lecons apprises|sprint \d+ (?:review|report|recap))\b/;

/**
 * Words that say nothing is broken, as a clause of their own (folded): "Nothing is broken yet.",
 * "Planning question, nothing is broken", "nothing broken atm", "Aucune erreur pour l'instant,",
 * "Rien n'est cassé aujourd'hui", "Er is nog niets kapot", "Er is dus niets stuk", "Er gaat niets fout", "er is nog niets
 * fout gegaan", "No blockers", "Pas d'erreur ici,", "Pas de problème en cours.", "(geen storing,
 * puur inrichting)", "dus ik heb ook nog geen fouten;" (tuning pastes: 4 more refused, no answer
 * lost); "not a support question, everything works on our side.", "(not an Intune question,
 * sorry)" (2 more); "no error, just planning the setup" (2 more); "Planningsvraag." (1 more; not
 * "Geen planningsvraag:"). Not "nothing is broken on the server side, but …", where something else is.
 * (The lexicon's no-failure phrases say some of this too, but word by word, for one clause's
 * symptoms; this reads the post's opening as a whole.)
 */
const NOTHING_BROKEN = /\b(?:nothing (?:is |s |['’]s )?(?:broken|failing)|nothing broken|(?:it['’ ]s a |this is a |just a )?planning question|(?:dit is een |puur een |gewoon een )?(?<!geen )planningsvraag|(?:c['’ ]est une |juste une )?(?<!pas une )question de (?:planification|planning)|aucune erreur (?:pour l['’ ]instant|pour le moment|a ce stade)|rien n['’ ]est casse|rien n['’ ]a (?:encore )?(?:echoue|plante)|pas encore d['’ ]erreur|er is (?:dus |verder |eigenlijk )?(?:nog )?niets (?:kapot|stuk)|er gaat (?:dus |verder |eigenlijk )?(?:nog )?niets (?:mis|fout)|er is (?:nog )?niets (?:fout|mis) ?gegaan|nothing has gone wrong|rien n['’ ]a (?:encore )?mal tourne|no blockers|geen storing(?:smelding)?|pas de probleme en cours|pas d['’ ]erreur ici|no error here|no errors?(?=, just (?:planning|preparing|wondering|curious|asking|checking|(?:i |we )?want(?:ed)? to know|a question))|pas d['’ ]erreur(?=, (?:juste|simplement) (?:une question|pour savoir|par curiosite|de la preparation|je (?:veux|voudrais) savoir))|geen (?:fout|foutmelding|error)(?=, (?:alleen|gewoon|puur) (?:een vraag|ter info|voorbereiding|uit nieuwsgierigheid|benieuwd|wil(?:len)? (?:ik|we) (?:het )?weten))|(?:ik heb|we hebben|heb ik|hebben we) (?:ook )?(?:nog )?geen fouten|not an? (?:intune|support|error|fault|troubleshooting) question|pas une question (?:intune|d['’ ]erreur)|pas une demande de support|geen (?:intune ?|support|fout|storings)vraag|(?:question )?rather than an? (?:fault|error|problem|issue|failure)|plutot qu['’ ]une? (?:panne|erreur|probleme|incident)|(?:eerder|liever) dan een (?:storing|fout|probleem)|everything works on our side|tout fonctionne (?:de|chez) (?:notre cote|nous)|alles werkt bij ons)(?: yet| today| right now| at the moment| atm| pour l['’ ]instant| aujourd['’ ]hui| (?:voor )?nu| vandaag| nog)?\s*(?:[.,;:!)\n]|-|–|$)/;

/**
 * Words that say nothing is open, as a clause of their own (folded), not followed by a contrast in
 * the same sentence: "All of those are fixed, nothing open.", "Aucun incident en cours, c'est
 * uniquement de la documentation.", "Geen openstaande incidenten aan projectzijde.", "Rien ne
 * dysfonctionne, c'est de la préparation.", "Those tickets are all resolved; this change is
 * preventive.", "Alle tickets van april zijn opgelost, het gaat me alleen om de cijfers." A report,
 * a change request or a guide that lists codes of ours as its background needs no playbook.
 * Tuning pastes: 6 more refused, no answer lost.
 */
const NOTHING_OPEN =
  /\b(?:nothing (?:is )?open|no open (?:incidents?|issues?|tickets?)|aucun incident (?:en cours|ouvert)|geen (?:openstaande|lopende) (?:incidenten|incident|storingen|tickets)(?: aan \w+zijde)?|rien ne dysfonctionne|(?:c['’ ]est|ce n['’ ]est que) (?:uniquement |juste |seulement )?de la (?:preparation|documentation)|this change is preventive|(?:those|these|the) tickets are all (?:resolved|closed)|all (?:of )?(?:those|these|them) (?:are|were) (?:fixed|resolved|closed)|alle tickets (?:[\w-]+ ){0,3}zijn (?:opgelost|gesloten)|tous (?:ces|les) tickets (?:[\w-]+ ){0,3}sont (?:resolus|clos|fermes))\s*(?:[.,;:!)\n]|-|–|$)(?![^.\n]{0,60}\b(?:but|except|mais|sauf|maar|behalve)\b)/;

/**
 * Words that say a periodic summary still has an open item (folded): "Still open, need help:", "3
 * laptops still fail with …", "Reste un souci :", "RED / blocker", "Open items: 2", "nog open". Not
 * "Open items: none", "Points ouverts : aucun", "Openstaande punten: geen", "No blockers", "Geen
 * blokkades".
 */
const OPEN_ITEM =
  /\b(?:still open|still (?:fail|fails|failing)|toujours ouvert|toujours en echec|(?:echoue|echouent|plante|plantent) toujours|nog open|(?:mislukt|mislukken|faalt|falen) (?:nog steeds|nog altijd)|reste (?:un souci|un probleme|a regler|ouvert))\b|(?<!\b(?:no|geen|pas de|aucun|zero|0) )\b(?:open items?|open issues?|points? ouverts?|openstaande? (?:punt|punten|problemen?|issues?)|open punt(?:en)?|blockers?|blokkades?|points? bloquants?)\b(?![ \t]*:?[ \t]*(?:none|aucun|geen|nothing|rien|n\/?a|0|-)(?![\w-]))/;

/**
 * Whether a post reports a defect of a doc page itself, so that no playbook fixes it: its lead
 * (folded title, or first sentence) says so ({@link DOC_DEFECT}), or opens as feedback on a doc or
 * a translation ({@link DOC_FEEDBACK}, {@link DOC_VERSION}) and its folded opening names the defect
 * ({@link DOC_DEFECT}, {@link FEEDBACK_DEFECT}), and its first {@link PHRASE_WORDS} words name a
 * doc ({@link DOC_WORDS}); or its opening reports a bad translation ({@link TRANSLATION_DEFECT}).
 * @param lead the folded headline, or the opening's first sentence without one
 * @param foldedOpening the folded opening (`PHRASE_SPAN` characters)
 * @param split the post's words (words() of text.ts)
 */
export function reportsDocDefect(lead: string, foldedOpening: string, split: readonly string[]): boolean {
  if (TRANSLATION_DEFECT.test(foldedOpening.replace(TRANSLATED_BANNER, ' '))) return true;
  const defect = DOC_DEFECT.test(lead) || ((DOC_FEEDBACK.test(lead) || DOC_VERSION.test(lead)) && (DOC_DEFECT.test(foldedOpening) || FEEDBACK_DEFECT.test(foldedOpening)));
  return defect && DOC_WORDS.find(split.slice(0, PHRASE_WORDS)).length > 0;
}

/** Whether a paste's opening (NFC, not folded) is a feature request ({@link FEATURE_REQUEST}). */
export function isFeatureRequest(opening: string): boolean {
  return FEATURE_REQUEST.test(opening);
}

/** Whether a paste's opening (NFC, not folded) says it is planning ({@link PLANNING}) or asks how to renew something ({@link RENEWAL}). */
export function isPlanning(opening: string): boolean {
  return PLANNING.test(opening) || RENEWAL.test(opening);
}

/** Whether a paste's opening (NFC, not folded) asks how to create or set up something ({@link HOW_TO}). */
export function asksHowTo(opening: string): boolean {
  return HOW_TO.test(opening);
}

/**
 * Whether a paste asks how two things differ ({@link COMPARISON} in its opening, {@link VERSUS} in
 * its headline or lead), why a doc gives a step ({@link DOC_STEP_WHY}) or, when it names a device
 * action, what that action does ({@link ACTION_EFFECT}): questions about how things work, which no
 * playbook answers.
 * @param opening the NFC opening, not folded
 * @param headline the headline, or the folded lead without one
 * @param namesAction whether the paste names a device action (wipe, retire, passcode…)
 */
export function asksComparison(opening: string, headline: string, namesAction: boolean): boolean {
  return COMPARISON.test(opening) || VERSUS.test(headline) || DOC_STEP_WHY.test(opening) || (ACTION_EFFECT.test(opening) && namesAction);
}

/** Whether a folded opening is a periodic summary ({@link PERIODIC_SUMMARY}, in its first {@link SUMMARY_LEAD} characters) with no item still open ({@link OPEN_ITEM}). */
export function isSettledSummary(foldedOpening: string): boolean {
  return PERIODIC_SUMMARY.test(foldedOpening.slice(0, SUMMARY_LEAD)) && !hasOpenItem(foldedOpening);
}

/**
 * Whether a folded opening says an item is still open ({@link OPEN_ITEM}): a handover that closes
 * one ticket ("printer ticket closed") while another is "still open: user gets 80180003" is no
 * closing status update.
 */
export function hasOpenItem(foldedOpening: string): boolean {
  return OPEN_ITEM.test(foldedOpening);
}

/**
 * A question that asks for a report on failures, not their fix (folded): a KQL query or Log
 * Analytics, a workbook or Power BI report, an alert or a notification whenever something fails
 * ("get an alert (mail or Teams webhook) whenever …"), or a count per period or per code ("het
 * aantal iOS-inschrijffouten … per week", "a weekly count per error code").
 */
const REPORT_ASK =
  /\b(?:kql|log analytics|workbook|power ?bi|(?:get|send|receive|raise|set up|create|configure) (?:an? )?(?:alert|notification|e-?mail)s? (?:\([^)\n]{0,40}\) )?(?:when(?:ever)?|each time|every time|if)|(?:be|get) (?:alerted|notified) (?:when(?:ever)?|each time|if)|(?:une )?alerte (?:quand|lorsqu|a chaque|des qu)|(?:een )?(?:alert|melding|waarschuwing) (?:krijgen |sturen |ontvangen )?(?:als|wanneer|zodra|bij elke)|(?:count|number|aantal|nombre)\b[^?\n]{0,80}\b(?:per|par|by) (?:week|month|day|semaine|mois|jour|maand|dag|error code|code)|(?:weekly|monthly|daily) (?:count|report|overview)s?)\b/;

/** Words that ask for a fix (folded): "and how do I fix it for this user?". */
const FIX_ASK = /\b(?:fix|solve|resolve|repair|oplossen|verhelpen|repareren|resoudre|corriger|reparer|depanner)\b/;

/**
 * Whether every question a paste asks (folded, as {@link questionsOf} gives them; at least one)
 * asks for a report on failures ({@link REPORT_ASK}) and none for a fix ({@link FIX_ASK}): "Is there
 * a way to get an alert … whenever a Windows device fails enrollment with 0x80180014?". The codes it
 * names are what to count.
 */
export function asksForReport(foldedQuestions: readonly string[]): boolean {
  return foldedQuestions.length > 0 && foldedQuestions.every((q) => REPORT_ASK.test(q) && !FIX_ASK.test(q));
}

/** Whether a folded opening says nothing is broken, as a clause of its own ({@link NOTHING_BROKEN}). */
export function saysNothingBroken(foldedOpening: string): boolean {
  return NOTHING_BROKEN.test(foldedOpening) || NOTHING_OPEN.test(foldedOpening);
}

/**
 * A lead (folded headline, or first sentence) that asks how to keep a past problem from coming
 * back: "how do we make sure the TPM mess doesn't come back?", "Hoe voorkomen we dat … terugkomt",
 * "comment éviter de revivre l'épisode DeviceCapReached ?". The problem it names is over; the post
 * plans.
 */
const PREVENT_RECURRENCE =
  /\b(?:(?:how|what) (?:do|can|should|to) (?:we|i|you)? ?(?:make sure|ensure|prevent|avoid|stop)\b[^?\n]{0,120}\b(?:(?:does ?n['’ ]?t|does not|won['’ ]?t|will not|never) (?:come back|happen again|return|recur)|(?:again|a repeat|repeating|recurring|from recurring|from happening again))|hoe (?:voorkomen|vermijden) (?:we|ik|jullie)\b[^?\n]{0,120}\b(?:terugkomt|terug komt|opnieuw|nog eens|weer gebeurt|herhaalt)|comment (?:eviter|empecher)\b[^?\n]{0,120}\b(?:revivre|revienne|se reproduise|de nouveau|a nouveau|recommence))/;

/** Words that say a problem is back now (folded): "it happened again today", "is back", "vandaag weer", "est revenu". */
const BACK_NOW = /\b(?:happened again|happening again|is back|came back|again (?:today|this morning)|still (?:fail|fails|failing|happening)|vandaag (?:weer|opnieuw)|is (?:weer )?terug|weer (?:mis|fout)|est revenue?|encore aujourd['’ ]hui|de nouveau (?:aujourd['’ ]hui|ce matin))\b/;

/**
 * Whether a folded lead asks how to keep a past problem from coming back ({@link PREVENT_RECURRENCE})
 * and the folded opening does not say it is back ({@link BACK_NOW}: "How do we make sure 0x80180014
 * doesn't come back? It happened again today"). Tuning pastes: 3 more refused, no answer lost.
 */
export function asksToPreventRecurrence(lead: string, foldedOpening: string): boolean {
  return PREVENT_RECURRENCE.test(lead) && !BACK_NOW.test(foldedOpening);
}

/** The word a document's lead marks a draft with (folded; Dutch "concept"). */
const DRAFT = '(?:draft|brouillon|concept)';

/** Documents a helpdesk writes about its errors (folded), named with a draft in either order. */
const DOC_KINDS = String.raw`faq|training|formation|opleiding|e-?learning|wiki|knowledge ?base|procedure|runbook|handleiding`;

/**
 * A lead that names a draft of a document being written (folded): "DRAFT - Service Desk training,
 * Module 3", "Internal FAQ draft - iPad loaner pool", "BROUILLON – Formation support niveau 1",
 * "CONCEPT – E-learning servicedesk, les 4", "Concept interne FAQ". It teaches the entries' errors
 * and asks about the document (its length, its format, where to publish it), not about a failure.
 * Tuning pastes: 5 more refused, no answer lost.
 */
const DRAFT_DOC = new RegExp(
  String.raw`^\W*(?:(?:internal |interne )?${DRAFT}\b[^\n]{0,60}\b(?:${DOC_KINDS}|module|base de connaissances|kennisbank|article|artikel|guide|cursus|cours|slides|les \d+)|(?:internal |interne )?(?:${DOC_KINDS}|kb article)\b[^\n]{0,40}\b${DRAFT})\b`,
);

/**
 * A lead that names an audit finding or a draft for a review (folded): "Internal Audit - Finding
 * IT-2024-07", "Audit interne 2024 – Constat n° 4", "Auditbevinding AB-2024-11", "Chronologie de
 * l'incident … (brouillon pour le REX)", "Tijdlijn incident … (concept voor evaluatie)". It tells
 * past tickets for a review; what it asks is about the record. Not "Audit log - finding out who
 * wiped the iPad?", which asks what an entry answers. Tuning pastes: 4 more refused, no answer lost.
 */
const REVIEW_DOC = new RegExp(
  String.raw`^\W*(?:(?:internal )?audit\W+(?:\d{4}\W+)?(?:finding|constat)\b(?! out\b| who\b| which\b| what\b)|audit interne\b[^\n]{0,20}\bconstat|auditbevinding)|\b${DRAFT} (?:pour|for|voor) (?:le |la |l['’ ]|de |het |the )?(?:rex|retex|evaluatie|review|post-?mortem|retro\w*|management response)\b`,
);

/**
 * Whether a folded lead names a document being written or reviewed rather than a failure: a draft of
 * a training, an FAQ or a wiki page ({@link DRAFT_DOC}), an audit finding or a draft for a review
 * ({@link REVIEW_DOC}).
 */
export function isDocumentPost(lead: string): boolean {
  return DRAFT_DOC.test(lead) || REVIEW_DOC.test(lead);
}

/**
 * A title that says the post reviews an incident after it ended, folded: "Post-Incident Review –
 * INC-2024-0117 (FINAL)", "Revue post-incident – …", "Postmortem: …", "Retour d'expérience",
 * "Nabeschouwing", "Incidentevaluatie". An incident reviewed is over: its codes are its history.
 */
const INCIDENT_REVIEW = /\b(?:post[- ]?incident (?:review|report)|revue post[- ]?incident|post[- ]?mortem|incident (?:review|retrospective)|retour d['’ ]?experience|nabeschouwing|incidentevaluatie|evaluatie (?:van het )?incident)\b/;

/** A title's words that say the incident it reviews is not over (folded): a draft, "cause non résolue", "ongoing". */
const REVIEW_OPEN = new RegExp(String.raw`\b(?:${DRAFT}|ontwerp|non resolue?|unresolved|not (?:yet )?resolved|ongoing|en cours|lopend|nog open|still open)\b`);

/** Characters from a review's title read for its status line ({@link REVIEW_STATUS}). */
const REVIEW_HEAD = 600;

/** A status line (folded, multiline): "Statut : en cours, cause racine non confirmée", "**Status:** Resolved". */
const REVIEW_STATUS = /^[ \t*]*(?:status|statut|stand|state)[ \t*]*:[^\n]*/m;

/**
 * Whether a post's title (as written) says it reviews an incident after it ended
 * ({@link INCIDENT_REVIEW}), and not that the review is a draft or the incident still open
 * ({@link REVIEW_OPEN}: "Revue post-incident (brouillon) – … statut : cause non résolue"), in the
 * title or in the first status line of `head` (the post from its title on, {@link REVIEW_HEAD}
 * characters read): "Revue post-incident (sans recherche de coupable) – iOS, semaine 37\nStatut :
 * en cours, cause racine non confirmée" reviews an incident still open.
 */
export function titleReviewsIncident(title: string, head: string): boolean {
  const folded = fold(title);
  if (!INCIDENT_REVIEW.test(folded) || REVIEW_OPEN.test(folded)) return false;
  const status = REVIEW_STATUS.exec(fold(head.slice(0, REVIEW_HEAD)));
  return !status || !REVIEW_OPEN.test(status[0]);
}
