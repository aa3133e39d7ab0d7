// `hilt products …` (also `hilt pay products …`, Hilt's name): list, get, create, update and archive products of
// every type, memberships included.
import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import type { MembershipConfig, Product, ProductCreate, ProductUpdate } from '../../../sdk/src/index.ts';
import { type Action, collect, collectInts, group, intOption, type Run, UsageError } from '../context.ts';
import { amount, printFields, printTable, time, truncate } from '../format.ts';

export const price = (p: Product) =>
  p.amount_minor_units > 0 ? amount(p.amount_minor_units, p.asset_decimals, p.asset_symbol) : `any ${p.asset_symbol}`;

function showProduct(run: Run, p: Product) {
  printFields(run.out, [
    ['Product', p.id],
    ['Title', p.title],
    ['Type', p.product_type],
    ['Status', p.status],
    ['Mode', p.livemode ? 'live' : 'sandbox'],
    ['Price', price(p)],
    ['Payout wallet', p.merchant_wallet],
    ['Delivery', p.delivery_type],
    [
      'Membership',
      p.membership_enabled
        ? `every ${p.membership_billing_interval_days ?? '?'} days (${p.membership_platform ?? 'CUSTOM'}, ${p.membership_renewal_mode ?? 'MANUAL'})`
        : 'no',
    ],
    ['Payments', p.max_payments ? `${p.payment_count} of ${p.max_payments}` : p.payment_count],
    ['Checkout', p.checkout_url],
    ['Created', time(p.created_at)],
    ['Updated', time(p.updated_at)],
  ]);
}

interface ProductFlags {
  title?: string;
  description?: string;
  imageUrl?: string;
  amount?: number;
  tokenMint?: string;
  wallet?: string;
  deliveryType?: string;
  deliveryValue?: string;
  tipPresets?: number[];
  maxPayments?: number;
  status?: string;
  membership?: boolean;
  platform?: string;
  accessMode?: string;
  identityType?: string;
  identityLabel?: string;
  identityRequired?: boolean;
  renewalMode?: string;
  intervalDays?: number;
  graceDays?: number;
  reminders?: number[];
  targetId?: string;
  targetLabel?: string;
  allowMultiple?: boolean;
  settings?: Record<string, unknown>;
  clear?: string[];
  body?: Record<string, unknown>;
}

const jsonObject = (what: string) => (value: string) => {
  const text = value.startsWith('@')
    ? readFileSync(value.slice(1), 'utf8')
    : value === '-'
      ? readFileSync(0, 'utf8')
      : value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError(`${what} must be a JSON object (or @file)`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidArgumentError(`${what} must be a JSON object (or @file)`);
  }
  return parsed as Record<string, unknown>;
};

const upper = (v: string | undefined) => (v === undefined ? undefined : v.toUpperCase());

const CLEARABLE = [
  'description',
  'image_url',
  'max_payments',
  'delivery_value',
  'tip_presets_lamports',
  'membership_config',
];

