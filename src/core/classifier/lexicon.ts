/**
 * A trilingual lexicon of Intune device-management concepts. Each phrase a user or a document may
 * use for a concept (in English, French or Dutch, and the English jargon IT staff mix into French
 * and Dutch) yields one language-neutral concept token, so "who wiped", "qui a effacé" and
 * "wie heeft … gewist" meet the same entry.
 *
 * Translations are those of the localized Intune documents themselves (fr-fr "mise hors service" =
 * retire, "réinitialisation" = wipe, "verrouillage d'activation" = Activation Lock; nl-nl "buiten
 * gebruik stellen" = retire, "wissen" = wipe, "in behandeling" = pending, "activeringsslot" =
 * Activation Lock), plus the usual synonyms of helpdesk writing. Phrases are folded (lower case,
 * no accents) and matched on whole words.
 */
import { fold } from './fold';

/**
 * A user who "already has" some number of devices, as a ticket says it ("heeft al 5 apparaten", "a
 * déjà trois appareils", "already has 4 devices enrolled"): reaching the device limit, the
 * not-authorized cause. Counts from 2 to 15, in figures and in words.
 */
const DEVICE_COUNTS: readonly string[] = (() => {
  const counts = [
    ...Array.from({ length: 14 }, (_, i) => String(i + 2)),
    ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    ...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
    ...['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'],
  ];
  const leads = ['already has', 'already have', 'already enrolled', 'heeft al', 'hebben al', 'al', 'a deja', 'ont deja', 'deja'];
  const nouns = ['devices', 'apparaten', 'toestellen', 'appareils', 'peripheriques'];
  return leads.flatMap((l) => counts.flatMap((c) => nouns.map((n) => `${l} ${c} ${n}`)));
})();

