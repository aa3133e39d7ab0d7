// `hilt payments get|list`: a payment's public status, and the workspace's payments newest first.
import type { Command } from 'commander';
import type { Payment, Product } from '../../../sdk/src/index.ts';
import { type Action, type CliClient, group, intOption } from '../context.ts';
import { amount, dash, printFields, printTable, time, truncate } from '../format.ts';

/**
 * The workspace's payments, newest first, across its products (or one product's): the API lists payments per
 * product, so this reads every product's first `limit` payments and merges them.
 */
async function listPayments(
  client: CliClient,
  opts: { product?: string; status?: string; limit: number },
): Promise<{ payment: Payment; product: Product }[]> {
  const products: Product[] = [];
  if (opts.product) products.push(await client.products.get(opts.product));
  else {
    for (let offset = 0; ; offset += 200) {
      const page = await client.products.list({ limit: 200, offset });
      products.push(...page);
      if (page.length < 200) break;
    }
  }
  const rows: { payment: Payment; product: Product }[] = [];
  for (const product of products) {
    const payments = await client.products.listPayments(product.id, {
      limit: opts.limit,
      ...(opts.status ? { status: opts.status as never } : {}),
    });
    for (const payment of payments) rows.push({ payment, product });
  }
  rows.sort((a, b) => b.payment.created_at.localeCompare(a.payment.created_at));
  return rows.slice(0, opts.limit);
}

export function registerPaymentCommands(program: Command, action: Action): void {
  const payments = group(program, 'payments', 'payments: their status, and the list of sales');
  payments
    .command('get')
    .description("a payment's status as its buyer sees it (no login needed)")
    .argument('<payment-id>', 'the payment id')
    .action(
      action(async (run, id: string) => {
        const p = await run.client({ auth: false }).payments.get(id);
        run.show(p, () =>
          printFields(run.out, [
            ['Payment', p.id],
            ['Status', p.status],
            ['Mode', p.livemode ? 'live' : 'sandbox'],
            ['Amount', `${p.amount_minor_units} minor units of ${p.token_mint ?? 'SOL'}`],
            ['Transaction', p.tx_signature],
            ['Confirmed', p.confirmed_at ? time(p.confirmed_at) : null],
            ['Failed', p.failed_at ? `${time(p.failed_at)} (${p.failure_reason ?? 'no reason given'})` : null],
            [
              'Delivery',
              p.delivery_status ? p.delivery_status + (p.delivery_error ? ` (${p.delivery_error})` : '') : null,
            ],
            ['Membership', p.membership_id],
            ['Expires', p.status === 'CONFIRMED' ? null : time(p.expires_at)],
          ]),
        );
      }),
    );

  payments
    .command('list')
    .description('payments of the workspace, newest first')
    .option('--product <id>', 'only this product')
    .option('--status <status>', 'PENDING_SIGNATURE, CONFIRMED, FAILED, EXPIRED, …')
    .option('--limit <n>', 'at most this many', intOption(1, 200), 50)
    .action(
      action(async (run, opts: { product?: string; status?: string; limit: number }) => {
        const rows = await listPayments(run.client(), opts);
        run.show(
          rows.map((r) => r.payment),
          () => {
            if (rows.length === 0) return run.out(opts.status ? `No ${opts.status} payments.` : 'No payments yet.');
            printTable(
              run.out,
              ['ID', 'PRODUCT', 'STATUS', 'AMOUNT', 'PAYER', 'CREATED'],
              rows.map(({ payment: p, product }) => [
                p.id,
                truncate(product.title, 32),
                p.status,
                amount(p.received_minor_units ?? p.amount_minor_units, product.asset_decimals, p.asset_symbol),
                dash(p.payer_wallet),
                time(p.created_at),
              ]),
            );
          },
        );
      }),
    );
}