/** The flags shared by create and update; create adds --type and requires --title and --wallet. */
function productOptions(cmd: Command): Command {
  return cmd
    .option('--title <title>', 'buyer-facing name')
    .option('--description <text>', 'description shown at checkout')
    .option('--image-url <url>', 'cover image')
    .option('--amount <minor-units>', 'price (PAYMENT_LINK) or minimum (TIP_JAR), in minor units', intOption(1))
    .option('--token-mint <mint>', 'pay in this token (the USDC mint); default SOL')
    .option('--wallet <address>', 'Solana payout address (merchant_wallet)')
    .option(
      '--delivery-type <type>',
      'NONE, REDIRECT, DOWNLOAD, TELEGRAM_INVITE, DISCORD_INVITE, DISCORD_ROLE or CUSTOM',
    )
    .option('--delivery-value <value>', 'redirect/download URL, invite link, chat id or guild/role')
    .option('--tip-presets <amounts>', 'TIP_JAR preset amounts in minor units, comma-separated', collectInts)
    .option('--max-payments <n>', 'stop selling after this many payments', intOption(1))
    .option('--membership', 'sell recurring access (a membership); implied by any membership flag')
    .option('--no-membership', 'no membership')
    .option('--platform <platform>', 'membership platform: TELEGRAM, DISCORD or CUSTOM')
    .option('--access-mode <mode>', 'INVITE_LINK, ROLE, REDIRECT or NONE')
    .option('--identity-type <type>', 'TELEGRAM_USER_ID, DISCORD_USER_ID, WALLET, EMAIL or CUSTOM')
    .option('--identity-label <label>', 'what the buyer is asked for, e.g. "Telegram username"')
    .option('--identity-required', 'the buyer must give an identity before paying')
    .option('--renewal-mode <mode>', 'MANUAL (reminders) or ONE_OFF')
    .option('--interval-days <n>', 'billing interval in days', intOption(1, 3660))
    .option('--grace-days <n>', 'grace period after the period ends', intOption(0, 365))
    .option('--reminders <days>', 'renewal reminder offsets in days, comma-separated, e.g. 7,2,1', collectInts)
    .option('--target-id <id>', 'Telegram chat id or Discord guild/role the membership grants')
    .option('--target-label <label>', 'name of that chat or server, for people')
    .option('--allow-multiple', 'a buyer may hold several active memberships of this product')
    .option('--settings <json>', 'membership settings_json object', jsonObject('--settings'))
    .option(
      '--body <json>',
      'raw request body (JSON, @file or - for stdin); flags override its fields',
      jsonObject('--body'),
    );
}

function productBody(opts: ProductFlags): Record<string, unknown> {
  const body: Record<string, unknown> = { ...opts.body };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) body[key] = value;
  };
  set('title', opts.title);
  set('description', opts.description);
  set('image_url', opts.imageUrl);
  set('amount_minor_units', opts.amount);
  set('token_mint', opts.tokenMint);
  set('merchant_wallet', opts.wallet);
  set('delivery_type', upper(opts.deliveryType));
  set('delivery_value', opts.deliveryValue);
  set('tip_presets_lamports', opts.tipPresets);
  set('max_payments', opts.maxPayments);
  set('status', upper(opts.status));

  const config: Partial<Record<keyof MembershipConfig, unknown>> = {
    ...(body.membership_config as Record<string, unknown> | undefined),
  };
  const setConfig = (key: keyof MembershipConfig, value: unknown) => {
    if (value !== undefined) config[key] = value;
  };
  setConfig('platform', upper(opts.platform));
  setConfig('access_mode', upper(opts.accessMode));
  setConfig('identity_type', upper(opts.identityType));
  setConfig('identity_label', opts.identityLabel);
  setConfig('identity_required', opts.identityRequired);
  setConfig('renewal_mode', upper(opts.renewalMode));
  setConfig('billing_interval_days', opts.intervalDays);
  setConfig('grace_period_days', opts.graceDays);
  setConfig('renewal_reminder_offsets_days', opts.reminders);
  setConfig('platform_target_id', opts.targetId);
  setConfig('platform_target_label', opts.targetLabel);
  setConfig('allow_multiple_active', opts.allowMultiple);
  setConfig('settings_json', opts.settings);
  if (opts.membership === false) {
    if (Object.keys(config).length > 0)
      throw new UsageError('--no-membership cannot be combined with membership flags');
    body.membership_config = { enabled: false };
  } else if (opts.membership || Object.keys(config).length > 0) {
    body.membership_config = { enabled: true, ...config };
  }
  for (const field of opts.clear ?? []) {
    if (!CLEARABLE.includes(field)) {
      throw new UsageError(`--clear takes ${CLEARABLE.join(', ')}; "${field}" cannot be cleared`);
    }
    body[field] = null;
  }
  return body;
}