/** Concept → phrases that express it, any language. */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  wipe: ['wipe', 'wipes', 'wiped', 'wiping', 'factory reset', 'reinitialisation', 'reinitialiser', 'reinitialise', 'effacer', 'efface', 'effacement', 'wissen', 'gewist', 'wissing', 'wissingen', 'fabrieksinstellingen', 'gereset',
    // Helpdesk Dutch conjugates the English verbs.
    'wipen', 'gewiped', 'gewipet', 'gewipete',
    // Dutch compounds of the action's noun, also hyphenated ("de wis-actie").
    'wisactie', 'wisacties', 'wis actie', 'wis acties', 'wisopdracht', 'wisopdrachten'],
  retire: ['retire', 'retired', 'retiring', 'retires', 'mise hors service', 'mettre hors service', 'mis hors service', 'retrait', 'buiten gebruik stellen', 'buiten gebruik gesteld', 'buiten gebruik', 'buitengebruikstelling', 'buitengebruikstellingen', 'buitengebruikstellen', 'mise hs', 'mis hs', 'mettre hs', 'retiren', 'geretired', 'geretiret'],
  pending: ['pending', 'stuck', 'en attente', 'in behandeling', 'in afwachting', 'blijft hangen'],
  monitor: ['went through', 'gone through', 'go through', 'keep an eye on', 'keep track of', 'actually went out', 'est passee', 'est passe', 'est bien passee', 'est bien passe', 'nagaan', 'is uitgevoerd', 'uitgevoerd is', 'monitor', 'monitoring', 'track', 'tracking', 'status', 'progress', 'surveiller', 'suivre', 'suivi', 'suit l etat', 'suit le statut', 'suit l avancement', 'suis l etat', 'suis le statut', 'suis l avancement', 'est bien partie', 'est bien parti', 'statut', 'controleren', 'volgen', 'volg ik', 'volg je', 'voortgang'],
  initiator: ['qui a clique', 'par qui', 'who clicked', 'wie heeft geklikt', 'wie op wissen heeft geklikt', 'who started', 'who initiated', 'who issued', 'initiated by', 'qui a lance', 'qui a demarre', 'qui a initie', 'initie par', 'wie heeft', 'wie dat gedaan', 'wie dit gedaan', 'wie het gedaan', 'who did it', 'who did this', 'who kicked off', 'find out who', 'who sent', 'which admin', 'what admin', 'who pushed', 'who actually pushed', 'who triggered', 'who requested', 'qui a declenche', 'qui l a declenche', 'qui a pousse', 'wie heeft het gestart', 'wie het heeft gestart', 'wie dat heeft gestart', 'which administrator', 'qui a fait', 'qui l a fait', 'qui a envoye', 'quel admin', 'quel administrateur', 'welke admin', 'welke beheerder', 'gestart door', 'geinitieerd door', 'qui c etait', 'c etait qui', 'qui l a lance', 'qui l a lancee', 'vois qui', 'voit qui', 'which account', 'kicked it off', 'owns up', 'owned up', 'savoir qui', 'voir qui', 'see who', 'know who', 'tell who', 'weten wie', 'zien wie', 'zie ik wie', 'zie je wie', 'heeft gestart'],
  auditlog: ['audit log', 'audit logs', 'journal d audit', 'journaux d audit', 'auditlogboek', 'auditlogboeken'],
  // A phrase that names the action too stands for both concepts.
  'initiator+wipe': ['who wiped', 'qui a efface', 'wie heeft gewist'],
  'initiator+retire': ['who retired'],
  // "Réinitialiser" is also a wipe: as the longer phrase, resetting the code wins.
  passcode: ['passcode', 'device pin', 'code secret', 'code d acces', 'wachtwoordcode', 'toegangscode', 'pincode', 'reinitialiser le code', 'reinitialise le code', 'reinitialisation du code', 'reinitialiser son code', 'reinitialiser leur code'],
  // The iOS Remove Passcode action, apart from passcodes in general ("passcode required").
  'removepasscode+passcode': ['remove passcode', 'remove the passcode', 'removed the passcode', 'removing the passcode', 'remove her passcode', 'remove his passcode', 'removed her passcode', 'removed his passcode', 'passcode removal', 'passcode removed', 'clear passcode', 'clear the passcode', 'cleared the passcode', 'supprimer le code', 'supprime le code', 'suppression du code', 'wachtwoordcode verwijderen', 'toegangscode verwijderen', 'wachtwoordcode verwijderd', 'toegangscode verwijderd',
    // "Retirer" is to remove in French: "vous avez retiré mon code" removed the passcode, retired nothing.
    'remove my passcode', 'removed my passcode', 'retire mon code', 'retire le code', 'retire son code', 'retirer mon code', 'retirer le code', 'retirer son code', 'enleve mon code', 'enleve le code', 'enleve son code', 'enlever mon code', 'enlever le code', 'enlever son code', 'supprime mon code', 'supprimer mon code', 'supprime son code', 'supprimer son code', 'mijn code verwijderd', 'code verwijderd'],
  // What the Remove Passcode entry's title asks about: the device then asks for a new passcode.
  newpasscode: ['new passcode', 'set a new one', 'set a new', 'create a new one', 'asks for one again', 'asks again', 'asked again', 'redemande', 'redemander', 'en definir un nouveau', 'en creer un nouveau', 'en mettre un nouveau', 'een nieuwe in te stellen', 'een nieuwe instellen', 'een nieuwe aanmaken', 'vraagt om een nieuwe', 'vraagt opnieuw', 'prompted to set', 'prompted to change', 'prompted to create', 'prompted for a new', 'asks for a new', 'asked for a new', 'change passcode', 'change the passcode', 'change your passcode', 'change their passcode', 'change his passcode', 'change her passcode', 'unlock passcode', 'passcode requirement', 'set a passcode', 'nouveau code', 'nouveau code secret', 'nouveau code d acces', 'changer le code', 'changer son code', 'modifier le code', 'definir un code', 'exigence de code', 'nieuwe toegangscode', 'nieuwe wachtwoordcode', 'nieuwe pincode', 'nieuwe code', 'toegangscodevereiste', 'wachtwoordcodevereiste', 'code wijzigen', 'toegangscode wijzigen', 'wachtwoordcode wijzigen', 'toegangscode instellen', 'wachtwoordcode instellen'],
  activationlock: ['activation lock', 'verrou d activation', 'verrouillage d activation', 'verrouillage de l activation', 'activeringsslot', 'activeringsvergrendeling'],
  greyed: ['greyed', 'grayed', 'greyd', 'grayd', 'greyed out', 'grayed out', 'grey', 'gray', 'grise', 'grisee', 'grises', 'grisees', 'grijs', 'grijze', 'uitgegrijsd', 'niet klikbaar', 'dimmed', 'not clickable', 'ca not click', 'cant click', 'cannot click', 'pas cliquable', 'non cliquable', 'kan niet klikken', 'kan er niet op klikken', 'niet aanklikken', 'niet aanklikbaar', 'niet op klikken', 'peux pas cliquer', 'impossible de cliquer', 'can not click', 'could not click', 'unable to click'],
  notsupported: ['not supported', 'unsupported', 'non pris en charge', 'pas pris en charge', 'non supporte', 'niet ondersteund', 'wordt niet ondersteund'],
  workprofile: ['work profile', 'profil professionnel', 'profil pro', 'profil de travail', 'werkprofiel'],
  offline: ['eteint', 'powered off', 'switched off', 'turned off', 'staat uit', 'se rallumera', 'rallume', 'turned back on', 'weer aangezet', 'offline', 'hors ligne', 'ne se connecte plus', 'ne se reconnecte', 'lost device', 'lost phone', 'lost laptop', 'stolen', 'appareil perdu', 'tablette perdue', 'telephone perdu', 'portable perdu', 'vole', 'volee', 'verloren', 'kwijt', 'gestolen',
    // Not heard from: "hasn't checked in since", "ne s'est plus connecté depuis", "komt niet meer online", "al 4 maanden niet ingecheckt".
    'hasn t checked in', 'has not checked in', 'not checked in', 'never checked in', 'hasn t synced', 'has not synced', 'not synced since', 'hasn t connected', 'has not connected', 'not been online', 'in a drawer', 'ne s est plus connecte', 'ne s est pas connecte', 'plus connecte depuis', 'pas connecte depuis', 'plus synchronise depuis', 'dans un tiroir', 'niet meer online', 'komt niet meer online', 'niet meer gesynchroniseerd', 'niet meer verbonden', 'in een la', 'in de kast', 'niet ingecheckt', 'niet meer ingecheckt', 'nooit ingecheckt',
    'online komt', 'weer online komt', 'ooit online', 'off for months', 'off for weeks', 'been off for', 'last check in was', 'laatste check in', 'dernier check in', 'derniere synchronisation il y a',
    // "Le poste ne s'est jamais reconnecté depuis", "Dernier contact avec Intune : 11 juin", "a été perdu … dans un train".
    'jamais reconnecte', 'plus reconnecte', 'dernier contact', 'a ete perdu', 'a ete perdue', 'a ete vole', 'a ete volee',
    // "The laptop was lost last autumn and never came back online" (beside an export row's "Wipe pending").
    'never came back', 'never came online', 'laptop was lost', 'phone was lost', 'device was lost', 'ipad was lost', 'tablet was lost'],
  // The directory under its old and new names (docs before 2023 say Azure AD, pastes since say Entra).
  entra: ['azure ad', 'azure active directory', 'aad', 'azuread', 'entra', 'entra id', 'microsoft entra', 'microsoft entra id'],
  managed_desktop: ['managed desktop', 'mmd', 'bureau gere'],
  mdmauthority: ['mdm authority', 'autorite mdm', 'autorite de gestion des appareils mobiles', 'mdm instantie', 'mdm-instantie', 'mdm autoriteit', 'mdm-autoriteit'],
  notfound: ['not found', 'cannot find', 'could not find', 'couldn t find', 'introuvable', 'in trouve', 'non trouve', 'niet gevonden'],
  othertenant: ['already registered to another', 'already registered in another', 'already assigned to another', 'deja enregistre dans une autre', 'deja enregistre aupres d une autre', 'al geregistreerd bij een andere', 'another tenant', 'other tenant', 'different tenant', 'another organization', 'another organisation', 'other organization', 'different organization', 'autre locataire', 'autre tenant', 'autre organisation', 'andere tenant', 'andere organisatie', 'another company', 'other company', 'different company', 'autre entreprise', 'autre societe', 'ander bedrijf'],
  already: ['already registered', 'already enrolled', 'deja inscrit', 'deja enregistre', 'al geregistreerd', 'al ingeschreven',
    'already been registered', 'already been enrolled', 'already connected', 'already joined', 'already ours', 'already in our tenant', 'already exists', 'deja ete inscrit', 'deja ete enregistre', 'deja inscrite', 'deja enregistree', 'deja enregistres', 'deja enregistrees', 'deja connecte', 'deja connectee', 'existe deja',
    'al is ingeschreven', 'is al ingeschreven', 'al is geregistreerd', 'is al geregistreerd', 'al verbonden', 'is al verbonden', 'bestaat al'],
  app: ['app', 'apps', 'application', 'applications', 'appli', 'applis', 'applicatie', 'applicaties'],
  uninstall: ['uninstall', 'uninstalled', 'desinstaller', 'desinstalle', 'desinstallee', 'desinstallees', 'gedeinstalleerd', 'de installeren'],
  // Apps a device kept: the failure the apps-left entry's title asks about ("toujours installées", "blijven staan").
  'uninstall+leftover': ['still installed', 'toujours installe', 'toujours installee', 'toujours installees', 'nog geinstalleerd', 'left apps', 'apps left', 'left the apps', 'stayed installed', 'remained installed', 'remain installed', 'still on the phone', 'still on the device', 'blijft staan', 'blijven staan', 'bleef staan', 'bleven staan', 'staan er nog', 'staat er nog', 'toujours present', 'toujours presente', 'toujours presentes', 'est reste', 'est restee', 'sont restes', 'sont restees', 'reste installe', 'reste installee', 'restent installees', 'restent installes', 'restent presentes', 'restent presents', 'restent sur', 'stay installed', 'stays installed',
    // Still there, not removed: "Zoom is still there", "sont toujours là", "staat teams er nog op".
    'still there', 'toujours la', 'still on it', 'er nog op', 'were not removed', 'was not removed', 'not been removed', 'pas ete supprimee', 'pas ete supprimees', 'pas ete supprime', 'pas ete supprimes', 'pas ete desinstallee', 'pas ete desinstallees', 'pas ete desinstalle', 'pas ete desinstalles', 'niet verwijderd', 'niet weggehaald',
    // An app left behind, as a ticket's title says it: "Application restée après mise hors service"
    // ("apps left behind" is "apps left" above).
    'application restee', 'applications restees', 'appli restee', 'applis restees', 'app restee', 'apps restees', 'app left behind', 'achtergebleven app', 'achtergebleven apps', 'app achtergebleven', 'apps achtergebleven'],
  // Dutch translations say "gemachtigd" (our machine translation) or "bevoegd" (the human one).
  authorized: ['authorized', 'authorised', 'gemachtigd', 'bevoegd'],
  // Newer revisions translate the code name UserLicenseTypeInvalid ("Type de licence utilisateur
  // non valide", "Het type gebruikerslicentie is ongeldig").
  invalid: ['invalid', 'not valid', 'non valide', 'non valides', 'pas valide', 'ongeldig', 'ongeldige', 'niet geldig', 'no longer valid', 'plus valide', 'niet meer geldig', 'invalide', 'invalides', 'malformed', 'incorrectly formatted', 'not formatted correctly', 'wrong format', 'malforme', 'malformee', 'malformes', 'mal forme', 'mal formee', 'format incorrect', 'onjuist opgemaakt', 'verkeerde indeling', 'pas formate correctement', 'pas correctement formate', 'mal formate', 'niet correct opgemaakt', 'niet juist opgemaakt', 'mauvais format', 'format pas bon', 'pas le bon format', 'pas au bon format', 'pas dans le bon format', 'mauvais formatage', 'not in the right format', 'not in the correct format', 'bad format', 'incorrect format', 'niet in het juiste formaat', 'niet het juiste formaat', 'verkeerd opgemaakt', 'verkeerd formaat', 'verkeerde opmaak'],
  // "Maxi maal": the nl-nl machine translation of the not-authorized cause splits the word.
  devicecap: ['too many devices', 'too many mobile devices', 'device limit', 'device cap', 'maximum number of devices', 'maximum number of enrolled devices', 'maximum number of mobile devices', 'device enrollment limit', 'nombre maximum d appareils', 'maximaal aantal apparaten', 'maximale aantal apparaten', 'maximale aantal toestellen', 'trop d appareils', 'limite d appareils', 'nombre maximal d appareils', 'te veel apparaten', 'te veel mobiele apparaten', 'apparaatlimiet', 'maximum aantal apparaten', 'max aantal apparaten', 'maximaal toegestane aantal apparaten', 'maxi maal toegestane aantal apparaten', 'te veel toestellen', 'maximaal aantal toestellen', 'maximum aantal toestellen', 'toestellimiet', ...DEVICE_COUNTS],
  nothinghappened: ['nothing happened', 'nothing happens', 'nothing changed', 'nothing changes', 'rien ne s est produit', 'rien ne se passe', 'il ne se passe rien', 'rien ne s est passe', 'er gebeurt niets', 'er gebeurt niks', 'er gebeurde niets', 'gebeurt er niets', 'gebeurt er niks', 'gebeurde er niets', 'gebeurde er niks', 'er verandert niets', 'er verandert niks', 'verandert niets', 'verandert niks', 'verandert er niets', 'verandert er niks',
    // With "helemaal" (at all), and said of the action itself ("the bypass does nothing").
    'gebeurt er helemaal niets', 'gebeurt er helemaal niks', 'er gebeurt helemaal niets', 'er gebeurt helemaal niks', 'doet niets', 'doet niks', 'does nothing', 'did nothing', 'ne fait rien', 'n a rien fait', 'rien ne se passe du tout', 'il ne se passe rien du tout',
    // The device that does not react.
    'ne reagit pas', 'ne reagisse pas', 'n a pas reagi', 'ne reagit plus', 'doesn t react', 'does not react', 'didn t react', 'did not react', 'no reaction', 'aucune reaction', 'reageert niet', 'reageerde niet', 'geen reactie'],
  // What the Hardware-blade entry's title asks ("Why don't I see the Bypass Activation Lock code…",
  // "ne puis-je pas voir", "zie ik de code … niet"): something not shown, a field left empty.
  notshown: ['do not i see', 'do not see', 'can not see', 'cannot see', 'ca not see', 'not visible', 'not shown', 'not showing', 'does not show', 'field is empty', 'is empty', 'but empty', 'just empty', 'stays empty', 'is blank', 'shows nothing', 'field empty', 'shown anywhere', 'no code', 'code missing', 'is missing',
    'puis je pas voir', 'vois pas', 'vois nulle part', 'n apparait pas', 'apparait pas', 'ne s affiche pas', 'affiche pas', 'est vide', 'champ vide', 'reste vide', 'introuvable', 'trouve nulle part', 'trouve pas',
    'zie ik de code', 'zie ik niet', 'zie hem niet', 'zie het niet', 'niet zichtbaar', 'is leeg', 'gewoon leeg', 'blijft leeg', 'veld leeg', 'staat er niet', 'nergens te vinden', 'vind ik niet', 'vind hem niet'],
  casesensitive: ['case sensitive', 'case insensitive', 'uppercase', 'upper case', 'lowercase', 'lower case', 'capitals', 'capital letters', 'caps', 'dashes', 'hyphens', 'sensible a la casse', 'respecte la casse', 'la casse', 'majuscules', 'minuscules', 'tirets', 'hoofdlettergevoelig', 'hoofdletters', 'kleine letters', 'streepjes', 'koppeltekens'],
  signin: ['signed in again', 'signing in again', 'signing back in', 'signed back in', 'logged back in', 'log back in', 'logged in again', 'still has access', 'still have access', 'nog steeds toegang', 'toujours acces', 'encore acces', 'sign back in', 'sign back into', 'sign in again', 'still sign in', 'still log in', 'still access', 'still let him in', 'still lets him in', 'still let her in', 'still lets her in', 'still let me in', 'still lets me in', 'still let them in', 'still lets them in', 'get back in', 'get back into', 'still get into', 'still log into', 'still sign into', 'se reconnecter', 'encore se connecter', 'nog steeds inloggen', 'nog steeds aanmelden', 'opnieuw aanmelden', 'opnieuw aangemeld', 'opnieuw heeft aangemeld', 'opnieuw ingelogd', 'opnieuw heeft ingelogd', 'weer aangemeld', 'weer ingelogd', 'nog altijd inloggen', 'nog altijd aanmelden', 'weer inloggen', 'weer aanmelden', 'terug inloggen', 'opnieuw inloggen', 'kan nog inloggen', 'kan nog aanmelden', 'toujours se connecter', 'peut encore se connecter', 'peut toujours se connecter',
    // Opening an Office app on the retired device ("il pouvait encore ouvrir Outlook").
    'can still open', 'could still open', 'still opens', 'still opened', 'peut encore ouvrir', 'pouvait encore ouvrir', 'peut toujours ouvrir', 'pouvait toujours ouvrir', 'kan nog openen', 'kon nog openen', 'kan nog steeds openen', 'kon nog steeds openen'],
};

