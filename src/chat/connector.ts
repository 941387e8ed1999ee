/**
 * An in-process Bot Connector on 127.0.0.1 for `npm run chat`: the bot's `serviceUrl`. It takes
 * what the bot sends — `POST /v3/conversations/:id/activities[/:replyToId]` (replies and proactive
 * messages), `PUT …/activities/:id` (updates), `DELETE …/activities/:id`, `POST /v3/conversations`
 * (a new conversation, with its first activity; in a team channel a new thread,
 * `<channel id>;messageid=<activity id>`) — gives each a connector id, and reports it to
 * listeners as it arrives. Member look-ups answer with the configured members.
 *
 * The end-to-end tests use it too, through `test/helpers/fake-connector.ts`.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity (or deletion) the bot sent. */
export interface ConnectorActivity {
  method: 'POST' | 'PUT' | 'DELETE';
  conversationId: string;
  /** The id the connector gave the activity (for PUT and DELETE: the id in the path). */
  id: string;
  /** For a reply, the activity it replies to (the `:replyToId` path segment). */
  replyToId?: string;
  /** The first activity of a new conversation (`POST /v3/conversations`), e.g. a new channel thread. */
  newConversation?: true;
  /** For a new conversation: its parameters as the bot sent them, without the first activity (e.g. `channelData`). */
  parameters?: Record<string, unknown>;
  body: Record<string, unknown>;
}

/** A member as the connector returns it (a Bot Framework ChannelAccount). */
export interface ConnectorMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  [key: string]: unknown;
}

export interface ChatConnector {
  /** The service URL to put in activities. */
  url: string;
  /** Every activity received, in order. */
  received: ConnectorActivity[];
  /** Calls `listener` for each activity as it arrives; returns a function that removes it. */
  onActivity(listener: (a: ConnectorActivity) => void): () => void;
  close(): Promise<void>;
}

export interface ConnectorOptions {
  /** Answers of member look-ups (`GET …/members`). */
  members?: ConnectorMember[];
}

const MAX_BODY = 4 * 1024 * 1024;

/** Starts the connector on an ephemeral port of 127.0.0.1. */
export async function startChatConnector(options: ConnectorOptions = {}): Promise<ChatConnector> {
  const members = options.members ?? [];
  const received: ConnectorActivity[] = [];
  const events = new EventEmitter();
  let activities = 0;
  let conversations = 0;

  const record = (a: ConnectorActivity): void => {
    received.push(a);
    events.emit('activity', a);
  };
  const send = (res: http.ServerResponse, status: number, body?: unknown): void => {
    // Not chained: restify (in the same process) replaces writeHead with one that returns nothing.
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return send(res, 413);
      let body: unknown = {};
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw.trim()) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { error: { code: 'BadArgument', message: 'the body is not JSON' } });
        }
      }
      const obj = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const url = new URL(req.url ?? '/', 'http://connector');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const method = req.method ?? '';
      if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(res, 404);
      // POST /v3/conversations: a new conversation (proactive), maybe with its first activity. In a
      // team channel it is a new thread, named as Teams names it: `<channel id>;messageid=<first activity id>`.
      if (parts.length === 2 && method === 'POST') {
        const first = obj['activity'];
        const activityId = first && typeof first === 'object' ? `sent-${++activities}` : undefined;
        const channelData = obj['channelData'] as { channel?: { id?: unknown } } | undefined;
        const channelId = typeof channelData?.channel?.id === 'string' ? channelData.channel.id : undefined;
        const conversationId = channelId
          ? `${channelId};messageid=${activityId ?? `thread-${++conversations}`}`
          : `a:chat-conversation-${++conversations}`;
        if (activityId) {
          const { activity: _first, ...parameters } = obj;
          record({ method: 'POST', conversationId, id: activityId, newConversation: true, parameters, body: first as Record<string, unknown> });
        }
        return send(res, 201, { id: conversationId, ...(activityId ? { activityId } : {}) });
      }
      const conversationId = parts[2];
      if (!conversationId) return send(res, 404);
      const rest = parts.slice(3);
      if (rest[0] === 'activities' && rest[1] !== 'history' && rest.length <= 2) {
        const pathId = rest[1];
        if (method === 'POST') {
          const id = `sent-${++activities}`;
          record({ method: 'POST', conversationId, id, ...(pathId ? { replyToId: pathId } : {}), body: obj });
          return send(res, 200, { id });
        }
        if ((method === 'PUT' || method === 'DELETE') && pathId) {
          record({ method, conversationId, id: pathId, body: obj });
          return method === 'PUT' ? send(res, 200, { id: pathId }) : send(res, 200);
        }
        return send(res, 405);
      }
      if (rest[0] === 'activities' && rest[1] === 'history' && method === 'POST') return send(res, 200, { id: conversationId });
      if (method === 'GET' && (rest[0] === 'members' || (rest[0] === 'activities' && rest[2] === 'members'))) {
        if (rest[0] === 'members' && rest[1]) {
          const member = members.find((m) => m.id === rest[1] || m.aadObjectId === rest[1]);
          return member ? send(res, 200, member) : send(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'no such member' } });
        }
        return send(res, 200, members);
      }
      if (method === 'GET' && rest[0] === 'pagedmembers') return send(res, 200, { members });
      return send(res, 404);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    onActivity(listener) {
      events.on('activity', listener);
      return () => events.off('activity', listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
