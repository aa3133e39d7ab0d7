// The hosted checkout page at /p/{slug}, the public receipt page at /r/{receipt_id}, the embed button script at
// /embed.js and the merchant dashboard at /: small server shells whose ES modules (src/web/public/) drive the API
// from the browser (the dashboard's session token kept in the browser's localStorage).
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';

const page = readFileSync(new URL('./checkout-page.html', import.meta.url), 'utf8');
const receiptPage = readFileSync(new URL('./receipt-page.html', import.meta.url), 'utf8');
const embedScript = readFileSync(new URL('./public/embed.js', import.meta.url), 'utf8');
// Buyer pages run only our own modules and styles; images may come from the merchant's https host (logo, cover).
const BUYER_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const dashboard = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#5b5bd6"/>' +
  '<path d="M9 7h4v7h6V7h4v18h-4v-7h-6v7H9z" fill="#fff"/></svg>';

export const webRoutes: FastifyPluginAsync = async (app) => {
  const buyerPage = (html: string) => async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', BUYER_PAGE_CSP)
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-store')
      .send(html);
  app.get('/p/:slug', { config: { auth: 'public' }, schema: { hide: true } }, buyerPage(page));
  app.get('/r/:receipt_id', { config: { auth: 'public' }, schema: { hide: true } }, buyerPage(receiptPage));
  // Loaded by merchants' sites with <script async src=".../embed.js">, so any origin may fetch it.
  app.get('/embed.js', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(embedScript),
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