interface Phrase {
  tokens: string[];
  group: string;
}

/** Finds phrases (groups of folded, whole-word phrases) in a list of folded words. */
export class PhraseIndex {
  /** First word → phrases starting with it, longest first. */
  readonly #byFirst = new Map<string, Phrase[]>();

  /** @param groups - group name → its phrases, any language (folded on the way in). */
  constructor(groups: Readonly<Record<string, readonly string[]>>) {
    for (const [group, phrases] of Object.entries(groups)) {
      for (const p of phrases) {
        const tokens = fold(p).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const list = this.#byFirst.get(tokens[0]!) ?? [];
        list.push({ tokens, group });
        this.#byFirst.set(tokens[0]!, list);
      }
    }
    for (const list of this.#byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * The group of each phrase occurrence in `words`, in order (longest phrase first at each
   * position; occurrences do not overlap). Cost is linear in the number of words (phrases are a few
   * words long).
   */
  find(words: readonly string[]): string[] {
    const out: string[] = [];
    this.#scan(words, (p) => void out.push(p.group));
    return out;
  }

  /**
   * Each phrase occurrence in `words`, in order, as its group and the word offsets it covers
   * (`start` inclusive, `end` exclusive); as {@link find}.
   */
  spans(words: readonly string[]): { group: string; start: number; end: number }[] {
    const out: { group: string; start: number; end: number }[] = [];
    this.#scan(words, (p, i) => void out.push({ group: p.group, start: i, end: i + p.tokens.length }));
    return out;
  }

  /** Calls `found` for each phrase occurrence (longest first at each position, not overlapping). */
  #scan(words: readonly string[], found: (p: Phrase, at: number) => void): void {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.#byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const p of candidates) {
        if (p.tokens.every((t, k) => words[i + k] === t)) {
          found(p, i);
          i += p.tokens.length - 1;
          break;
        }
      }
    }
  }
}

