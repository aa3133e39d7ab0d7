// A real HTTP server on 127.0.0.1 playing the Telegram Bot API (/bot<token>/<method>) and Discord REST
// (/api/v10/...). It records every request and answers like the platform; tests queue failures with failNext.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | null;
}

interface Failure {
  match: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakePlatforms {
  telegramApiRoot: string;
  discordApiBase: string;
  requests: RecordedRequest[];
  /** Requests whose path matches, e.g. /createChatInviteLink$/ */
  calls(match: RegExp): RecordedRequest[];
  failNext(match: RegExp, status: number, body: unknown, headers?: Record<string, string>): void;
  reset(): void;
  close(): Promise<void>;
}

export const TELEGRAM_TOKEN = '123456:TEST-telegram-token';
export const DISCORD_TOKEN = 'TEST.discord.token';

export async function startFakePlatforms(): Promise<FakePlatforms> {
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  let invites = 0;

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = { raw };
    }
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const method = req.method ?? 'GET';
    requests.push({ method, path, headers: req.headers, body });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      const text = payload === null ? '' : JSON.stringify(payload);
      res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(text);
    };
    const failure = failures.findIndex((f) => f.match.test(path));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return send(f.status, f.body, f.headers);
    }
    const tg = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (tg) {
      if (tg[1] !== TELEGRAM_TOKEN) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      switch (tg[2]) {
        case 'getMe':
          return send(200, {
            ok: true,
            result: { id: 123456, is_bot: true, first_name: 'Hilt', username: 'hilt_test_bot' },
          });
        case 'createChatInviteLink':
          invites++;
          return send(200, {
            ok: true,
            result: {
              invite_link: `https://t.me/+fakeInvite${invites}`,
              creator: { id: 123456, is_bot: true, first_name: 'Hilt' },
              creates_join_request: false,
              is_primary: false,
              is_revoked: false,
              member_limit: body?.member_limit,
              expire_date: body?.expire_date,
            },
          });
        case 'banChatMember':
        case 'unbanChatMember':
          return send(200, { ok: true, result: true });
        case 'sendMessage':
          return send(200, {
            ok: true,
            result: {
              message_id: requests.length,
              date: 0,
              chat: { id: body?.chat_id, type: 'private' },
              text: body?.text,
            },
          });
        default:
          return send(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      }
    }
    if (path.startsWith('/api/v10/')) {
      if (req.headers.authorization !== `Bot ${DISCORD_TOKEN}`)
        return send(401, { message: '401: Unauthorized', code: 0 });
      const rest = path.slice('/api/v10'.length);
      if (method === 'GET' && rest === '/users/@me')
        return send(200, { id: '99887766554433221', username: 'hilt-bot', bot: true });
      if (/^\/guilds\/\d+\/members\/\d+\/roles\/\d+$/.test(rest) && (method === 'PUT' || method === 'DELETE')) {
        return send(204, null);
      }
      if (method === 'POST' && rest === '/users/@me/channels') return send(200, { id: '55555555555555555', type: 1 });
      if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(rest))
        return send(200, { id: '1', content: body?.content });
      return send(404, { message: 'Unknown route', code: 0 });
    }
    send(404, { error: 'not a platform path' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    telegramApiRoot: `http://127.0.0.1:${port}`,
    discordApiBase: `http://127.0.0.1:${port}/api`,
    requests,
    calls: (match) => requests.filter((r) => match.test(r.path)),
    failNext(match, status, body, headers) {
      failures.push({ match, status, body, headers });
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
