// Static assets of the web pages, all from our own origin (no CDN, no build step):
//   /assets/web/…     the pages' own ES modules and styles (src/web/public/)
//   /assets/sdk/…     the generated API client the pages call the API through (sdk/src/core.js, generated/)
//   /assets/vendor/…  browser builds of installed packages, one explicit entry each
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

const require = createRequire(import.meta.url);
/** A file inside an installed package, found the way Node finds the package (some do not export package.json). */
function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    if (existsSync(join(dir, pkg, 'package.json'))) return join(dir, pkg, file);
  }
  throw new Error(`package ${pkg} is not installed`);
}

/** Vendored browser modules: URL name → file inside an installed package. Add an entry to serve another one. */
export const VENDOR_FILES: Record<string, string> = {
  // Preact, its hooks and htm in one module without bare imports, so no import map is needed.
  'preact-htm.js': packageFile('htm', 'preact/standalone.module.js'),
  // getWallets(): the Wallet Standard registry every Solana browser wallet registers with (no imports of its own).
  'wallet-standard-app.js': packageFile('@wallet-standard/app', 'lib/esm/wallets.js'),
  // QR code encoder (ES module, no imports): the checkout draws the Solana Pay QR as SVG from its module matrix.
  'uqr.js': packageFile('uqr', 'dist/index.mjs'),
  // Charts of the dashboard's analytics (loaded only on that page).
  'uplot.js': packageFile('uplot', 'dist/uPlot.esm.js'),
  'uplot.css': packageFile('uplot', 'dist/uPlot.min.css'),
};

const SDK_DIR = fileURLToPath(new URL('../../sdk/src/', import.meta.url));
const SDK_FILES = new Set(['/core.js', '/generated/operations.js']);
const CACHE = 'public, max-age=300';

export const assetRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('./public/', import.meta.url)),
    prefix: '/assets/web/',
    cacheControl: false,
    setHeaders: (reply) => reply.header('cache-control', CACHE),
    schemaHide: true,
  });
  await app.register(fastifyStatic, {
    root: SDK_DIR,
    prefix: '/assets/sdk/',
    decorateReply: false,
    cacheControl: false,
    allowedPath: (pathName) => SDK_FILES.has(pathName),
    setHeaders: (reply) => reply.header('cache-control', CACHE),
    schemaHide: true,
  });
  const vendor = new Map(Object.entries(VENDOR_FILES).map(([name, file]) => [name, readFileSync(file)]));
  app.get<{ Params: { name: string } }>(
    '/assets/vendor/:name',
    { config: { auth: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const body = vendor.get(request.params.name);
      if (!body) return reply.callNotFound();
      const type = request.params.name.endsWith('.css') ? 'text/css' : 'text/javascript';
      return reply.type(`${type}; charset=utf-8`).header('cache-control', 'public, max-age=86400').send(body);
    },
  );
};
