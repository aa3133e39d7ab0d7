import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { errorResponses, Nullable, Ref, Timestamp, Uuid } from '../http/schemas.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import type { AnalyticsService } from './service.ts';

const Int = Type.Integer();

export const FunnelDay = Type.Object({
  date: Type.String({ format: 'date' }),
  opens: Int,
  connects: Int,
  confirmed: Int,
  failed: Int,
  gross_minor_units: Int,
  net_minor_units: Int,
  fee_minor_units: Int,
});

export const ProductAnalytics = Type.Object(
  {
    product_id: Uuid(),
    merchant_id: Uuid(),
    merchant_name: Nullable(Type.String()),
    merchant_email: Nullable(Type.String()),
    product_title: Type.String(),
    product_slug: Type.String(),
    product_type: Type.String(),
    status: Type.String(),
    livemode: Type.Boolean(),
    token_mint: Nullable(Type.String()),
    asset_symbol: Type.String(),
    asset_decimals: Int,
    window_days: Int,
    checkout_opens: Int,
    checkout_connects: Int,
    checkout_confirmed: Int,
    checkout_failed: Int,
    pending_checkouts: Int,
    confirmed_payment_count: Int,
    gross_minor_units: Int,
    net_minor_units: Int,
    fee_minor_units: Int,
    connect_rate_pct: Type.Number(),
    confirm_rate_pct: Type.Number(),
    completion_rate_pct: Type.Number(),
    latest_payment_at: Nullable(Timestamp()),
    last_payment_at: Nullable(Timestamp()),
    confirmed_count: Int,
    failed_count: Int,
    pending_count: Int,
    total_volume_lamports: Int,
    total_fees_lamports: Int,
    funnel_daily: Type.Array(FunnelDay),
    generated_at: Timestamp(),
  },
  { $id: 'ProductAnalytics', title: 'ProductAnalyticsResponse' },
);

const AssetSummary = Type.Object(
  {
    token_mint: Nullable(Type.String({ description: 'null for SOL' })),
    asset_symbol: Type.String(),
    asset_decimals: Int,
    confirmed_payments: Int,
    gross_minor_units: Int,
    net_minor_units: Int,
    fee_minor_units: Int,
  },
  { $id: 'AssetSummary', title: 'AssetSummary' },
);

export const AccountSummary = Type.Object(
  {
    active_templates: Int,
    paying_members: Int,
    renewals_due: Int,
    open_support_threads: Int,
    receipts_issued: Int,
    total_confirmed_payments: Int,
    confirmed_payments_today: Int,
    overall_assets: Type.Array(Ref(AssetSummary)),
    today_assets: Type.Array(Ref(AssetSummary)),
  },
  { $id: 'AccountSummary', title: 'AccountSummaryResponse' },
);

const AccountAnalytics = Type.Object(
  {
    summary: Ref(AccountSummary),
    window_days: Int,
    daily_days: Int,
    window_assets: Type.Array(Ref(AssetSummary)),
    funnel_daily: Type.Array(
      Type.Object({ date: Type.String({ format: 'date' }), opens: Int, connects: Int, confirmed: Int, failed: Int }),
    ),
    revenue_trend_daily: Type.Array(
      Type.Object({
        date: Type.String({ format: 'date' }),
        token_mint: Nullable(Type.String()),
        asset_symbol: Type.String(),
        asset_decimals: Int,
        confirmed_payments: Int,
        gross_minor_units: Int,
        net_minor_units: Int,
        fee_minor_units: Int,
      }),
    ),
    product_reports: Type.Array(
      Type.Object({
        product_id: Uuid(),
        product_title: Type.String(),
        product_slug: Type.String(),
        status: Type.String(),
        token_mint: Nullable(Type.String()),
        asset_symbol: Type.String(),
        asset_decimals: Int,
        checkout_opens: Int,
        checkout_connects: Int,
        confirmed_payments: Int,
        failed_payments: Int,
        gross_minor_units: Int,
        net_minor_units: Int,
        fee_minor_units: Int,
        confirm_rate_pct: Type.Number(),
      }),
    ),
    attention_items: Type.Array(
      Type.Object({ kind: Type.String(), severity: Type.String(), count: Int, title: Type.String() }),
    ),
    expiring_memberships: Type.Array(
      Type.Object({
        membership_id: Uuid(),
        product_id: Uuid(),
        product_title: Type.String(),
        platform: Type.String(),
        platform_display: Type.String(),
        identity: Type.String(),
        status: Type.String(),
        current_period_end_at: Timestamp(),
      }),
    ),
    range_start_date: Type.String({ format: 'date' }),
    range_end_date: Type.String({ format: 'date' }),
    generated_at: Timestamp(),
  },
  { $id: 'AccountAnalytics', title: 'AccountAnalyticsResponse' },
);

export const ANALYTICS_SCHEMAS = [AssetSummary, AccountSummary];

export const analyticsRoutes: FastifyPluginAsyncTypebox<{ analytics: AnalyticsService }> = async (
  app,
  { analytics },
) => {
  app.get(
    '/v1/products/:product_id/analytics',
    {
      config: { auth: 'read' },
      schema: {
        tags: ['products'],
        operationId: 'getProductAnalytics',
        summary: 'Checkout funnel (opens → connects → confirmed), revenue per day and totals for one product',
        description: 'Windowed figures cover the last window_days UTC days, today included; totals cover all time.',
        params: Type.Object({ product_id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ window_days: Type.Integer({ minimum: 1, maximum: 365, default: 30 }) }),
        response: { 200: ProductAnalytics, ...errorResponses(ProductNotFoundError) },
      },
    },
    async (request) =>
      analytics.productAnalytics(principalOf(request), request.params.product_id, request.query.window_days),
  );

  app.get(
    '/v1/account/summary',
    {
      config: { auth: 'read' },
      schema: {
        tags: ['account'],
        operationId: 'getAccountSummary',
        summary: 'Workspace overview: live products, members, renewals, support, receipts and takings per asset',
        description: 'Assets are reported apart (SOL and USDC are never summed). Figures are for the caller’s mode.',
        response: { 200: Ref(AccountSummary) },
      },
    },
    async (request) => analytics.accountSummary(principalOf(request)),
  );

  app.get(
    '/v1/account/analytics',
    {
      config: { auth: 'read' },
      schema: {
        tags: ['account'],
        operationId: 'getAccountAnalytics',
        summary: 'Workspace analytics: funnel and revenue per day, per-product reports, items needing attention',
        querystring: Type.Object({
          window_days: Type.Integer({ minimum: 7, maximum: 90, default: 30 }),
          daily_days: Type.Integer({ minimum: 3, maximum: 30, default: 14 }),
        }),
        response: { 200: AccountAnalytics },
      },
    },
    async (request) =>
      analytics.accountAnalytics(principalOf(request), request.query.window_days, request.query.daily_days),
  );
};
