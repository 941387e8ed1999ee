/**
 * Device-management and workplace areas, and the topics in each, with the words that name them in
 * English, French and Dutch: compliance, app deployment, BitLocker, Office apps, printers… A
 * paste whose clause names a topic that an entry's text never names is most likely about that
 * topic, not the entry, however many symptom words ("pending", "not supported") or common words
 * ("device", "user") the two share: the classifier then asks for much more evidence.
 *
 * The areas follow the Microsoft Intune admin center's own division of the product (Devices:
 * compliance, configuration, updates, enrollment, remote actions; Apps: deployment, protection;
 * Endpoint security; Tenant administration) and the Microsoft 365 services and peripherals
 * helpdesks field next to it. Whether an entry names a topic is read from the knowledge base, never
 * listed here: a topic our playbooks do name (Office apps for Retire, device name templates for the
 * Autopilot profile) stays theirs. Everyday words are left out on purpose; see the notes by each.
 *
 * Phrases are folded (lower case, no accents) and matched on whole words.
 */
import { PhraseIndex } from './lexicon';

/**
 * Area → its topics → the phrases that name each topic, any language. An entry "names" a topic
 * when its text holds one of the topic's phrases; the no-match card names areas.
 */
export const AREAS = {
  compliance: {
    compliance: ['compliance', 'compliant', 'noncompliant', 'non compliant', 'not evaluated', 'grace period', 'conformite', 'conforme', 'non conforme', 'naleving', 'nalevingsbeleid', 'niet conform'],
    // A passcode or password policy's own settings: our passcode entries are about device actions.
    passcodepolicy: ['password expiration', 'passcode expiration', 'password expires', 'passcode expires', 'expiration du mot de passe', 'expiration du code secret', 'le code secret expire', 'wachtwoord verloopt', 'toegangscode verloopt', 'verlopen van de toegangscode', 'password history', 'passcode history', 'minimum password length', 'minimum passcode length'],
  },
  configuration: {
    profiles: ['configuration profile', 'configuration profiles', 'config profile', 'device configuration', 'settings catalog', 'settings catalogue', 'administrative templates', 'oma uri', 'profil de configuration', 'profils de configuration', 'catalogue de parametres', 'configuratieprofiel', 'configuratieprofielen', 'instellingencatalogus'],
    scripts: ['agentexecutor', 'powershell script', 'platform script', 'remediation', 'remediations', 'proactive remediation', 'nuget', 'script de correction', 'herstelscript'],
  },
  network: {
    vpn: ['vpn', 'globalprotect', 'anyconnect', 'always on vpn'],
    wifi: ['wifi', 'wi fi', 'wlan', 'eap tls', 'nps', 'reseau wifi', 'draadloos netwerk', 'guest network', 'guest wifi', 'gastnetwerk', 'reseau invite', 'reseau invites'],
    dns: ['dns', 'dhcp'],
  },
  certificates: {
    pki: ['scep', 'pkcs', 'ndes', 'certificate connector', 'trusted certificate', 'root certificate', 'certificat racine', 'basiscertificaat', 'vertrouwd certificaat'],
  },
  // Not "mailbox": a retired device whose Outlook "still opens the mailbox" signs back in.
  mail: {
    exchange: ['email profile', 'exchange online', 'exchange server', 'exchange connector', 'activesync', 'smtp', 'profil de messagerie', 'e mailprofiel'],
  },
  // "Win32 app", not "Win32": enrollment logs say "Unknown Win32 Error code"; not "MSI" (a laptop brand).
  apps: {
    deployment: ['win32 app', 'win32 apps', 'application win32', 'appli win32', 'applis win32', 'app win32', 'win32 appli', 'intunewin', 'lob', 'line of business', 'msi package', 'msi installer', 'msix', 'appx', 'vpp', 'managed google play', 'store app', 'required app', 'available app', 'app assignment', 'app deployment', 'supersedence', 'supersedes', 'remplacement d application', 'vervanging van apps', 'application metier', 'deploiement d application', 'bedrijfsapp', 'app toewijzing', 'app implementatie', 'blocking apps', 'applis bloquantes', 'applications bloquantes', 'blokkerende apps', 'apps identifying', 'applications identification', 'applis requises', 'apps phase', 'app phase', 'apps step', 'app step', 'phase applications', 'phase des applications', 'etape des applications', 'etape applications', 'apps fase', 'apps stap'],
  },
  // Not "MAM" alone (the MDM and MAM user scope is enrollment configuration), nor "copy paste"
  // ("here is a copy paste of the error").
  appprotection: {
    mam: ['app protection', 'app protection policy', 'app protection policies', 'mam policy', 'mam policies', 'app sdk', 'intune app sdk', 'mam sdk', 'app selective wipe', 'protection d application', 'protection des applications', 'app beveiliging', 'appbeveiliging', 'appbeveiligingsbeleid', 'app beveiligingsbeleid', 'wisaanvraag voor app', 'selectief wissen van apps', 'selectief wissen van app', 'effacement selectif', 'selective app wipe', 'selective wipe of apps'],
  },
  identity: {
    conditionalaccess: ['conditional access', 'acces conditionnel', 'voorwaardelijke toegang'],
    mfa: ['mfa', 'sms', 'multi factor', 'multifactor', 'authenticator', 'number matching', 'authentification multifacteur', 'meervoudige verificatie'],
    password: ['password', 'password reset', 'sspr', 'mot de passe', 'wachtwoord'],
    // A domain-joined PC that lost its computer account's secure channel, after it joined.
    domaintrust: ['trust relationship', 'relation d approbation', 'relation de confiance', 'vertrouwensrelatie', 'secure channel'],
    // Not "PRT": every dsregcmd /status paste has an AzureAdPrt line.
    // Not the sign-in logs: they are where one sees a retired phone still signing in to Outlook.
    tokens: ['primary refresh token'],
    // A hybrid-joined device waiting for its Entra registration ("Registered: Pending"); our
    // Pending is a wipe's.
    hybridpending: ['pending in azure ad', 'pending in entra', 'registered pending', 'en attente dans azure ad', 'en attente dans entra', 'in behandeling in azure ad', 'in behandeling in entra', 'in afwachting in entra', 'in afwachting in azure ad'],
    hello: ['windows hello', 'hello for business', 'whfb'],
    licensing: ['usage location', 'gebruikslocatie'],
    // Accepting or declining the Terms of Use (Entra's, or Intune's terms and conditions) is the
    // user's answer to terms that work; our entry is about the MDM terms-of-use URL being wrong.
    termsofuse: ['agree to the terms of use', 'agree to the terms', 'accept the terms of use', 'accept the terms', 'accepting the terms', 'accepted the terms', 'accept screen', 'declined the terms', 'decline the terms', 'clicked decline', 'clicked on decline', 'tapped decline', 'pressed decline', 'hit decline', 'rejected the terms', 'terms of use declined', 'rejectedtermsofuse', 'iderrorrejectedtermsofuse', 'accept your organization s terms', 'accept your organizations terms',
      'accepter les conditions', 'accepte les conditions', 'refuse les conditions', 'refuser les conditions', 'a refuse les conditions', 'cliquer sur refuser', 'clique sur refuser', 'gebruiksvoorwaarden accepteren', 'akkoord gaan met de gebruiksvoorwaarden', 'gebruiksvoorwaarden geweigerd', 'op weigeren geklikt', 'op weigeren gedrukt'],
  },
  // Not "firewall": a proxy or firewall blocking enrollment is an enrollment problem.
  security: {
    encryption: ['bitlocker', 'filevault', 'recovery key', 'encryption', 'encrypted', 'chiffrement', 'cle de recuperation', 'versleuteling', 'versleuteld', 'herstelsleutel'],
    // With Windows Security's own page names, as its update errors are copied ("Virus & threat
    // protection updates … 0x800705b4").
    defender: ['defender', 'antivirus', 'attack surface', 'security baseline', 'endpoint security', 'windows security', 'securite windows', 'windows beveiliging', 'virus threat protection', 'virus and threat protection', 'protection contre les virus et menaces', 'bescherming tegen virussen en bedreigingen', 'security intelligence', 'informations de securite', 'beveiligingsinformatie'],
    laps: ['laps'],
    secureboot: ['secure boot', 'demarrage securise', 'beveiligd opstarten'],
  },
  updates: {
    updates: ['windows update', 'windows updates', 'update ring', 'update rings', 'feature update', 'quality update', 'cumulative update', 'driver update', 'wufb', 'mise a jour windows', 'mises a jour windows', 'onderdelenupdate', 'kwaliteitsupdate', 'cumulatieve update', 'mise a jour cumulative', 'mises a jour cumulatives', 'windowsupdateclient',
      // The update agent's own names in its log ("WU operation (Download) failed, hr=0x800705B4", Get-WindowsUpdateLog) and its server.
      'wu', 'wsus', 'wuauserv', 'windowsupdatelog',
      // Settings > Windows Update > Update history, as copied: "Last failed install attempt on … - 0x800705b4".
      'update history', 'historique des mises a jour', 'updategeschiedenis', 'last failed install attempt', 'derniere tentative d installation', 'laatste mislukte installatiepoging'],
    // Not "upgrade" alone: "upgrade Windows 10 Home to Pro" is one of our resolutions. Not
    // "configuration requise": the fr-fr Securing-your-hardware steps say it of the TPM's
    // requirements, which gave that entry the Windows 11 upgrade as its own topic.
    upgrade: ['windows 11 upgrade', 'upgrade to windows 11', 'upgrade naar windows 11', 'mise a niveau vers windows 11', 'system requirements', 'systeemvereisten', 'pc health check',
      'pc statuscontrole', 'controle d integrite du pc', 'upgraden naar windows 11', 'naar windows 11 upgraden', 'naar windows 11 wil upgraden', 'upgrade naar win11', 'upgrade to win11', 'passer a windows 11', 'migrer vers windows 11', 'windows 11 migration', 'migration vers windows 11', 'migratie naar windows 11'],
  },
  apple: {
    ade: ['dep token', 'ade token', 'apple business manager', 'apple school manager', 'abm', 'vpp token', 'jeton dep', 'jeton ade'],
    // Not "Apple ID": the APNs certificate is renewed with one, and its page shows it.
    configurator: ['apple configurator'],
    // Moving the push certificate to another Apple ID: every enrolled device must enroll again (a
    // renewal with the same Apple ID is our APNs entry's fix).
    appleidchange: ['another apple id', 'different apple id', 'other apple id', 'own apple id', 'new apple id', 'ander apple id', 'andere apple id', 'nieuwe apple id', 'nieuw apple id', 'autre apple id', 'autre identifiant apple', 'nouvel apple id', 'nouvel identifiant apple', 'nouveau apple id'],
    // Apple's enrollment of personal devices with a managed Apple ID: no wipe, no passcode removal.
    userenrollment: ['user enrollment', 'account driven user enrollment', 'inscription d utilisateur', 'inscription utilisateur', 'inscription des utilisateurs', 'gebruikersinschrijving'],
  },
  android: {
    // Setting a work profile up is enrollment; our work-profile entries are about actions on one.
    workprofilesetup: ['set up your work profile', 'set up a work profile', 'setting up your work profile', 'setting up the work profile', 'work profile setup', 'instellen van je werkprofiel', 'instellen van uw werkprofiel', 'werkprofiel instellen', 'configurer votre profil professionnel', 'configuration du profil professionnel', 'create a work profile', 'create the work profile', 'creating the work profile', 'work profile creation', 'creer le profil professionnel', 'creation du profil professionnel', 'werkprofiel aanmaken', 'werkprofiel wordt aangemaakt',
      'set up the work profile', 'setting up a work profile', 'create work profile', 'add work profile', 'add a work profile', 'adding the work profile', 'already has a work profile', 'creer un profil professionnel', 'creer votre profil professionnel', 'ajouter un profil professionnel', 'configurer le profil professionnel', 'a deja un profil professionnel', 'werkprofiel maken', 'werkprofiel toevoegen', 'werkprofiel configureren', 'heeft al een werkprofiel'],
    dedicated: ['fully managed', 'dedicated device', 'dedicated devices', 'zero touch', 'qr code', 'corporate owned personally enabled', 'cope device', 'cope devices', 'managed home screen', 'knox mobile enrollment', 'entierement gere', 'entierement geres', 'entierement geree', 'entierement gerees', 'appareil dedie', 'appareils dedies', 'volledig beheerd', 'volledig beheerde', 'toegewezen apparaat', 'toegewezen apparaten'],
  },
  actions: {
    remotelock: ['remote lock', 'verrouillage a distance', 'vergrendelen op afstand', 'extern vergrendelen', 'op afstand vergrendelen'],
    lostmode: ['lost mode', 'mode perdu', 'verloren modus', 'locate device', 'apparaat zoeken', 'apparaat lokaliseren', 'localiser l appareil', 'localiser un appareil', 'localiser l iphone'],
    rename: ['rename', 'renamed', 'renommer', 'naam wijzigen'],
    restart: ['restart action', 'remote restart', 'reboot action', 'opnieuw opstarten', 'redemarrer', 'action redemarrer'],
    // The Sync action, not syncing: "hasn't synced for a month" is how an offline device is described.
    sync: ['sync action', 'action synchroniser', 'l action synchroniser', 'actie synchroniseren'],
    freshstart: ['fresh start', 'autopilot reset', 'nouveau depart', 'autopilot opnieuw instellen', 'reinitialisation autopilot', 'reinitialiser autopilot'],
    // Device clean-up rules delete stale records on a schedule; they send no action to a device.
    // Not "nettoyage" alone: the fr-fr doc calls a wipe that.
    cleanup: ['automatisch opruimen', 'automatically clean up', 'nettoyer automatiquement', 'clean up rules', 'clean up rule', 'cleanup rules', 'cleanup rule', 'device clean up', 'device cleanup', 'regles de nettoyage', 'regle de nettoyage', 'opschoonregels', 'opschoonregel', 'apparaatopschoning'],
    diagnostics: ['collect diagnostics', 'diagnostische gegevens', 'collecter les diagnostics'],
    // Calling back an action already sent (no entry says how; the offline-device entry says what
    // becomes of one). Phrases, not "cancel" alone: setup screens say "tap Cancel", and the fr-fr
    // doc "Annuler l'affectation" (unassign the user).
    cancel: ['cancel the wipe', 'cancel a wipe', 'cancel the retire', 'cancel a retire', 'cancel the action', 'cancel an action', 'cancel a pending', 'cancel the pending', 'undo the wipe', 'undo the retire', 'annuler l action', 'annuler une action', 'annuler la mise hors service', 'annuler la reinitialisation', 'annuler le wipe', 'annuler un wipe', 'annuler le retrait',
      'annuleren'],
  },
  autopilot: {
    // Not the enrollment status page or group tags: enrollment screens and MMD registration name them.
    naming: ['naming template', 'device name template'],
    // Autopilot's second version, by its policy's name; our entries are the first version's (whose
    // status page also has a "Device preparation" phase, hence not those words alone).
    devicepreparation: ['autopilot device preparation', 'device preparation policy', 'device preparation policies', 'autopilot v2', 'strategie de preparation', 'beleid voor apparaatvoorbereiding', 'apparaatvoorbereidingsbeleid'],
    groups: ['dynamic group', 'ztdid', 'groupe dynamique', 'dynamische groep'],
    // The status page's last phase (user policies, apps, certificates); our entries stop before it.
    accountsetup: ['account setup', 'configuration du compte', 'installation du compte', 'accountinstallatie', 'accountconfiguratie'],
    // Assigning a deployment profile to imported devices (the portal's "Assignment of '…' failed",
    // "Profile status: Not assigned"); our entries start when a device runs the profile.
    // The status page's app phase ("Installing apps"; "Apps (3 of 7)" is read by topicsIn): an
    // app that outlasts the page's time limit ends it with ERROR_TIMEOUT, the code our TPM entry's
    // "Securing your hardware" step fails with too.
    // A time-out said to happen at the apps ("ESP time-out bij apps", "timed out at apps").
    appsphase: ['time out bij apps', 'timeout bij apps', 'time out at apps', 'timeout at apps', 'timed out at apps', 'timed out on apps', 'time out sur les applications', 'delai depasse sur les applications', 'installing apps', 'identifying apps', 'app installation', 'apps installation', 'blocking apps', 'installation des applications', 'installation des applis', 'applications bloquantes', 'applis bloquantes', 'installeren van apps', 'apps installeren', 'app installatie', 'blokkerende apps',
      // The phase by its name ("faalt in de app-fase", "times out in the Apps phase").
      'app phase', 'apps phase', 'app fase', 'apps fase', 'appfase', 'phase des applications', 'phase applications', 'phase des applis'],
    assignment: ['assignment of', 'profile assignment', 'profile status', 'not assigned', 'attribution du profil', 'etat du profil', 'niet toegewezen', 'profieltoewijzing', 'profielstatus'],
  },
  // Who may do what in Intune: roles, scope tags. "Can my L1s see the bypass code?" asks for a
  // permission, not why the code is missing.
  roles: {
    rbac: ['rbac', 'role based access', 'custom role', 'custom roles', 'help desk operator', 'helpdesk operator', 'scope tag', 'scope tags', 'scopetag', 'scopetags', 'role assignment', 'role assignments', 'intune role', 'intune roles', 'what role', 'which role', 'what roles', 'which roles', 'quel role', 'quels roles', 'welke rol', 'welke rollen', 'role personnalise', 'roles personnalises', 'role intune personnalise', 'role intune', 'roles intune', 'balise d etendue', 'balises d etendue', 'attribution de role', 'aangepaste rol', 'aangepaste rollen', 'aangepaste intune rol', 'custom intune role', 'eigen intune rol', 'roltoewijzing', 'bereiktag', 'bereiktags',
      // Who may do what: the permissions an admin role grants.
      'which permissions', 'what permissions', 'quelles permissions', 'quelles autorisations', 'welke rechten', 'welke machtigingen', 'helpdesk role', 'role helpdesk', 'helpdeskrol', 'only certain admins', 'only some admins', 'seuls certains admins', 'seuls certains administrateurs', 'alleen bepaalde beheerders',
      'eigen rol', 'servicedeskrol', 'rol voor de servicedesk', 'rol voor servicedesk', 'role for the service desk', 'role for our service desk', 'role for the helpdesk', 'role pour le support', 'role pour le helpdesk',
      // Intune's multiple administrative approval: a second admin approves a wipe or a script.
      'multi admin approval', 'multiple admin approval', 'multiple administrative approval', 'four eyes', 'vier ogen', 'second admin to approve', 'approbation multi administrateur', 'approbation de plusieurs administrateurs', 'goedkeuring door meerdere beheerders'],
  },
  // Where admins send and query Intune's data, and how they script it: a question on exporting the
  // audit log or retiring by Graph is about that tool, not about the action's playbook.
  reporting: {
    siem: ['log analytics', 'sentinel', 'splunk', 'siem', 'diagnostic settings', 'diagnostische instellingen', 'parametres de diagnostic', 'kql', 'kusto', 'power bi', 'data warehouse', 'datawarehouse', 'entrepot de donnees'],
    // How long the audit log and reports keep their data.
    retention: ['retention', 'retention period', 'duree de conservation', 'conservation des journaux', 'bewaartermijn', 'bewaarperiode', 'bewaarduur',
      // Asked as such (not "how long are" alone: "how long are wipes pending?").
      'kept for', 'how long are audit logs', 'how long are intune audit logs', 'how long are the audit logs', 'how long does intune keep', 'combien de temps sont conserves', 'combien de temps intune conserve'],
    automation: ['graph api', 'microsoft graph', 'graph explorer', 'graph sdk', 'mggraph', 'mg graph', 'rest api', 'api call', 'api calls', 'bulk device action', 'bulk device actions', 'action groupee', 'actions groupees', 'bulkactie',
      'graph microsoft com', 'via graph', 'through graph', 'with graph', 'graph powershell', 'powershell or graph', 'graph or powershell', 'avec graph', 'par graph', 'met graph', 'powershell of graph',
      // Actions in bulk, not enrollment in bulk ("inscription en masse" is our bulk enrollment).
      'bulk retire', 'bulk wipe', 'retire in bulk', 'wipe in bulk', 'mass retire', 'mass wipe', 'mise hors service en masse', 'mettre hors service en masse', 'retrait en masse', 'reinitialisation en masse', 'reinitialiser en masse', 'effacer en masse', 'in bulk buiten gebruik', 'in bulk wissen', 'massaal buiten gebruik', 'massaal wissen'],
  },
  // Selling or disposing of the organization's own devices (releasing them from Autopilot, ABM):
  // not buying refurbished ones, which is our "claimed by another organization" entry.
  disposal: {
    disposal: ['selling', 'sell them', 'sell our', 'we sold', 'disposing', 'dispose of', 'verkopen', 'doorverkopen', 'afvoeren', 'revendre', 'on revend', 'nous revendons'],
  },
  // Not "office" (the workplace: "on the office LAN") nor Excel (where CSV files get merged).
  office: {
    // Not "Teams" alone ("a user pinged me on Teams: …"), nor "browser" ("in the browser the portal says").
    apps: ['office apps', 'office 365', 'microsoft 365 apps', 'outlook', 'teams app', 'teams client', 'teams desktop', 'teams meeting', 'teams notifications', 'notifications teams', 'notifications de teams', 'teams meldingen', 'meldingen van teams', 'teams phone', 'teams rooms', 'onedrive', 'sharepoint', 'whatsapp'],
    // Not "edge" alone ("an edge case").
    browsers: ['microsoft edge', 'edge browser', 'chrome', 'firefox'],
  },
  peripherals: {
    // Not "scanner": rugged barcode scanners are Android devices we enroll. Not a keyboard alone:
    // a phone's keyboard is how a bypass code gets typed ("the iOS keyboard starts in capitals").
    peripherals: ['printer', 'printers', 'imprimante', 'imprimantes', 'headset', 'bluetooth', 'webcam', 'docking', 'casque', 'usb keyboard', 'wireless keyboard', 'external keyboard', 'keyboard not', 'keyboard does not', 'keyboard stopped', 'clavier usb', 'clavier sans fil', 'clavier externe', 'usb toetsenbord', 'draadloos toetsenbord', 'extern toetsenbord'],
  },
  remote: {
    desktop: ['rdp', 'remote desktop', 'bureau a distance', 'extern bureaublad', 'avd', 'windows 365', 'cloud pc', 'cloud pcs', 'citrix', 'remote help', 'quick assist', 'assistance rapide', 'snelle hulp', 'teamviewer'],
  },
  branding: {
    branding: ['branding', 'logo', 'customization', 'personnalisation', 'huisstijl'],
  },
  othermdm: {
    // Not "Fleet" alone ("our fleet of laptops"): its issue template says "Fleet version".
    othermdm: ['workspace one', 'airwatch', 'intelligent hub', 'jamf', 'mobileiron', 'ivanti', 'meraki', 'kandji', 'fleetdm', 'fleet version', 'fleet versions', 'micromdm', 'nanomdm', 'simplemdm', 'mosyle', 'hexnode', 'manageengine', 'addigy', 'miradore', 'ws1', 'omnissa', 'maas360', 'maas 360', 'mobicontrol', 'blackberry uem', 'xenmobile', 'citrix endpoint management', 'scalefusion', 'knox manage', 'sophos mobile', 'filewave', 'relution'],
    // Suites that also manage devices, but that pastes name for sign-in or directory too.
    suites: ['google workspace', 'jumpcloud', 'google admin'],
    // Microsoft's on-premises device management, and the hybrid MDM and co-management it shares
    // with Intune (not the "another product" rule: a co-managed device is Intune's too).
    configmgr: ['configuration manager', 'sccm', 'configmgr', 'mecm', 'co management', 'comanagement', 'co managed', 'cogestion', 'cogere', 'co beheer', 'hybrid mdm', 'mdm hybride', 'hybride mdm', 'system center'],
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** An area's key (`identity`, `office`, …): what the no-match card names. */
export type AreaKey = keyof typeof AREAS;

/** A topic's key: `area/topic` (`identity/password`). */
export type TopicKey = string;

const INDEX = new PhraseIndex(
  Object.fromEntries(Object.entries(AREAS).flatMap(([area, topics]) => Object.entries(topics).map(([topic, phrases]) => [`${area}/${topic}`, phrases]))),
);

/** A plan's number: a product named before "Plan 1" is a licence's name ("Exchange Online Plan 1"). */
const PLAN_NUMBER = /^[1-9]$/;

/**
 * The topics named in a list of folded words, as `area/topic` keys (see {@link AREAS}); a product
 * named right before "Plan 1" or "Plan 2" is a licence's name, not a topic ("il n'a qu'une licence
 * Exchange Online Plan 1"). Cost is linear in the number of words.
 */
export function topicsIn(words: readonly string[]): Set<TopicKey> {
  const named = INDEX.spans(words).filter(({ end }) => !(words[end] === 'plan' && PLAN_NUMBER.test(words[end + 1] ?? '')));
  const topics = new Set(named.map(({ group }) => group));
  if (words.some((w) => KB_ARTICLE.test(w))) topics.add('updates/updates');
  if (words.some((w, i) => APPS.has(w) && DIGITS.test(words[i + 1] ?? '') && OF.has(words[i + 2] ?? '') && DIGITS.test(words[i + 3] ?? ''))) topics.add('autopilot/appsphase');
  return topics;
}

/**
 * A Microsoft Knowledge Base article number (`KB5034441`), as Windows Update names its updates.
 * Six or seven digits: the update history pages number them so since Windows 10.
 */
const KB_ARTICLE = /^kb\d{6,7}$/;

/**
 * The enrollment status page's app progress, "Apps (3 of 7)", "Applications (3 sur 9)", "Apps (3
 * van 7)", as folded words: the word for apps, a number, "of", a number.
 */
const APPS = new Set(['apps', 'applications', 'applis']);
const OF = new Set(['of', 'sur', 'van']);
const DIGITS = /^\d{1,3}$/;

/** The areas of some topic keys, each once, in order. */
export function areasOf(topics: Iterable<TopicKey>): string[] {
  return [...new Set([...topics].map((t) => t.slice(0, t.indexOf('/'))))];
}

/**
 * The device platforms, and the words that name each (folded, any language). Only names: "from my
 * PC" or "on my laptop" is often the admin's own device. An entry's platforms are read from its
 * text, like its topics.
 */
export const PLATFORMS = {
  windows: ['windows', 'win10', 'win11'],
  ios: ['ios', 'ipados', 'iphone', 'iphones', 'ipad', 'ipads'],
  android: ['android'],
  // Not "Mac" alone: "MAC address".
  macos: ['macos', 'macbook', 'macbooks', 'imac', 'os x', 'macs'],
  // Linux and ChromeOS together: no entry names either.
  linux: ['linux', 'ubuntu', 'rhel', 'chromeos', 'chromebook', 'chromebooks'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A device platform: a key of {@link PLATFORMS}. */
export type Platform = keyof typeof PLATFORMS;

const PLATFORM_INDEX = new PhraseIndex(PLATFORMS);

/** The platforms named in a list of folded words. Cost is linear in the number of words. */
export function platformsIn(words: readonly string[]): Set<Platform> {
  return new Set(PLATFORM_INDEX.find(words) as Platform[]);
}
