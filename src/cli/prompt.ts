// Reading what `hilt login` needs from the user: a line, a password without echo on a terminal, or all of stdin.
import { createInterface } from 'node:readline';
import { CommanderError } from 'commander';

/** What the CLI reads from: process.stdin, or a stream a test hands in. */
export type CliInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

export async function promptLine(input: CliInput, output: NodeJS.WritableStream, question: string): Promise<string> {
  const rl = createInterface({ input, output, terminal: Boolean(input.isTTY) });
  // Ctrl-C or end of input closes the interface before an answer. Only this listener is removed afterwards:
  // readline's own 'close' listener detaches it from the terminal, and without it keys would still be echoed.
  let onClose = () => {};
  try {
    return await new Promise<string>((resolve, reject) => {
      onClose = () => reject(new CommanderError(130, 'hilt.interrupted', 'interrupted'));
      rl.once('close', onClose);
      rl.question(question, resolve);
    });
  } finally {
    rl.off('close', onClose);
    rl.close();
  }
}

/** Reads one line from a terminal in raw mode, echoing nothing; Ctrl-C aborts with exit 130. */
export function promptHidden(input: CliInput, output: NodeJS.WritableStream, question: string): Promise<string> {
  if (!input.setRawMode) throw new Error('promptHidden needs a terminal');
  const setRaw = input.setRawMode.bind(input);
  output.write(question);
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const done = (err?: Error) => {
      input.off('data', onData);
      setRaw(false);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new CommanderError(130, 'hilt.interrupted', 'interrupted'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch === '\u001b')
          return; // an escape sequence (arrow keys): drop the rest of it
        else if (ch >= ' ') value += ch;
      }
    };
    setRaw(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

/** All of stdin, without one trailing newline (as `printf '%s\n' "$PASSWORD" | hilt login --password-stdin` sends). */
export async function readAll(input: CliInput): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
