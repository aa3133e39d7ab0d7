// The one place where errors become HTTP responses: `{detail, code, request_id, docs_url}`, schema failures as 422
// with a list of issues, and 5xx masked (logged with the request id). Every code is one of error-codes.ts.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, type ErrorCode, errorDocsUrl } from '../error-codes.ts';
import { isDatabaseUnavailable } from '../db/index.ts';
import { AppError, ServiceUnavailableError } from '../errors.ts';

interface AjvIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const ISSUE_TYPES: Record<string, string> = {
  required: 'missing',
  type: 'type_error',
  minLength: 'string_too_short',
  maxLength: 'string_too_long',
  pattern: 'string_pattern_mismatch',
  format: 'format_error',
  enum: 'enum',
  const: 'literal_error',
  minimum: 'greater_than_equal',
  exclusiveMinimum: 'greater_than',
  maximum: 'less_than_equal',
  exclusiveMaximum: 'less_than',
  minItems: 'too_short',
  maxItems: 'too_long',
  uniqueItems: 'unique_items',
  additionalProperties: 'extra_forbidden',
  anyOf: 'union_error',
  minProperties: 'too_short',
};

function issueLocation(context: string, issue: AjvIssue): (string | number)[] {
  const loc: (string | number)[] = [context === 'querystring' ? 'query' : context];
  for (const part of issue.instancePath.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    loc.push(/^\d+$/.test(key) ? Number(key) : key);
  }
  if (issue.keyword === 'required') loc.push(String(issue.params.missingProperty));
  if (issue.keyword === 'additionalProperties') loc.push(String(issue.params.additionalProperty));
  return loc;
}

/** Nullable fields fail as "must be null" plus "must match a schema in anyOf" beside the real problem: drop those. */
function usefulIssues(issues: AjvIssue[]): AjvIssue[] {
  const specific = issues.filter((i) => i.keyword !== 'anyOf' && !(i.keyword === 'type' && i.params.type === 'null'));
  return specific.length > 0 ? specific : issues;
}

function issueMessage(issue: AjvIssue): string {
  if (issue.keyword === 'required') return 'Field required';
  if (issue.keyword === 'enum' && Array.isArray(issue.params.allowedValues)) {
    const allowed = (issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
    return `Input should be ${allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0]} (any letter case)`;
  }
  return issue.message ?? 'Invalid value';
}

export function validationDetail(context: string, issues: AjvIssue[]) {
  return usefulIssues(issues).map((issue) => ({
    loc: issueLocation(context, issue),
    msg: issueMessage(issue),
    type: ISSUE_TYPES[issue.keyword] ?? issue.keyword,
  }));
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'expired',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** A framework error's code (FST_ERR_…) as one of ours: the same name when the table has it, else by status. */
function frameworkCode(error: FastifyError, status: number): ErrorCode {
  if (error.code === 'FST_ERR_BAD_URL') return 'bad_url';
  const name = (error.code ?? '').toLowerCase().replace(/^fst_err_/, '');
  return name in ERROR_CODES ? (name as ErrorCode) : (STATUS_CODES[status] ?? 'bad_request');
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's public URL, where error bodies point their docs_url. */
    errorDocsBaseUrl: string;
  }
}

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: ErrorCode, detail: unknown) {
  return reply
    .code(status)
    .type('application/json')
    .send({
      detail,
      code,
      request_id: request.id,
      docs_url: errorDocsUrl(request.server.errorDocsBaseUrl ?? '', code),
    });
}

/**
 * Errors the router raises before any hook runs (a malformed URL, an over-long path parameter): answered in the
 * same shape, with the request id and rate-limit headers the hooks would have set.
 */
export function frameworkErrorHandler(charge: {
  rateLimit?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    setRequestIdHeaders(reply, request.id);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    const code = frameworkCode(error, status);
    const finish = () => send(reply, request, status, code, error.message);
    if (!charge.rateLimit) return finish();
    charge.rateLimit(request, reply).then(finish, (err: unknown) => {
      if (err instanceof AppError) {
        if (err.headers) reply.headers(err.headers);
        return send(reply, request, err.status, err.code, err.message);
      }
      return finish();
    });
  };
}

/** Both names Hilt documents for the request id: X-Request-Id and X-Hilt-Request-Id carry the same value. */
export function setRequestIdHeaders(reply: FastifyReply, id: string) {
  reply.header('x-request-id', id);
  reply.header('x-hilt-request-id', id);
}

/**
 * Requests that still reach a server while it shuts down (pipelined, or on a keep-alive connection that was busy when
 * the shutdown began) are refused in the usual error shape, with Connection: close, instead of Fastify's own 503 body.
 * Register it before the authentication hooks, so nothing that needs the database runs for them.
 */
export function refuseWhileClosing(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', '1');
    throw new ServiceUnavailableError('This server is shutting down; retry the request', 'shutting_down');
  });
}

/** `publicUrl` is where error bodies point their `docs_url` (this server's error reference). */
export function registerErrorHandler(app: FastifyInstance, publicUrl: string) {
  app.decorate('errorDocsBaseUrl', publicUrl);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      if (error.status >= 500) request.log.warn({ err: error }, 'dependency error');
      return send(reply, request, error.status, error.code, error.message);
    }
    if (error.validation) {
      const detail = validationDetail(error.validationContext ?? 'body', error.validation as AjvIssue[]);
      return send(reply, request, 422, 'validation_error', detail);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, request, 400, 'invalid_json', 'The request body is not valid JSON');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 413, 'payload_too_large', 'The request body is larger than the limit');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, request, 415, 'unsupported_media_type', 'Send the request body as application/json');
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, request, 400, 'invalid_content_length', 'Content-Length does not match the body');
    }
    // Values the database refuses as text or numbers (a NUL character, an out-of-range number): the input's fault.
    const sqlState = (error as { code?: string }).code;
    if (sqlState === '22021' || sqlState === '22P02' || sqlState === '22003' || sqlState === '22001') {
      return send(
        reply,
        request,
        422,
        'invalid_value',
        'A value in the request cannot be stored (e.g. a NUL character)',
      );
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(reply, request, 503, 'database_unavailable', 'The database is unreachable; retry shortly');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(reply, request, status, frameworkCode(error, status), error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'Internal server error');
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
  );
}
