/**
 * The fake Bot Connector of the end-to-end tests: the chat's in-process connector
 * (src/chat/connector.ts) on 127.0.0.1, with what the bot sent recorded in the shape the tests
 * read: replies and proactive messages by conversation (and `:replyToId`), card updates, and new
 * conversations (e.g. a new channel thread) under conversation id `(new)` with the request body
 * (the parameters, `channelData` among them, and the first `activity`).
 */
import { startChatConnector } from '../../src/chat/connector';

/** One request the connector received. */
export interface ReceivedActivity {
  method: string;
  conversationId: string;
  /** The `:replyToId` path segment, when present. */
  replyToId?: string;
  /** The activity's id: the one the connector gave a new activity, or the one in the path of an update. */
  id?: string;
  body: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: any }[] };
}

export interface FakeConnector {
  url: string;
  /** What the bot sent, in order; tests may empty it between steps. */
  received: ReceivedActivity[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const connector = await startChatConnector();
  const received: ReceivedActivity[] = [];
  connector.onActivity((a) => {
    if (a.newConversation) received.push({ method: a.method, conversationId: '(new)', body: { ...a.parameters, activity: a.body } });
    else received.push({ method: a.method, conversationId: a.conversationId, ...(a.replyToId ? { replyToId: a.replyToId } : {}), ...(a.id ? { id: a.id } : {}), body: a.body });
  });
  return { url: connector.url, received, close: () => connector.close() };
}
