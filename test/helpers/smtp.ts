// A small SMTP server on 127.0.0.1 that accepts every message and keeps it, standing in for a mail relay.
import { createServer, type Socket } from 'node:net';

export interface FakeSmtp {
  port: number;
  url: string;
  messages: string[];
  envelope: string[];
  /** The next `n` MAIL commands get a temporary failure (451), as a relay that is briefly down. */
  refuseNext(n: number): void;
  close(): void;
}

export async function startFakeSmtp(from = 'proofs@shop.example'): Promise<FakeSmtp> {
  const messages: string[] = [];
  const envelope: string[] = [];
  let refusals = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let buffer = '';
    let inData = false;
    let data = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i = buffer.indexOf('\r\n');
      while (i !== -1) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(data);
            data = '';
            socket.write('250 OK queued\r\n');
          } else data += `${line}\n`;
        } else {
          const cmd = line.slice(0, 4).toUpperCase();
          if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-fake\r\n250 8BITMIME\r\n');
          else if (cmd === 'MAIL' && refusals > 0) {
            refusals--;
            socket.write('451 try again later\r\n');
          } else if (cmd === 'MAIL' || cmd === 'RCPT') {
            envelope.push(line);
            socket.write('250 OK\r\n');
          } else if (cmd === 'DATA') {
            inData = true;
            socket.write('354 go ahead\r\n');
          } else if (cmd === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 OK\r\n');
        }
        i = buffer.indexOf('\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}/?from=${from}`,
    messages,
    envelope,
    refuseNext(n) {
      refusals = n;
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}