const CONCEPT_INDEX = new PhraseIndex(CONCEPTS);

/**
 * The concept tokens (`~wipe`, `~retire`, …) expressed in a list of folded words, one per phrase
 * occurrence, except a concept of {@link NEEDS} without its companion. Cost is linear in the
 * number of words (phrases are a few words long).
 */
export function concepts(words: readonly string[]): string[] {
  const found = CONCEPT_INDEX.find(words).flatMap((c) => c.split('+'));
  const present = new Set(found);
  return found.filter((c) => !NEEDS[c] || NEEDS[c]!.some((x) => present.has(x))).map((c) => `~${c}`);
}

/**
 * Concepts a paste rules out with a negation right before them ({@link deniedConcepts}): a kind of
 * enrollment, not a state ("not pending" still names a wipe's state; "geen werkprofiel" says the
 * device has none).
 */
const DENIABLE = new PhraseIndex({ workprofile: CONCEPTS['workprofile']! });

/** Words that deny what follows them within two words: "no work profile", "not a work profile", "pas de profil pro", "geen werkprofiel". */
const DENIALS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'pas', 'sans', 'non', 'geen', 'zonder', 'niet']);

/**
 * The concepts (`~workprofile`) folded words name only after a denial ("Android entièrement géré
 * (pas profil pro)", "geen werkprofiel, gewoon een bedrijfstoestel"): every occurrence has one of
 * {@link DENIALS} in the two words before it. Cost is linear in the words.
 */
