/**
 * The documents the knowledge base knows, and how each one is laid out. The importer refuses a
 * document that is not listed here (it would not know where its entries are).
 *
 * URL paths are the pages' homes on learn.microsoft.com per `knowledge/SOURCES.md` (upstream
 * repository path, minus the repository's folder). The iOS end-user page was retired in 2017
 * (SOURCES.md note 2); its link is kept to the path it was published at.
 */

/** How a document's entries are laid out. */
export type Layout =
  /** Each `###` under the `##` named `entriesUnder` is an entry with message, cause and resolutions. */
  | 'sections'
  /** Each `###` question (under any `##` but `skip`) is an entry; its answer is the resolution. */
  | 'questions'
  /** Each row of the document's first table is an entry keyed by its code (first column). */
  | 'code-table'
  /** Each row of the table under the heading `tableUnder` is an entry keyed by its message. */
  | 'message-table';

/** How to read one document. */
export interface DocumentProfile {
  layout: Layout;
  /** Path on learn.microsoft.com after the locale. */
  urlPath: string;
  /** `sections`: anchor of the `##` holding the entries. */
  entriesUnder?: string;
  /** `sections`: anchor of the `##` holding the prerequisites checklist. */
  prerequisitesUnder?: string;
  /** `message-table`: anchor of the heading the table follows. */
  tableUnder?: string;
  /** Anchors of `##` sections that hold no entries (navigation). */
  skip?: readonly string[];
}

/** Profiles by document name (file name without `.md`). */
export const DOCUMENTS: Readonly<Record<string, DocumentProfile>> = {
  'troubleshoot-windows-enrollment-errors': {
    layout: 'sections',
    urlPath: 'mem/intune/enrollment/troubleshoot-windows-enrollment-errors',
    entriesUnder: 'error-messages',
    prerequisitesUnder: 'prerequisites',
    skip: ['next-steps'],
  },
  'troubleshoot-device-actions': {
    layout: 'questions',
    urlPath: 'mem/intune/remote-actions/troubleshoot-device-actions',
    skip: ['next-steps'],
  },
  'you-see-errors-while-trying-to-enroll-your-device-in-intune-ios': {
    layout: 'code-table',
    urlPath: 'intune-user-help/you-see-errors-while-trying-to-enroll-your-device-in-intune-ios',
  },
  'register-devices-self': {
    layout: 'message-table',
    urlPath: 'microsoft-365/managed-desktop/get-started/register-devices-self',
    tableUnder: 'troubleshooting-device-registration',
  },
};