export function registerProductCommands(parent: Command, action: Action): void {
  const products = group(parent, 'products', 'products (payment links, tip jars, memberships)');
  products
    .command('list')
    .description('list products')
    .option('--status <status>', 'ACTIVE, PAUSED or ARCHIVED')
    .option('--type <type>', 'product type, e.g. PAYMENT_LINK')
    .option('--limit <n>', 'at most this many', intOption(1, 200))
    .option('--offset <n>', 'skip this many', intOption(0))
    .action(
      action(async (run, opts: { status?: string; type?: string; limit?: number; offset?: number }) => {
        const rows = await run.client().products.list({
          status: opts.status as never,
          product_type: opts.type as never,
          limit: opts.limit,
          offset: opts.offset,
        });
        run.show(rows, () => {
          if (rows.length === 0) return run.out(opts.status ? `No ${opts.status} products.` : 'No products yet.');
          printTable(
            run.out,
            ['ID', 'TITLE', 'TYPE', 'STATUS', 'PRICE', 'PAYMENTS', 'SLUG'],
            rows.map((p) => [
              p.id,
              truncate(p.title, 40),
              p.product_type,
              p.status,
              price(p),
              String(p.payment_count),
              p.slug,
            ]),
          );
        });
      }),
    );

  products
    .command('get')
    .description('one product')
    .argument('<product-id>', 'the product id')
    .action(
      action(async (run, id: string) => {
        const p = await run.client().products.get(id);
        run.show(p, () => showProduct(run, p));
      }),
    );

  productOptions(
    products
      .command('create')
      .description('create a product: a payment link, a tip jar, or either one selling a membership')
      .option(
        '--type <type>',
        'PAYMENT_LINK (fixed price) or TIP_JAR (buyer chooses, at least --amount)',
        'PAYMENT_LINK',
      ),
  )
    .option('--idempotency-key <key>', 'send Idempotency-Key: a retry with the same key creates nothing new')
    .action(
      action(async (run, opts: ProductFlags & { type: string; idempotencyKey?: string }) => {
        const body: Record<string, unknown> = { product_type: opts.type.toUpperCase(), ...productBody(opts) };
        if (!body.title) throw new UsageError('--title is required');
        if (!body.merchant_wallet) throw new UsageError('--wallet (the payout address) is required');
        const p = await run
          .client()
          .products.create(body as ProductCreate, opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : {});
        run.show(p, () => {
          run.out(
            `Created ${p.livemode ? 'live' : 'sandbox'} product ${p.id} "${p.title}" (${p.product_type}, ${price(p)})`,
          );
          run.out(`Checkout: ${p.checkout_url}`);
          if (p.membership_enabled) {
            run.out(
              `Membership: every ${p.membership_billing_interval_days} days on ${p.membership_platform ?? 'CUSTOM'}`,
            );
          }
        });
      }),
    );

  productOptions(
    products
      .command('update')
      .description('change a product; fields not given are left as they are')
      .argument('<product-id>', 'the product id')
      .option('--status <status>', 'ACTIVE or PAUSED (archive with `archive`)')
      .option('--clear <fields>', `set to null: ${CLEARABLE.join(', ')}`, collect),
  ).action(
    action(async (run, id: string, opts: ProductFlags) => {
      const body = productBody(opts);
      if (Object.keys(body).length === 0) throw new UsageError('nothing to change: give at least one flag');
      const p = await run.client().products.update(id, body as ProductUpdate);
      run.show(p, () => {
        run.out(`Updated product ${p.id} "${p.title}"`);
        showProduct(run, p);
      });
    }),
  );

  products
    .command('archive')
    .description('archive a product: its checkout stops selling')
    .argument('<product-id>', 'the product id')
    .action(
      action(async (run, id: string) => {
        const p = await run.client().products.archive(id);
        run.show(p, () => run.out(`Archived product ${p.id} "${p.title}" (status ${p.status})`));
      }),
    );
}