export function deniedConcepts(words: readonly string[]): Set<string> {
  const said = new Map<string, boolean>();
  for (const s of DENIABLE.spans(words)) {
    const denied = [words[s.start - 1], words[s.start - 2]].some((w) => w !== undefined && DENIALS.has(w));
    said.set(s.group, (said.get(s.group) ?? true) && denied);
  }
  return new Set([...said].filter(([, denied]) => denied).map(([c]) => `~${c}`));
}

/**
 * Concepts that mean something here only next to another: "who has…", "who did it" is about a
 * device action only when the paste names one ("Wie heeft de sleutel?" is not).
 */
const NEEDS: Readonly<Record<string, readonly string[]>> = { initiator: ['wipe', 'retire'] };

/**
 * Symptom words: how any software reports a state or a failure ("not found", "pending", "greyed
 * out", "expired", "unexpected error"), in English, French and Dutch. They tell an entry's
 * symptom, never its subject: a printer can be offline and a Teams button greyed out. A text match
 * resting on them alone, in a paste about something else, is not a match.
 */
export const SYMPTOM_PHRASES: readonly string[] = [
  // en
  'not found', 'cannot find', 'could not find', 'not supported', 'unsupported', 'pending', 'stuck', 'greyed out', 'grayed out',
  'expired', 'expires', 'invalid', 'not valid', 'unexpected', 'error', 'errors', 'failed', 'fails', 'fail', 'failure',
  'something went wrong', 'wrong', 'not working', 'does not work', 'doesn t work', 'blocked', 'offline', 'status', 'state', 'shows', 'show',
  'showing', 'says', 'still', 'again', 'unable', 'problem', 'issue', 'message', 'occurred', 'can t', 'cannot', 'not', 'no',
  // fr
  'introuvable', 'non trouve', 'pas trouve', 'non pris en charge', 'pas pris en charge', 'en attente', 'bloque', 'bloquee', 'grise', 'grisee',
  'expire', 'expiree', 'invalide', 'non valide', 'inattendue', 'inattendu', 'erreur', 'echec', 'echoue', 'hors ligne', 'statut', 'etat',
  'affiche', 'fonctionne pas', 'probleme', 'toujours', 'encore', 'impossible', 'pas', 'produite', 'survenue',
  // nl
  'niet gevonden', 'niet ondersteund', 'in behandeling', 'blijft hangen', 'vastgelopen', 'grijs', 'uitgegrijsd', 'verlopen', 'ongeldig',
  'niet geldig', 'onverwacht', 'onverwachte', 'fout', 'foutmelding', 'mislukt', 'werkt niet', 'probleem', 'nog steeds',
  'opnieuw', 'niet', 'geen', 'opgetreden',
];

/**
 * Concepts that are symptoms (see {@link SYMPTOM_PHRASES}), not subjects; and case and dashes,
 * which any key or code has ("is the BitLocker recovery key case sensitive?" is not about the
 * bypass code). Not "who started" nor "asked for a new passcode": those say what the paste asks
 * of the action it names (tried: 4 answers lost).
 */
