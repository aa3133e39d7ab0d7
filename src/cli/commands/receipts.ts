// `hilt receipts …` (also `hilt pay receipts …`): list, get, send-proof, and `verify`, which checks a receipt's
// SHA-256 hash and Ed25519 signature with nothing but a public key, from a file or fetched by id.
import { existsSync, readFileSync } from 'node:fs';
import { type Command, CommanderError } from 'commander';
import { checkReceiptProof, type ProofCheck } from '../../receipt/proof.ts';
import { type Action, group, intOption, type Run } from '../context.ts';
import { dash, printFields, printTable, time, truncate } from '../format.ts';

interface ReceiptDocument {
  receipt_id?: string;
  receipt_json: unknown;
  receipt_hash: string;
  ed25519_sig: string;
  keys?: { key_id: string; public_key: string }[];
  verification?: { key_id?: string | null; public_key?: string | null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A file is checked offline (its own key listing, or --public-key; --url to fetch the keys); a receipt id is fetched
 * from --url, or else the server of the saved login, with its public keys.
 */
async function verifyReceipt(
  run: Run,
  target: string,
  opts: { publicKey?: string; url?: string },
): Promise<{ ok: boolean; check: ProofCheck | null; message: string }> {
  let doc: ReceiptDocument;
  let server: string | undefined = opts.url;
  if (existsSync(target)) {
    try {
      doc = JSON.parse(readFileSync(target, 'utf8')) as ReceiptDocument;
    } catch {
      return { ok: false, check: null, message: `${target} is not a JSON file` };
    }
  } else if (UUID.test(target)) {
    server ??= run.connection().apiUrl;
    doc = await run.client({ auth: false, apiUrl: server }).receipts.getPublic(target);
  } else {
    return { ok: false, check: null, message: `${target} is neither a file nor a receipt id` };
  }
  if (!doc || typeof doc !== 'object' || !doc.receipt_json || !doc.receipt_hash || !doc.ed25519_sig) {
    return { ok: false, check: null, message: 'The file holds no receipt_json, receipt_hash and ed25519_sig' };
  }
  let body: { key_id?: string; receipt_id?: string };
  try {
    body = (typeof doc.receipt_json === 'string' ? JSON.parse(doc.receipt_json) : doc.receipt_json) as typeof body;
  } catch {
    return { ok: false, check: null, message: 'receipt_json is not valid JSON' };
  }
  const keyId = body.key_id ?? '';
  const keys = new Map<string, string>();
  if (opts.publicKey) keys.set(keyId, opts.publicKey);
  else {
    for (const k of doc.keys ?? []) keys.set(k.key_id, k.public_key);
    if (doc.verification?.key_id && doc.verification.public_key) {
      keys.set(doc.verification.key_id, doc.verification.public_key);
    }
    if (!keys.has(keyId) && server) {
      const listing = await run.client({ auth: false, apiUrl: server }).receipts.listPublicKeys();
      for (const k of listing.keys) keys.set(k.key_id, k.public_key);
    }
  }
  if (!keys.has(keyId)) {
    return {
      ok: false,
      check: null,
      message: `No public key for key_id ${keyId || '(none)'}: pass --public-key <base58> or --url <server>`,
    };
  }
  const check = checkReceiptProof(doc, keys);
  const id = doc.receipt_id ?? body.receipt_id ?? 'receipt';
  return check.valid
    ? {
        ok: true,
        check,
        message: `Receipt ${id} is valid: SHA-256 ${check.computed_hash} signed by key ${check.key_id} (Ed25519)`,
      }
    : { ok: false, check, message: `Receipt ${id} is NOT valid: ${check.problems.join('; ')}` };
}

export function registerReceiptCommands(parent: Command, action: Action): void {
  const receipts = group(parent, 'receipts', 'signed payment receipts');
  receipts
    .command('verify')
    .description('check a receipt: its SHA-256 hash and Ed25519 signature, with only the public key')
    .argument('<file-or-id>', 'a receipt JSON file as the API returns it, or a receipt id to fetch from the server')
    .option('--public-key <base58>', "the signing key (default: the file's key listing, or the server's keys)")
    .option('--url <base>', 'the Hilt server to fetch the receipt or its public keys from (default: the saved login)')
    .action(
      action(async (run, target: string, opts: { publicKey?: string; url?: string }) => {
        const result = await verifyReceipt(run, target, opts);
        if (run.json) run.out(JSON.stringify({ valid: result.ok, message: result.message, ...(result.check ?? {}) }));
        else if (result.ok) run.out(result.message);
        if (!result.ok) {
          if (!run.json) run.err(result.message);
          throw new CommanderError(1, 'hilt.receiptInvalid', result.message);
        }
      }),
    );

  receipts
    .command('list')
    .description('list receipts, newest first')
    .option('--product <id>', 'only this product')
    .option('--query <text>', 'search invoice number, customer, transaction…')
    .option('--wallet <address>', 'only this payer wallet')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(
        async (run, opts: { product?: string; query?: string; wallet?: string; page?: number; perPage?: number }) => {
          const res = await run.client().receipts.list({
            product_id: opts.product,
            q: opts.query,
            wallet: opts.wallet,
            page: opts.page,
            per_page: opts.perPage,
          });
          run.show(res, () => {
            if (res.receipts.length === 0) return run.out('No receipts.');
            printTable(
              run.out,
              ['RECEIPT', 'PRODUCT', 'AMOUNT', 'PAYER', 'INVOICE', 'CREATED'],
              res.receipts.map((r) => [
                r.receipt_id,
                truncate(r.product_title ?? '-', 32),
                dash(r.amount_display),
                dash(r.payer_wallet),
                dash(r.invoice_number),
                time(r.created_at),
              ]),
            );
            run.out(`Page ${res.page}: ${res.receipts.length} of ${res.total}`);
          });
        },
      ),
    );

  receipts
    .command('get')
    .description('one receipt')
    .argument('<receipt-id>', 'the receipt id')
    .action(
      action(async (run, id: string) => {
        const r = await run.client().receipts.get(id);
        run.show(r, () =>
          printFields(run.out, [
            ['Receipt', r.receipt_id],
            ['Product', r.product_title],
            ['Amount', r.amount_display],
            ['Payer', r.payer_wallet],
            ['Merchant', r.merchant_wallet],
            ['Transaction', r.tx_sig],
            ['Payment', r.payment_id],
            ['Invoice', r.invoice_metadata.invoice_number],
            ['Customer email', r.invoice_metadata.customer_email],
            ['Hash', r.receipt_hash],
            ['Signing key', r.key_id],
            ['Verify', r.verify_url],
            ['PDF', r.pdf_url],
            ['Created', time(r.created_at)],
          ]),
        );
      }),
    );

  receipts
    .command('send-proof')
    .description('email the proof of payment (verify link and PDF) to someone')
    .argument('<receipt-id>', 'the receipt id')
    .option('--email <email>', "recipient (default: the buyer's email on file)")
    .option('--note <text>', 'a note to include')
    .action(
      action(async (run, id: string, opts: { email?: string; note?: string }) => {
        const body = { ...(opts.email ? { email: opts.email } : {}), ...(opts.note ? { note: opts.note } : {}) };
        const res = (await run.client().receipts.sendProof(id, body as never)) as Record<string, unknown>;
        run.show(res, () => {
          const to = typeof res.email === 'string' ? res.email : (opts.email ?? "the buyer's email");
          // The server queues the mail (202 "queued") and its job retries a failing mail server.
          run.out(
            res.status === 'queued' || res.sent === true
              ? `Proof of receipt ${id} is on its way to ${to}`
              : `Proof of receipt ${id} was not sent`,
          );
        });
        if (res.status !== 'queued' && res.sent !== true) {
          throw new CommanderError(1, 'hilt.proofNotSent', 'proof not sent');
        }
      }),
    );
}
