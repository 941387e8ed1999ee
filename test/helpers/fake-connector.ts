/**
 * A fake Bot Connector on 127.0.0.1: records what the bot sends to
 * `POST /v3/conversations/:conversationId/activities[/:replyToId]`, `PUT …/activities/:id`, and
 * `POST /v3/conversations` (a new conversation, e.g. a new channel thread; recorded with
 * conversationId `(new)` and the request body, which carries the first activity).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the connector received. */
export interface ReceivedActivity {
  method: string;
  conversationId: string;
  /** The `:replyToId` (or updated activity id) path segment, when present. */
  replyToId?: string;
  path: string;
  body: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: any }[] };
}

export interface FakeConnector {
  url: string;
  received: ReceivedActivity[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(req.url ?? '')) {
        // A new conversation (a new thread in a channel): answer with its id, as the Bot Connector does.
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        const id = `${body.channelData?.channel?.id ?? 'conv'};messageid=thread-${++n}`;
        received.push({ method: 'POST', conversationId: '(new)', path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id, activityId: `thread-${n}` }));
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (!m) {
        // Not chained: restify replaces ServerResponse.prototype.writeHead with one that returns nothing.
        res.writeHead(404);
        res.end();
        return;
      }
      let body: ReceivedActivity['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        /* recorded as empty */
      }
      received.push({
        method: req.method ?? '',
        conversationId: decodeURIComponent(m[1]!),
        ...(m[2] ? { replyToId: decodeURIComponent(m[2]) } : {}),
        path: req.url ?? '',
        body,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${++n}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
