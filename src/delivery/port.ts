// What delivery needs from a chat platform, whatever its SDK. Adapters turn SDK failures into PlatformError so the
// job queue can schedule the next attempt (at the platform's retry_after when it rate-limits us).

export type Provider = 'TELEGRAM' | 'DISCORD';

/**
 * Why a delivery failed: `data.delivery.failure_code` of the delivery.failed event. Stable: receivers may branch
 * on them. Documented in the README (Webhooks).
 */
export const DELIVERY_FAILURE_CODES = {
  bot_not_configured: 'No Telegram or Discord bot is configured for the workspace (PUT /v1/account/delivery/bots).',
  identity_missing: 'The buyer’s platform user id is unknown, so access (a Discord role) cannot be granted.',
  bot_not_authorized:
    'The platform refused the bot’s token or rights (HTTP 401/403): check the bot and its admin rights.',
  platform_rejected: 'The platform refused the request (e.g. chat or role not found, HTTP 400/404).',
  rate_limited: 'The platform rate-limited the bot (HTTP 429); Hilt retries after its retry_after.',
  platform_unavailable: 'The platform could not be reached or failed (network error, timeout, HTTP 5xx); Hilt retries.',
  unexpected_error: 'An unexpected error; details in the server log. Hilt retries.',
} as const;
export type DeliveryFailureCode = keyof typeof DELIVERY_FAILURE_CODES;

export class PlatformError extends Error {
  readonly provider: Provider;
  /** Seconds the platform asked us to wait (HTTP 429). */
  readonly retryAfterSeconds?: number;
  readonly status?: number;
  /** Set when the failure is ours, not the platform's answer; otherwise derived from the HTTP status. */
  private readonly code?: DeliveryFailureCode;

  constructor(
    message: string,
    provider: Provider,
    retryAfterSeconds?: number,
    status?: number,
    code?: DeliveryFailureCode,
  ) {
    super(message);
    this.provider = provider;
    this.retryAfterSeconds = retryAfterSeconds;
    this.status = status;
    this.code = code;
    this.name = 'PlatformError';
  }

  get failureCode(): DeliveryFailureCode {
    if (this.code) return this.code;
    const s = this.status;
    if (s === 429) return 'rate_limited';
    if (s === 401 || s === 403) return 'bot_not_authorized';
    if (s !== undefined && s >= 400 && s < 500) return 'platform_rejected';
    return 'platform_unavailable';
  }
}

export interface BotIdentity {
  id: string;
  username: string | null;
}
