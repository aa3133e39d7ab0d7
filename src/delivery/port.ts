// What delivery needs from a chat platform, whatever its SDK. Adapters turn SDK failures into PlatformError so the
// job queue can schedule the next attempt (at the platform's retry_after when it rate-limits us).

export type Provider = 'TELEGRAM' | 'DISCORD';

export class PlatformError extends Error {
  constructor(
    message: string,
    readonly provider: Provider,
    /** Seconds the platform asked us to wait (HTTP 429). */
    readonly retryAfterSeconds?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface BotIdentity {
  id: string;
  username: string | null;
}
