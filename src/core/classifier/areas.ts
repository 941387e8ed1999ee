/**
 * Device-management and workplace areas, each with the words that name it in English, French and
 * Dutch: compliance, app deployment, BitLocker, Office apps, printers… A paste that names an area
 * is about that area; an entry whose text never names it is not about it, however many symptom
 * words ("pending", "not supported") or common words ("device", "user") the two share.
 *
 * The areas follow the Microsoft Intune admin center's own division of the product (Devices:
 * compliance, configuration, updates, enrollment, remote actions; Apps: deployment, protection;
 * Endpoint security; Tenant administration) and the Microsoft 365 services and peripherals
 * helpdesks field next to it. Whether an entry names an area is read from the knowledge base, never
 * listed here: an area our playbooks do cover (a kiosk, a licence, Win32 error text) stays theirs.
 *
 * Phrases are folded (lower case, no accents) and matched on whole words.
 */
import { PhraseIndex } from './lexicon';

/** Area → phrases that name it, any language. */
export const AREAS: Readonly<Record<string, readonly string[]>> = {
  compliance: ['compliance', 'compliant', 'noncompliant', 'non compliant', 'not evaluated', 'grace period', 'conformite', 'conforme', 'non conforme', 'naleving', 'nalevingsbeleid', 'compatibel', 'niet compatibel', 'niet conform'],
  configuration: ['configuration profile', 'configuration profiles', 'config profile', 'device configuration', 'settings catalog', 'administrative templates', 'oma uri', 'profil de configuration', 'profils de configuration', 'catalogue de parametres', 'configuratieprofiel', 'configuratieprofielen', 'instellingencatalogus'],
  network: ['vpn', 'wifi', 'wi fi', 'wlan', 'dns', 'dhcp', 'globalprotect', 'anyconnect', 'always on vpn', 'reseau wifi', 'draadloos netwerk'],
  certificates: ['scep', 'pkcs', 'ndes', 'certificate connector', 'trusted certificate', 'root certificate', 'certificat racine', 'basiscertificaat', 'vertrouwd certificaat'],
  mail: ['email profile', 'exchange', 'mailbox', 'smtp', 'boite aux lettres', 'profil de messagerie', 'postvak', 'e mailprofiel'],
  // "Win32 app", not "Win32": enrollment logs say "Unknown Win32 Error code".
  apps: ['win32 app', 'win32 apps', 'application win32', 'win32 app', 'intunewin', 'lob', 'line of business', 'msi', 'msix', 'appx', 'vpp', 'managed google play', 'store app', 'required app', 'available app', 'app assignment', 'app deployment', 'application metier', 'deploiement d application', 'bedrijfsapp', 'app toewijzing', 'app implementatie'],
  // Not "MAM" alone: the MDM and MAM user scope is enrollment configuration.
  appprotection: ['app protection', 'app protection policy', 'app protection policies', 'protection d application', 'protection des applications', 'app beveiliging', 'appbeveiliging', 'appbeveiligingsbeleid', 'copy paste', 'copier coller', 'kopieren plakken'],
  identity: ['conditional access', 'mfa', 'multi factor', 'multifactor', 'authenticator', 'number matching', 'password', 'password reset', 'sspr', 'sign in logs', 'prt', 'primary refresh token', 'usage location', 'acces conditionnel', 'mot de passe', 'authentification multifacteur', 'voorwaardelijke toegang', 'wachtwoord', 'meervoudige verificatie', 'gebruikslocatie'],
  // Not "firewall": a proxy or firewall blocking enrollment is an enrollment problem.
  security: ['bitlocker', 'filevault', 'recovery key', 'encryption', 'encrypted', 'defender', 'antivirus', 'attack surface', 'laps', 'security baseline', 'endpoint security', 'chiffrement', 'cle de recuperation', 'versleuteling', 'versleuteld', 'herstelsleutel'],
  updates: ['windows update', 'windows updates', 'update ring', 'update rings', 'feature update', 'quality update', 'cumulative update', 'driver update', 'wufb', 'mise a jour windows', 'mises a jour windows', 'onderdelenupdate', 'kwaliteitsupdate'],
  apple: ['dep token', 'ade token', 'apple business manager', 'apple school manager', 'abm', 'vpp token', 'jeton dep', 'jeton ade', 'dep token verlopen'],
  android: ['fully managed', 'dedicated device', 'dedicated devices', 'zero touch', 'qr code', 'entierement gere', 'appareil dedie', 'appareils dedies', 'volledig beheerd', 'toegewezen apparaat', 'toegewezen apparaten', 'qr-code'],
  actions: ['remote lock', 'lost mode', 'rename', 'renamed', 'sync', 'synchroniser', 'synchronisation', 'synchroniseren', 'fresh start', 'autopilot reset', 'collect diagnostics', 'locate device', 'verrouillage a distance', 'mode perdu', 'renommer', 'nouveau depart', 'diagnostische gegevens', 'naam wijzigen', 'vergrendelen op afstand', 'verloren modus', 'apparaat zoeken'],
  autopilot: ['group tag', 'naming template', 'device name template', 'enrollment status page', 'dynamic group', 'ztdid', 'page d etat d inscription', 'groupe dynamique', 'pagina inschrijvingsstatus', 'dynamische groep', 'groepstag'],
  // Not "office" (the workplace: "on the office LAN") nor Excel (where CSV files get merged).
  office: ['office apps', 'office 365', 'microsoft 365 apps', 'outlook', 'teams', 'onedrive', 'sharepoint', 'whatsapp', 'edge', 'chrome', 'firefox', 'browser', 'navigateur'],
  peripherals: ['printer', 'printers', 'print', 'imprimante', 'imprimantes', 'scanner', 'headset', 'bluetooth', 'webcam', 'keyboard', 'docking', 'clavier', 'casque', 'toetsenbord'],
  remote: ['rdp', 'remote desktop', 'bureau a distance', 'extern bureaublad', 'avd', 'windows 365', 'cloud pc', 'citrix'],
  branding: ['branding', 'logo', 'customization', 'personnalisation', 'huisstijl', 'aanpassing'],
};

const INDEX = new PhraseIndex(AREAS);

/**
 * The areas named in a list of folded words (see {@link AREAS}). Cost is linear in the number of
 * words.
 */
export function areasIn(words: readonly string[]): Set<string> {
  return new Set(INDEX.find(words));
}
