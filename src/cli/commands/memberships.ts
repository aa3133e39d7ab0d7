// `hilt memberships …` (also `hilt pay members …`, Hilt's name): who has access until when, lookups, gifts and
// delivery rescue.
import { type Command, CommanderError } from 'commander';
import type { Membership } from '../../../sdk/src/index.ts';
import { type Action, group, intOption, type Run, UsageError } from '../context.ts';
import { dash, printFields, printTable, time, truncate } from '../format.ts';

const memberTable = (run: Run, items: Membership[], empty: string) => {
  if (items.length === 0) return run.out(empty);
  printTable(
    run.out,
    ['ID', 'MEMBER', 'PRODUCT', 'STATUS', 'DELIVERY', 'PERIOD ENDS'],
    items.map((m) => [
      m.id,
      truncate(m.platform_display || m.customer_identity_value, 32),
      truncate(m.product_title, 32),
      m.status,
      m.delivery_status,
      time(m.current_period_end_at),
    ]),
  );
};

export function registerMembershipCommands(parent: Command, action: Action, name: string, alias?: string): void {
  const members = group(parent, name, 'memberships: who has access, until when, and delivery');
  if (alias) members.alias(alias);
  members
    .command('list')
    .description('list memberships')
    .option('--product <id>', 'only this product')
    .option('--status <status>', 'ACTIVE, GRACE_PERIOD, EXPIRED, DELIVERY_FAILED, …')
    .option('--platform <platform>', 'TELEGRAM, DISCORD or CUSTOM')
    .option('--query <text>', 'search identity, wallet or notes')
    .option('--limit <n>', 'at most this many', intOption(1, 200))
    .option('--offset <n>', 'skip this many', intOption(0))
    .action(
      action(
        async (
          run,
          opts: {
            product?: string;
            status?: string;
            platform?: string;
            query?: string;
            limit?: number;
            offset?: number;
          },
        ) => {
          const res = await run.client().memberships.list({
            product_id: opts.product,
            status: opts.status as never,
            platform: opts.platform as never,
            q: opts.query,
            limit: opts.limit,
            offset: opts.offset,
          });
          run.show(res, () => memberTable(run, res.items, 'No memberships.'));
        },
      ),
    );

  members
    .command('lookup')
    .description('find memberships by wallet, buyer identity (e.g. @buyer) or transaction signature')
    .option('--wallet <address>', 'payer wallet')
    .option('--identity <identity>', 'buyer identity, e.g. @buyer or a Discord user id')
    .option('--tx <signature>', 'transaction signature')
    .option('--product <id>', 'only this product')
    .action(
      action(async (run, opts: { wallet?: string; identity?: string; tx?: string; product?: string }) => {
        if (!opts.wallet && !opts.identity && !opts.tx) throw new UsageError('give --wallet, --identity or --tx');
        const res = await run.client().memberships.lookup({
          wallet: opts.wallet,
          identity: opts.identity,
          tx_signature: opts.tx,
          product_id: opts.product,
        });
        run.show(res, () => memberTable(run, res.items, 'No membership matches.'));
      }),
    );

  members
    .command('get')
    .description('one membership with its periods and history')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().memberships.get(id);
        run.show(res, () => {
          const m = res.membership;
          printFields(run.out, [
            ['Membership', m.id],
            ['Member', m.platform_display || m.customer_identity_value],
            ['Identity', `${m.customer_identity_type} ${m.customer_identity_value}`],
            ['Platform', m.platform],
            ['Wallet', m.payer_wallet],
            ['Product', `${m.product_title} (${m.product_id})`],
            ['Status', m.status],
            ['Period', `${time(m.current_period_start_at)} → ${time(m.current_period_end_at)}`],
            ['Grace ends', m.grace_ends_at ? time(m.grace_ends_at) : null],
            ['Delivery', m.delivery_status + (m.delivery_last_error ? ` (${m.delivery_last_error})` : '')],
            ['Renewals', m.renewal_count],
            ['Latest payment', m.latest_payment_id],
            ['Notes', m.notes],
          ]);
          if (res.periods.length) {
            run.out('');
            printTable(
              run.out,
              ['PERIOD START', 'PERIOD END', 'STATUS', 'PAYMENT'],
              res.periods.map((p) => [time(p.period_start_at), time(p.period_end_at), p.status, dash(p.payment_id)]),
            );
          }
          if (res.events.length) {
            run.out('');
            printTable(
              run.out,
              ['TIME', 'EVENT', 'BY'],
              res.events.map((e) => [time(e.created_at), e.event_type, e.actor_type]),
            );
          }
        });
      }),
    );

  members
    .command('gift')
    .description('extend access by some days without a payment')
    .argument('<membership-id>', 'the membership id')
    .requiredOption('--days <n>', 'days to add', intOption(1, 3660))
    .option('--note <text>', 'why (kept in the membership history)')
    .action(
      action(async (run, id: string, opts: { days: number; note?: string }) => {
        const res = await run
          .client()
          .memberships.gift(id, { days: opts.days, ...(opts.note ? { note: opts.note } : {}) });
        run.show(res, () =>
          run.out(
            `Gave ${opts.days} days to membership ${id}: ${res.membership.status} until ${time(res.membership.current_period_end_at)}`,
          ),
        );
      }),
    );

  members
    .command('notes')
    .description("replace a membership's merchant notes")
    .argument('<membership-id>', 'the membership id')
    .argument('<notes>', 'the notes ("" clears them)')
    .action(
      action(async (run, id: string, notes: string) => {
        const res = await run.client().memberships.updateNotes(id, { notes });
        run.show(res, () => run.out(`Notes of membership ${id} saved`));
      }),
    );

  members
    .command('renewal-intelligence')
    .description('memberships expiring soon, and counts per product')
    .option('--window-days <n>', 'look this many days ahead', intOption(1, 365))
    .option('--limit <n>', 'at most this many expiring memberships', intOption(1, 200))
    .action(
      action(async (run, opts: { windowDays?: number; limit?: number }) => {
        const res = await run
          .client()
          .memberships.getRenewalIntelligence({ window_days: opts.windowDays, limit: opts.limit });
        run.show(res, () => {
          const s = res.summary;
          run.out(
            `Next ${s.window_days} days: ${s.expiring_in_window} expiring, ${s.renewals_in_window} renewed; ` +
              `${s.active} active, ${s.in_grace} in grace, ${s.expired} expired, ${s.delivery_failed} delivery failed`,
          );
          if (res.expiring_memberships.length) {
            run.out('');
            printTable(
              run.out,
              ['ID', 'MEMBER', 'PRODUCT', 'STATUS', 'ENDS', 'DAYS LEFT'],
              res.expiring_memberships.map((m) => [
                m.id,
                truncate(m.platform_display || m.customer_identity_value, 32),
                truncate(m.product_title, 32),
                m.status,
                time(m.current_period_end_at),
                String(m.days_left),
              ]),
            );
          }
          if (res.product_reports.length) {
            run.out('');
            printTable(
              run.out,
              ['PRODUCT', 'ACTIVE', 'IN GRACE', 'EXPIRING'],
              res.product_reports.map((p) => [
                truncate(p.product_title, 40),
                String(p.active),
                String(p.in_grace),
                String(p.expiring_in_window),
              ]),
            );
          }
        });
      }),
    );

  members
    .command('retry-delivery')
    .description('push access delivery again now (exit 1 if it fails again)')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().memberships.retryDelivery(id);
        run.show(res, () => {
          const d = res.delivery;
          run.out(`Delivery for membership ${id}: ${d.status}${d.error ? ` (${d.error})` : ''}`);
          if (d.value) run.out(`Access: ${d.value}`);
          if (d.retry_after_seconds) run.out(`Next automatic retry in ${d.retry_after_seconds} s`);
        });
        if (res.delivery.status === 'FAILED') {
          throw new CommanderError(1, 'hilt.deliveryFailed', res.delivery.error ?? 'delivery failed');
        }
      }),
    );

  members
    .command('delivery-diagnostics')
    .description("why a membership's access delivery works or not, check by check")
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().memberships.getDeliveryDiagnostics(id);
        run.show(res, () => {
          run.out(`${res.overall_status}: ${res.summary}`);
          run.out(`Delivery ${res.delivery_status}${res.delivery_last_error ? ` (${res.delivery_last_error})` : ''}`);
          if (res.checks.length) {
            run.out('');
            printTable(
              run.out,
              ['CHECK', 'STATUS', 'DETAIL'],
              res.checks.map((c) => [c.label, c.status, c.detail]),
            );
          }
        });
      }),
    );

  members
    .command('delivery-support-ticket')
    .description('open (or find) the support ticket for a failed delivery')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().memberships.openDeliverySupportTicket(id);
        run.show(res, () =>
          run.out(
            res.created
              ? `Opened support ticket ${res.ticket_id}`
              : `Support ticket ${res.ticket_id} is already open for this membership`,
          ),
        );
      }),
    );
}
