// `hilt webhooks …`: endpoints, deliveries, the event log, and `listen`, which forwards events to a local server.
import type { Command } from 'commander';
import { CommanderError } from 'commander';
import type { WebhookDelivery } from '../../../sdk/src/index.ts';
import { type Action, collect, group, intOption, UsageError } from '../context.ts';
import { dash, printTable, time, truncate } from '../format.ts';
import { listenForEvents } from './webhooks-listen.ts';

const deliverySummary = (ds: WebhookDelivery[]) => {
  if (ds.length === 0) return '-';
  const counts = new Map<string, number>();
  for (const d of ds) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
};

export function registerWebhookCommands(program: Command, action: Action): void {
  const webhooks = group(program, 'webhooks', 'outbound webhook endpoints, deliveries and events');
  webhooks
    .command('list')
    .description('list webhook endpoints')
    .action(
      action(async (run) => {
        const res = await run.client().webhooks.listEndpoints();
        run.show(res, () => {
          if (res.endpoints.length === 0) {
            return run.out('No webhook endpoints. Add one with `hilt webhooks create --label L --url URL`.');
          }
          printTable(
            run.out,
            ['ID', 'LABEL', 'STATUS', 'EVENTS', 'FAILURES', 'URL'],
            res.endpoints.map((e) => [
              e.id,
              truncate(e.label, 30),
              e.status,
              e.subscribed_events.length ? e.subscribed_events.join(',') : 'all',
              String(e.consecutive_failures),
              e.url,
            ]),
          );
        });
      }),
    );

  webhooks
    .command('create')
    .description('add a webhook endpoint; its signing secret is shown once')
    .requiredOption('--label <label>', 'a name for the endpoint')
    .requiredOption('--url <url>', 'where events are POSTed (https)')
    .option('--event <type>', 'an event type to subscribe to; repeat or comma-separate (default: all)', collect)
    .option('--product <id>', 'only events of this product; repeat or comma-separate', collect)
    .action(
      action(async (run, opts: { label: string; url: string; event?: string[]; product?: string[] }) => {
        const res = await run.client().webhooks.createEndpoint({
          label: opts.label,
          url: opts.url,
          ...(opts.event ? { subscribed_events: opts.event } : {}),
          ...(opts.product ? { product_ids: opts.product } : {}),
        });
        run.show(res, () => {
          const e = res.endpoint;
          run.out(`Created endpoint ${e.id} "${e.label}" → ${e.url}`);
          run.out(`Events: ${e.subscribed_events.length ? e.subscribed_events.join(', ') : 'all'}`);
          run.out(`Signing secret (shown once): ${res.signing_secret}`);
        });
      }),
    );

  webhooks
    .command('disable')
    .description('stop deliveries to an endpoint (it is kept with its history)')
    .argument('<endpoint-id>', 'the endpoint id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().webhooks.disableEndpoint(id);
        run.show(res, () => run.out(`Endpoint ${id} is ${res.endpoint.status}`));
      }),
    );

  webhooks
    .command('test')
    .description('send one signed test event to an endpoint now and show its answer (exit 1 if not delivered)')
    .argument('<endpoint-id>', 'the endpoint id')
    .option('--event <type>', 'event type to send', 'payment.confirmed')
    .action(
      action(async (run, id: string, opts: { event: string }) => {
        const res = await run.client().webhooks.sendTestEvent(id, opts.event);
        run.show(res, () => {
          const r = res.result;
          const answer = r.status_code ? `HTTP ${r.status_code}` : 'no answer';
          run.out(
            res.delivered
              ? `Delivered test ${opts.event} to ${res.delivery.url}: ${answer} in ${r.duration_ms} ms (delivery ${res.delivery.id})`
              : `Test ${opts.event} to ${res.delivery.url} failed: ${answer}${r.error ? ` (${r.error})` : ''} (delivery ${res.delivery.id})`,
          );
        });
        if (!res.delivered) throw new CommanderError(1, 'hilt.webhookTestFailed', 'test delivery failed');
      }),
    );

  webhooks
    .command('deliveries')
    .description('list webhook deliveries, newest first')
    .option('--status <status>', 'pending, delivered, failed or dead_letter')
    .option('--endpoint <id>', 'only this endpoint')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(async (run, opts: { status?: string; endpoint?: string; page?: number; perPage?: number }) => {
        const res = await run.client().webhooks.listDeliveries({
          status: opts.status as never,
          endpoint_id: opts.endpoint,
          page: opts.page,
          per_page: opts.perPage,
        });
        run.show(res, () => {
          if (res.deliveries.length === 0) {
            return run.out(opts.status ? `No ${opts.status} deliveries.` : 'No webhook deliveries yet.');
          }
          printTable(
            run.out,
            ['ID', 'EVENT', 'STATUS', 'ATTEMPTS', 'HTTP', 'ENDPOINT', 'CREATED', 'ERROR'],
            res.deliveries.map((d) => [
              String(d.id),
              d.event_type + (d.test ? ' (test)' : ''),
              d.status,
              String(d.attempt_count),
              dash(d.response_status),
              truncate(d.endpoint_label, 24),
              time(d.created_at),
              truncate(d.last_error ?? '', 50),
            ]),
          );
          run.out(`Page ${res.page}: ${res.deliveries.length} of ${res.total}`);
        });
      }),
    );

  webhooks
    .command('replay')
    .description('send a finished (delivered, failed or dead-lettered) delivery again')
    .argument('<delivery-id>', 'the delivery id', intOption(1))
    .action(
      action(async (run, id: number) => {
        const res = await run.client().webhooks.replayDelivery(id);
        run.show(res, () =>
          run.out(
            `Delivery ${id} (${res.delivery.event_type}) queued again to ${res.delivery.url}: ${res.delivery.status}`,
          ),
        );
      }),
    );

  webhooks
    .command('events')
    .description('list events recorded for the workspace, with their deliveries')
    .option('--type <type>', 'only this event type, e.g. receipt.created')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(async (run, opts: { type?: string; page?: number; perPage?: number }) => {
        const res = await run.client().webhooks.listEvents({
          event_type: opts.type,
          page: opts.page,
          per_page: opts.perPage,
        });
        run.show(res, () => {
          if (res.events.length === 0) return run.out(opts.type ? `No ${opts.type} events.` : 'No events yet.');
          printTable(
            run.out,
            ['ID', 'TYPE', 'CREATED', 'DELIVERIES'],
            res.events.map((e) => [e.id, e.event_type, time(e.created_at), deliverySummary(e.deliveries)]),
          );
          run.out(`Page ${res.page}: ${res.events.length} of ${res.total}`);
        });
      }),
    );

  webhooks
    .command('timeline')
    .description("a payment's or membership's events in order, with their deliveries")
    .option('--payment <id>', 'payment id')
    .option('--membership <id>', 'membership id')
    .option('--limit <n>', 'at most this many events', intOption(1, 500))
    .action(
      action(async (run, opts: { payment?: string; membership?: string; limit?: number }) => {
        if (!opts.payment && !opts.membership) throw new UsageError('give --payment <id> or --membership <id>');
        const res = await run.client().webhooks.getTimeline({
          payment_id: opts.payment,
          membership_id: opts.membership,
          limit: opts.limit,
        });
        run.show(res, () => {
          if (res.timeline.length === 0) return run.out('No events for it.');
          printTable(
            run.out,
            ['TIME', 'EVENT', 'DELIVERIES', 'ID'],
            res.timeline.map((e) => [time(e.created_at), e.event_type, deliverySummary(e.deliveries), e.id]),
          );
        });
      }),
    );

  webhooks
    .command('listen')
    .description(
      'forward events to a local server: through a temporary endpoint (its signing secret is printed), or by polling the event log and signing each event with a local secret',
    )
    .requiredOption('--forward-to <url>', 'where to POST each event, e.g. http://localhost:3000/webhooks')
    .option('--event <type>', 'only these event types; repeat or comma-separate (default: all)', collect)
    .option('--product <id>', 'only events of these products; repeat or comma-separate', collect)
    .option('--poll', 'poll the event log instead of registering a temporary endpoint')
    .option('--interval <seconds>', 'polling interval', intOption(1, 3600), 2)
    .option('--secret <whsec>', 'with --poll: sign forwarded events with this secret (default: a new one)')
    .option('--host <host>', 'interface the temporary endpoint listens on', '127.0.0.1')
    .option('--port <port>', 'port the temporary endpoint listens on (default: any free port)', intOption(0, 65535), 0)
    .option('--public-url <url>', 'the URL the server reaches the listener at (a tunnel), if not http://HOST:PORT/')
    .option('--max-events <n>', 'stop after forwarding this many events', intOption(1))
    .action(
      action(
        async (
          run,
          opts: {
            forwardTo: string;
            event?: string[];
            product?: string[];
            poll?: boolean;
            interval: number;
            secret?: string;
            host: string;
            port: number;
            publicUrl?: string;
            maxEvents?: number;
          },
        ) => {
          let forwardTo: URL;
          try {
            forwardTo = new URL(opts.forwardTo);
          } catch {
            throw new UsageError(`--forward-to "${opts.forwardTo}" is not a URL`);
          }
          await listenForEvents(run, { ...opts, forwardTo });
        },
      ),
    );
}
