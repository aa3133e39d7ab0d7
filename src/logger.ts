import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.ts';

/** Header and body fields that must never reach a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-hilt-key"]',
  'req.headers.cookie',
  'req.headers["helius-signature"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
  '*.password',
  '*.current_password',
  '*.new_password',
  '*.token',
  '*.raw_key',
  '*.secret',
  '*.secret_key',
  '*.bot_token',
];

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Standard output, written as each line is made, shared by every logger of the process. Pino's default stream hands
 * each write to libuv's thread pool, which wakes a pool thread and then the event loop again for every request's
 * line; a direct write is one system call and loses nothing if the process dies.
 */
function logDestination() {
  stdout ??= pino.destination({ dest: 1, sync: true });
  return stdout;
}

/** Options for pino, as Fastify's logger and the context's own logger both take them, writing to standard output. */
export function loggerOptions(config: Config) {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    stream: logDestination(),
  };
}

/**
 * One log line per request at the default level (info): its outcome, with method, URL, status and time. The
 * arrival line Fastify also writes is kept at debug, where it tells which requests are still in flight.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