export const SYMPTOM_CONCEPTS: readonly string[] = ['notfound', 'notsupported', 'pending', 'greyed', 'offline', 'monitor', 'nothinghappened', 'casesensitive'];

/**
 * Words that say something is wrong, in English, French and Dutch (not "without", "sans",
 * "zonder": "renew it without re-enrolling" is a how-to): negations ("not", "pas",
 * "niet"; "ne … plus" in {@link saysFailure}), "still", "nobody", "empty", "null" (a field a log
 * shows empty) and the usual symptoms.
 * Unlike {@link SYMPTOM_PHRASES}, no neutral state words ("status", "shows"). With
 * {@link FAILURE_STEM}, for {@link saysFailure}.
 */
const FAILURE_PHRASES = [
  // en
  'not', 'no', 'never', 'nothing', 'nobody', 'cannot', 'unable', 'missing', 'empty', 'blank', 'null', 'wrong', 'stuck', 'pending',
  'greyed', 'grayed', 'grey', 'gray', 'greyd', 'grayd', 'unsupported', 'invalid', 'expired', 'unexpected', 'blocked', 'offline', 'denied',
  'refused', 'rejected', 'dies', 'died', 'crash', 'crashes', 'hangs', 'hang', 'freezes', 'timeout', 'times out', 'timed out', 'too many', 'limit reached',
  'reached the limit', 'reached its limit', 'reached their limit', 'reached the maximum', 'reached the max', 'reached max',
  'problem', 'problems', 'still', 'nt', 'nowhere',
  // fr
  'pas', 'plus possible', 'jamais', 'rien', 'personne', 'impossible', 'aucun', 'aucune', 'manque', 'vide', 'introuvable', 'en attente', 'bloque',
  'bloquee', 'grise', 'grisee', 'grises', 'invalide', 'expire', 'expiree', 'inattendu', 'inattendue', 'probleme', 'toujours', 'encore', 'trop', 'atteint', 'atteinte',
  'refuse', 'plante', 'nulle part',
  // nl
  'niet', 'geen', 'nooit', 'niets', 'niks', 'niemand', 'nergens', 'ontbreekt', 'leeg', 'in behandeling', 'grijs', 'grijze', 'ongeldig',
  'ongeldige', 'verlopen', 'onverwacht', 'onverwachte', 'probleem', 'steeds', 'blijft', 'hangt', 'vast', 'te veel', 'geweigerd', 'bereikt',
];

/**
 * Phrases that say nothing failed ("no error", "pas d'erreur", "geen foutmelding", "everything
 * works") or that the poster does not want something to ("don't want to break enrolled iPhones",
 * "je ne veux pas", not "le PC ne veut pas s'inscrire"): their negation and error words are not a
 * failure. "Comment désinstaller l'ancien agent ? On n'a pas d'erreur" is a how-to. Tuning pastes
 * and real posts: 4 more out-of-scope pastes refused (3 by "nothing failed", 1 by "do not want
 * to"), no answer lost.
 */
const NO_FAILURE_PHRASES = [
  // en
  'no error', 'no errors', 'no error message', 'no error messages', 'without error', 'without errors', 'without any error', 'without any errors',
  'not getting an error', 'not getting any error', 'not getting any errors', 'no problem', 'no problems', 'no issue', 'no issues',
  // (words() reads "don't" as "do not".)
  'i do not want to', 'we do not want to', 'do not want to break', 'i would not want to', 'we would not want to', 'without breaking', 'no need to', 'not lose', 'without losing',
  'no failure', 'no failures', 'nobody is getting an error', 'nobody gets an error', 'no one is getting an error', 'nothing failed', 'nothing fails', 'nothing is failing', 'nothing failing', 'nothing has failed', 'nothing is broken', 'nothing s broken', 'nothing broken', 'works fine', 'working fine', 'work fine', 'everything works', 'all works',
  // A ticket's closing update ({@link CLOSURE_PHRASES} too). Not a closure: Managed Desktop's own
  // "This device is already registered to your organization. No further action required."
  'enrolled fine', 'no further action', 'no further action needed',
  // fr
  'pas d erreur', 'pas d erreurs', 'pas encore d erreur', 'pas encore d erreurs', 'pas encore de message d erreur', 'sans erreur', 'sans erreurs', 'aucune erreur', 'pas de message d erreur', 'aucun message d erreur',
  'ne veux pas', 'ne voudrais pas', 'ne voulons pas', 'sans casser', 'pas besoin de', 'ne pas perdre', 'sans perdre',
  'pas de probleme', 'sans souci', 'sans soucis', 'sans probleme', 'sans problemes', 'aucun probleme', 'tout fonctionne', 'fonctionne bien', 'marche bien', 'tout marche',
  'rien ne dysfonctionne', 'ne dysfonctionne pas', 'nothing is failing', 'nothing is broken yet', 'er werkt nog niets fout', 'rien n a echoue', 'rien n a encore echoue', 'rien n echoue', 'rien n est casse', 'rien ne plante', 'aucun echec',
  // "Par erreur" is by mistake, not an error.
  'par erreur', 'pas d autre action', 'aucune autre action',
  // nl
  'wil ik niet', 'willen we niet', 'zonder te breken', 'niet nodig', 'niet kwijtspelen', 'niet kwijtraken', 'niet verliezen', 'zonder te verliezen',
  'geen fout', 'geen fouten', 'geen foutmelding', 'nog geen fout', 'nog geen fouten', 'nog geen foutmelding', 'nog geen foutmeldingen', 'geen foutmeldingen', 'geen error', 'geen errors', 'zonder fout', 'zonder fouten',
  'zonder foutmelding', 'zonder foutmeldingen', 'geen probleem', 'geen problemen', 'zonder problemen', 'alles werkt', 'werkt prima', 'werkt goed',
  'geen verdere actie', 'faalt nog niets', 'faalt niets', 'niets faalt', 'niets mislukt', 'nog niets mislukt', 'is niets mislukt', 'niets is kapot', 'is niets kapot', 'gaat niets mis',
];

