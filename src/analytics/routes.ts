import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { principalOf } from '../http/auth.ts';
import { Nullable, Timestamp, Uuid } from '../http/schemas.ts';
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
        response: { 200: ProductAnalytics },
      },
    },
    async (request) =>
      analytics.productAnalytics(principalOf(request), request.params.product_id, request.query.window_days),
  );
};
