// `hilt chain`: the local chain alone, answering Solana JSON-RPC on POST /.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalChain, type LocalChain, type LocalChainOptions } from './index.ts';

export interface LocalChainServer {
  url: string;
  port: number;
  chain: LocalChain;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export async function startLocalChainServer(
  options: LocalChainOptions & { port?: number; host?: string } = {},
): Promise<LocalChainServer> {
  const { port = 8899, host = '127.0.0.1', ...chainOptions } = options;
  const chain = createLocalChain(chainOptions);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(req.method === 'GET' && req.url === '/health' ? 200 : 405, { 'content-type': 'text/plain' });
      res.end(
        req.method === 'GET' && req.url === '/health'
          ? 'ok'
          : 'Used HTTP Method is not allowed. POST or OPTIONS is required',
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', async () => {
      if (res.writableEnded) return;
      const body = await chain.handleText(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    chain,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await chain.close();
    },
  };
}