/**
 * Phrases that close a ticket or say nothing is to be done ("no action needed", "je ferme le
 * ticket", "ticket mag dicht"): no failure either ({@link NO_FAILURE_PHRASES}), and a post that
 * says one and asks nothing is a status update ({@link saysClosed}).
 */
const CLOSURE_PHRASES = [
  'closing the ticket', 'closing this', 'closing the thread', 'je ferme le sujet', 'je ferme ce sujet', 'je ferme ce fil', 'ik sluit dit topic', 'ik sluit deze draad', 'ticket closed', 'ticket can be closed', 'case can be closed', 'case closed', 'ticket peut etre ferme', 'ticket peut etre cloture', 'ticket peut etre clos', 'dossier peut etre clos', 'dossier peut etre cloture', 'no action needed', 'no action required',
  // Not "no further action required": Managed Desktop's own "… already registered to your organization. No further action required."
  'no further action needed', 'mark the ticket resolved', 'mark the ticket as resolved', 'mark this ticket resolved', 'marking the ticket resolved', 'passe le ticket en resolu', 'ticket en resolu', 'ticket op gesloten', 'ticket op opgelost',
  'marque le sujet comme resolu', 'je marque le sujet', 'je n ai plus de question', 'no more questions', 'marking this as solved', 'marking this as resolved', 'marking it solved', 'marking it resolved', 'markeer dit als opgelost', 'geen vragen meer',
  'aucune action requise', 'aucune action necessaire', 'rien a faire de votre cote', 'je ferme le ticket', 'on ferme le ticket', 'je cloture le ticket', 'on cloture le ticket', 'je cloture', 'on cloture', 'je clos', 'ticket clos', 'ticket ferme', 'ticket cloture', 'ticket a fermer', 'ticket a cloturer', 'ticket to be closed', 'pas d action supplementaire',
  'geen actie nodig', 'geen actie vereist', 'geen actie meer nodig', 'ik sluit het ticket', 'we sluiten het ticket', 'on peut fermer', 'on peut cloturer', 'we can close', 'we can close it', 'we kunnen sluiten', 'we kunnen het sluiten', 'mag dicht', 'kan dicht', 'mag gesloten worden', 'kan gesloten worden', 'vous pouvez cloturer', 'vous pouvez fermer', 'tu peux cloturer', 'tu peux fermer le ticket', 'you can close the ticket', 'you can close this ticket', 'feel free to close', 'ticket gesloten', 'ticket sluiten',
  // The answer found: "trouvé, c'était bien Julien", "found it, it was the helpdesk account", "gevonden, het was Piet".
  'trouve c etait', 'found it it was', 'gevonden het was',
  // A forum thread's own close: "Marking this as answered. Nothing else needed", "No further questions – marking this solved".
  'marking this as answered', 'marking it as answered', 'marking this answered', 'marking this solved', 'marking this resolved', 'no further questions', 'geen verdere vragen', 'pas d autres questions', 'nothing else needed', 'markeer dit als beantwoord', 'je marque comme repondu', 'je marque le fil comme repondu',
  // A ticket tool's status line: "Status changed to: Resolved", "Statut : Résolu", "Status gewijzigd naar: Opgelost".
  'status changed to resolved', 'status resolved', 'status closed', 'statut resolu', 'statut clos', 'statut ferme', 'status gesloten', 'statut change en resolu', 'status opgelost', 'status gewijzigd naar opgelost', 'wordt automatisch gesloten', 'will be closed automatically', 'sera ferme automatiquement',
];

const FAILURE_INDEX = new PhraseIndex({ failure: FAILURE_PHRASES, fine: [...NO_FAILURE_PHRASES, ...CLOSURE_PHRASES] });
const CLOSURE_INDEX = new PhraseIndex({ closed: CLOSURE_PHRASES });

/** Words read after a closure phrase for a contrast that says something still fails ({@link saysClosed}). */
const CLOSURE_TAIL = 12;

/** A contrast word ("No action needed on the server, but …"), as `words()` gives it. */
const CONTRAST_WORDS = new Set(['but', 'however', 'mais', 'cependant', 'maar', 'echter']);

/** A word that says something goes on ("… but the kiosk still shows 0x801C03EA"). */
const STILL_WORDS = new Set(['still', 'again', 'toujours', 'encore', 'nog', 'steeds', 'weer', 'opnieuw']);

/**
 * Whether folded words close a ticket or say nothing is to be done ({@link CLOSURE_PHRASES}), with
 * no contrast after the phrase that says something still fails ("No action needed on the server,
 * but the kiosk still shows 0x801C03EA": a contrast word, then "still", "toujours", "nog steeds"…
 * within {@link CLOSURE_TAIL} words). Cost is linear in the words.
 */
export function saysClosed(words: readonly string[]): boolean {
  return CLOSURE_INDEX.spans(words).some(({ end }) => {
    const tail = words.slice(end, end + CLOSURE_TAIL);
    const contrast = tail.findIndex((w) => CONTRAST_WORDS.has(w));
    return contrast < 0 || !tail.slice(contrast + 1).some((w) => STILL_WORDS.has(w));
  });
}

