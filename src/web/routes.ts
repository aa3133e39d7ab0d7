// The hosted checkout page at /p/{slug} and the merchant dashboard at /: static pages that drive the API from the
// browser (the dashboard is a shell around static modules under /assets/web/dashboard/, its session token kept in
// the browser's localStorage).
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';

const page = readFileSync(new URL('./checkout-page.html', import.meta.url), 'utf8');
const dashboard = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#5b5bd6"/>' +
  '<path d="M9 7h4v7h6V7h4v18h-4v-7h-6v7H9z" fill="#fff"/></svg>';

export const webRoutes: FastifyPluginAsync = async (app) => {
  app.get('/p/:slug', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header(
        'content-security-policy',
        "default-src 'self'; img-src * data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
      )
      .header('x-frame-options', 'DENY')
      .send(page),
  );
  // The dashboard shell: its modules, styles and API calls all come from this origin, and nothing inline runs.
  app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', DASHBOARD_CSP)
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'same-origin')
      .header('cache-control', 'no-cache')
      .send(dashboard),
  );
  app.get('/favicon.svg', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(favicon),
  );
};
