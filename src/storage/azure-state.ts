/**
 * Bot state (dialog and conversation state) on Azure Blob storage, for several bot instances:
 * botbuilder's `BlobsStorage`, one JSON blob per state key in one container. Kept apart from
 * `azure.ts` so that the feedback store does not load botbuilder.
 *
 * `BlobsStorage` creates the container on first use and honours eTags: a write with a stale eTag
 * is rejected (`Storage: error writing "<key>" due to eTag conflict.`), `'*'` or no eTag
 * overwrites.
 */
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';

/**
 * Container-name rule of Azure Blob storage: 3-63 lower-case letters, digits and single hyphens,
 * starting and ending with a letter or digit (learn.microsoft.com/rest/api/storageservices/
 * naming-and-referencing-containers--blobs--and-metadata).
 */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Builds botbuilder {@link Storage} on an Azure Blob container, for `ConversationState` /
 * `UserState`.
 *
 * @param connectionString - account connection string (`AZURE_STORAGE_CONNECTION_STRING`).
 * @param container - container name, created on first use.
 * @throws Error when the container name is invalid (the service would only answer 400 at the first write).
 */
export function createAzureStateStorage(connectionString: string, container: string): Storage {
  if (!CONTAINER_NAME.test(container)) {
    throw new Error(`Azure blob container name "${container}" is invalid: 3-63 lower-case letters, digits and single hyphens`);
  }
  return new BlobsStorage(connectionString, container);
}
