// `hilt testing scenarios|run|list|get`: scenarios that send signed test webhooks with fake ids.
import type { Command } from 'commander';
import type { TestingSession } from '../../../sdk/src/index.ts';
import { type Action, group, intOption } from '../context.ts';
import { printFields, printTable, time } from '../format.ts';

const sessionFields = (s: TestingSession): [string, string | number | null][] => [
  ['Session', s.id],
  ['Scenario', s.scenario],
  ['Status', s.status],
  ['Mode', s.livemode ? 'live' : 'sandbox'],
  ['Product', s.product_id],
  ['Fake payment', s.fake_payment_id],
  ['Fake membership', s.fake_membership_id],
  ['Fake receipt', s.fake_receipt_id],
  ['Fake ticket', s.fake_support_ticket_id],
  ['Events', s.event_count],
  ['Deliveries', s.delivery_count],
  ['Created', time(s.created_at)],
];

export function registerTestingCommands(program: Command, action: Action): void {
  const testing = group(
    program,
    'testing',
    'scenarios that send signed test webhooks with fake ids (nothing on chain)',
  );
  testing
    .command('scenarios')
    .description('list the scenarios')
    .action(
      action(async (run) => {
        const res = await run.client().testing.listScenarios();
        run.show(res, () =>
          printTable(
            run.out,
            ['ID', 'EVENTS', 'TITLE'],
            res.scenarios.map((s) => [s.id, s.events.join(','), s.title]),
          ),
        );
      }),
    );

  testing
    .command('run')
    .description("run a scenario: its events go to the workspace's webhook endpoints")
    .requiredOption('--scenario <id>', 'scenario id (see `hilt testing scenarios`)')
    .option('--product <id>', 'tell the story about this product')
    .option('--amount <minor-units>', 'amount in minor units', intOption(1))
    .option('--wallet <address>', 'payer wallet to put in the events')
    .option('--identity <display>', 'buyer identity to put in the events, e.g. @buyer')
    .action(
      action(
        async (
          run,
          opts: { scenario: string; product?: string; amount?: number; wallet?: string; identity?: string },
        ) => {
          const res = await run.client().testing.createSession({
            scenario: opts.scenario,
            ...(opts.product ? { product_id: opts.product } : {}),
            ...(opts.amount ? { amount_minor_units: opts.amount } : {}),
            ...(opts.wallet ? { payer_wallet: opts.wallet } : {}),
            ...(opts.identity ? { identity_display: opts.identity } : {}),
          });
          run.show(res, () => {
            run.out(
              `Ran ${res.session.scenario}: ${res.emitted_events.length} events, ${res.delivery_results.length} deliveries queued`,
            );
            printFields(run.out, sessionFields(res.session));
            if (res.emitted_events.length) {
              run.out('');
              printTable(
                run.out,
                ['EVENT', 'ID', 'DELIVERIES'],
                res.emitted_events.map((e) => {
                  const ds = res.delivery_results.filter((d) => d.event_id === e.id);
                  return [e.type, e.id, ds.length ? ds.map((d) => `${d.delivery_id}:${d.status}`).join(' ') : '-'];
                }),
              );
            }
            if (res.delivery_results.length === 0) {
              run.out('No endpoint matched: add one with `hilt webhooks create` to receive these events.');
            }
          });
        },
      ),
    );

  testing
    .command('list')
    .description('list scenario runs, newest first')
    .option('--limit <n>', 'at most this many', intOption(1, 100))
    .action(
      action(async (run, opts: { limit?: number }) => {
        const res = await run.client().testing.listSessions(opts.limit ? { limit: opts.limit } : undefined);
        run.show(res, () => {
          if (res.sessions.length === 0) return run.out('No scenario runs yet. Try `hilt testing run --scenario …`.');
          printTable(
            run.out,
            ['ID', 'SCENARIO', 'STATUS', 'EVENTS', 'DELIVERIES', 'CREATED'],
            res.sessions.map((s) => [
              s.id,
              s.scenario,
              s.status,
              String(s.event_count),
              String(s.delivery_count),
              time(s.created_at),
            ]),
          );
        });
      }),
    );

  testing
    .command('get')
    .description('one scenario run with its timeline')
    .argument('<session-id>', 'the session id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().testing.getSession(id);
        run.show(res, () => {
          printFields(run.out, sessionFields(res.session));
          if (res.session.timeline.length) {
            run.out('');
            printTable(
              run.out,
              ['TIME', 'EVENT', 'ID'],
              res.session.timeline.map((e) => [time(e.created_at), e.type, e.id]),
            );
          }
        });
      }),
    );
}
