// `hilt payments get|list`: a payment's public status, and the workspace's payments newest first.
import type { Command } from 'commander';
import { type Action, group, intOption } from '../context.ts';
import { amount, dash, printFields, printTable, time, truncate } from '../format.ts';

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
        const page = await run.client().payments.list({
          limit: opts.limit,
          ...(opts.product ? { product_id: opts.product } : {}),
          ...(opts.status ? { status: opts.status.toUpperCase() as never } : {}),
        });
        const rows = page.items;
        run.show(rows, () => {
          if (rows.length === 0) return run.out(opts.status ? `No ${opts.status} payments.` : 'No payments yet.');
          printTable(
            run.out,
            ['ID', 'PRODUCT', 'STATUS', 'AMOUNT', 'PAYER', 'CREATED'],
            rows.map((p) => [
              p.id,
              truncate(p.product_title, 32),
              p.status,
              amount(p.received_minor_units ?? p.amount_minor_units, p.asset_decimals, p.asset_symbol),
              dash(p.payer_wallet),
              time(p.created_at),
            ]),
          );
          if (page.total > rows.length) run.out(`${rows.length} of ${page.total} payments; --limit shows more.`);
        });
      }),
    );
}
