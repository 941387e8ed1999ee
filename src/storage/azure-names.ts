/**
 * The Azure Storage table names the stores use, and the longest prefix that keeps them valid. No
 * SDK import, so configuration can check a prefix without loading the Azure SDK.
 */

/** Azure table names: 3–63 letters and digits, starting with a letter ("Understanding the Table service data model"). */
export const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** What follows `AZURE_TABLE_PREFIX` in each table's name, per store. */
export const TABLE_SUFFIXES = {
  feedback: ['Answers', 'Feedback'],
  helpdesk: ['HelpdeskChannels', 'Escalations'],
} as const satisfies Record<string, readonly [string, string]>;

/** The longest prefix (in characters) for which every `<prefix><suffix>` stays within the 63-character limit. */
export const MAX_TABLE_PREFIX = 63 - Math.max(...Object.values(TABLE_SUFFIXES).flat().map((s) => s.length));
