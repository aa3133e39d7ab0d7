// Webhook refusals. A URL refused by the SSRF guard (ssrf.ts) is one of the WebhookUrlError classes.
import { ConflictError, NotFoundError, UnprocessableError } from '../errors.ts';

export class WebhookEndpointNotFoundError extends NotFoundError {
  static override readonly code = 'webhook_endpoint_not_found';
  constructor() {
    super('Webhook endpoint not found', WebhookEndpointNotFoundError.code);
  }
}

export class WebhookDeliveryNotFoundError extends NotFoundError {
  static override readonly code = 'webhook_delivery_not_found';
  constructor() {
    super('Webhook delivery not found', WebhookDeliveryNotFoundError.code);
  }
}

export class WebhookDeliveryInProgressError extends ConflictError {
  static override readonly code = 'delivery_in_progress';
  constructor() {
    super('This delivery is still being retried', WebhookDeliveryInProgressError.code);
  }
}

export class EndpointModeNotAllowedError extends UnprocessableError {
  static override readonly code = 'endpoint_mode_not_allowed';
  constructor(credential: 'key' | 'session', mode: string) {
    super(
      `This ${credential === 'key' ? 'API key' : 'session (X-Hilt-Mode)'} works in ${mode} mode: mode can only be "${mode}" (use a dashboard session without X-Hilt-Mode for "all")`,
      EndpointModeNotAllowedError.code,
    );
  }
}

export class UnknownEventTypeError extends UnprocessableError {
  static override readonly code = 'unknown_event_type';
  constructor(eventType: string, known: readonly string[]) {
    super(`Unknown event type "${eventType}" (use one of ${known.join(', ')})`, UnknownEventTypeError.code);
  }
}

export class UnknownProductError extends UnprocessableError {
  static override readonly code = 'unknown_product';
  constructor() {
    super('product_ids must be products of this workspace', UnknownProductError.code);
  }
}

export class TimelineSubjectRequiredError extends UnprocessableError {
  static override readonly code = 'timeline_subject_required';
  constructor() {
    super('Give payment_id or membership_id', TimelineSubjectRequiredError.code);
  }
}

/** A webhook URL the SSRF guard refuses; the subclasses say why. */
export abstract class WebhookUrlError extends UnprocessableError {}

export class InvalidWebhookUrlError extends WebhookUrlError {
  static override readonly code = 'invalid_webhook_url';
  constructor(detail: string) {
    super(detail, InvalidWebhookUrlError.code);
  }
}

export class WebhookUrlNotHttpsError extends WebhookUrlError {
  static override readonly code = 'webhook_url_not_https';
  constructor() {
    super('Webhook URLs must use https', WebhookUrlNotHttpsError.code);
  }
}

export class WebhookUrlUnresolvableError extends WebhookUrlError {
  static override readonly code = 'webhook_url_unresolvable';
  constructor(host: string) {
    super(`The host ${host} does not resolve`, WebhookUrlUnresolvableError.code);
  }
}

export class WebhookUrlNotAllowedError extends WebhookUrlError {
  static override readonly code = 'webhook_url_not_allowed';
  constructor(detail: string) {
    super(detail, WebhookUrlNotAllowedError.code);
  }
}

/** Every refusal of a webhook URL, for the routes that take one. */
export const WEBHOOK_URL_ERRORS = [
  InvalidWebhookUrlError,
  WebhookUrlNotHttpsError,
  WebhookUrlUnresolvableError,
  WebhookUrlNotAllowedError,
] as const;