/** Word parts that say something failed, inside compounds too ("foutmelding", "configuratiefout", "échoué"), folded. */
const FAILURE_STEM = /error|erreur|fout|fail|echec|echou|mislukt|storing|weiger/;

/**
 * Whether folded words (as `words()` gives them) say that something is wrong: a phrase of
 * {@link FAILURE_PHRASES}, a word holding a {@link FAILURE_STEM}, or a failure state among their
 * concepts ({@link FAILURE_CONCEPTS}; pass `found`, their {@link concepts}, when already known).
 * Cost is linear in the words.
 */
export function saysFailure(words: readonly string[], found?: Iterable<string>): boolean {
  return readFailure(words, found).failed;
}

/**
 * What {@link saysFailure} reads, in one pass over the phrases: whether the words name a failure,
 * and the offsets of the words inside no-failure phrases. Concepts are read only when no phrase
 * or word already names a failure.
 */
function readFailure(words: readonly string[], found?: Iterable<string>): { failed: boolean; fine: Set<number> } {
  const { failure, fine } = failurePhrases(words);
  if (failure || errorWord(words, fine) || words.some((w, i) => w === 'plus' && !fine.has(i) && saidNe(words, i))) return { failed: true, fine };
  for (const c of found ?? concepts(words)) if (FAILURE_CONCEPTS.has(c)) return { failed: true, fine };
  return { failed: false, fine };
}

/**
 * Whether folded words hold a word that says something erred or failed ({@link FAILURE_STEM}:
 * "error", "échec", "mislukt"…), outside the phrases that say nothing did ("no errors", "sans
 * erreur"). Cost is linear in the words.
 */
export function saysError(words: readonly string[]): boolean {
  return errorWord(words, failurePhrases(words).fine);
}

/**
 * Whether folded words say that something went well ("saved without any error", "zonder problemen
 * aangemaakt", "sans souci") and name no failure: a phrase of {@link NO_FAILURE_PHRASES} and
 * nothing {@link saysFailure} reads. Cost is linear in the words.
 */
export function saysNoFailure(words: readonly string[]): boolean {
  const { failed, fine } = readFailure(words);
  return fine.size > 0 && !failed;
}

/**
 * Phrases that say something works, alone ("sur iPhone elle fonctionne", "on Android it works",
 * "bij iPads lukt het wel"): with no failure named beside them ({@link saysItWorks}). The
 * no-failure phrases ("no problem", "sans souci", "geen probleem") say it too.
 */
const WORKS_PHRASES = [
  'works', 'worked', 'working', 'is fine', 'are fine', 'available',
  'fonctionne', 'fonctionnent', 'disponible', 'disponibles', 'dispo', 'marche', 'marchent', 'ca passe', 'pas de souci', 'aucun souci',
  'werkt', 'werken', 'lukt', 'beschikbaar', 'kan wel', 'kunnen wel', 'gaat goed',
  // "The profile saves correctly", "s'enregistre correctement", "opslaan ging prima".
  'correctly', 'correctement', 'ging prima', 'gaat prima', 'ging goed',
];
const WORKS_INDEX = new PhraseIndex({ works: WORKS_PHRASES });

/**
 * Whether folded words say that something works and name no failure: "Sur iPhone elle
 * fonctionne", "Bij de iPads werkt het wel" ({@link WORKS_PHRASES}, {@link saysNoFailure}). Cost is
 * linear in the words.
 */
export function saysItWorks(words: readonly string[]): boolean {
  const { failed, fine } = readFailure(words);
  return !failed && (fine.size > 0 || WORKS_INDEX.find(words).length > 0);
}

/**
 * Whether folded words name a failure only as an error ("An error occurred while creating…"), not
 * as a state ("pending", "greyed out", "not supported"): a paste that says the same step went
 * "without errors" denies that failure, not a state. Cost is linear in the words.
 */
export function namesOnlyError(words: readonly string[]): boolean {
  return saysError(words) && !failurePhrases(words).failure && !concepts(words).some((c) => FAILURE_CONCEPTS.has(c));
}

/** Whether a word holds a {@link FAILURE_STEM}, outside the offsets `fine` (words of a no-failure phrase). */
function errorWord(words: readonly string[], fine: ReadonlySet<number>): boolean {
  return words.some((w, i) => !fine.has(i) && FAILURE_STEM.test(w));
}

/**
 * Whether folded words hold a phrase of {@link FAILURE_PHRASES}, and the offsets of the words inside
 * phrases of {@link NO_FAILURE_PHRASES} (which a failure word there does not count).
 */
function failurePhrases(words: readonly string[]): { failure: boolean; fine: Set<number> } {
  let failure = false;
  const fine = new Set<number>();
  for (const s of FAILURE_INDEX.spans(words)) {
    if (s.group === 'failure') failure = true;
    else for (let k = s.start; k < s.end; k++) fine.add(k);
  }
  return { failure, fine };
}

/**
 * Concepts that are failure states: not valid, not supported, not found, pending, greyed out,
 * nothing happened, offline, apps left behind ("les applis restent sur les iPhone"; not the verb
 * "uninstall": "how do I uninstall it?" asks). Not the device limit: admins ask how to set it ("what's the max device
 * limit per user?"); reaching it is a failure phrase ("limit reached", "too many").
 */
const FAILURE_CONCEPTS: ReadonlySet<string> = new Set(['~invalid', '~notsupported', '~notfound', '~pending', '~greyed', '~nothinghappened', '~offline', '~leftover']);

/** Whether "ne" or "n'" stands in the three words before `i`: French "ne … plus" (no more), not "plus" (and). */
function saidNe(words: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (words[k] === 'ne' || words[k] === 'n') return true;
  return false;
}
