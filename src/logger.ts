import type { LoggerOptions } from 'pino';
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

export function loggerOptions(config: Config): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
}
