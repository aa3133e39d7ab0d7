// Agent bootstrap: an AI agent, with no account, asks for a sandbox (its own sandbox workspace and key, a one-time
// setup token), submits a manifest of what it wants to sell, and a signed-in owner approves it, which issues a
// live key in the owner's workspace. Live keys are never handed out without that approval.
import type { Principal, Scope } from '../auth/principal.ts';
import type { AuthService } from '../auth/service.ts';
import type { ApiKeyService } from '../api-key/service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import {
  AgentPermissionsUnsupportedError,
  InvalidSetupTokenError,
  OwnerConfirmationRequiredError,
  PermissionNotRequestedError,
  SandboxWorkspaceUnavailableError,
  SetupIntentExpiredError,
  SetupIntentNotFoundError,
  SetupIntentNotPendingError,
} from './errors.ts';
import { isSolanaAddress, randomToken, safeEqual, sha256Hex } from '../lib/crypto.ts';
import { AVAILABLE_RAILS } from './rails.ts';
import * as repo from './repository.ts';
import type { SetupIntentRow } from './repository.ts';
import type { Static } from 'typebox';
import type { AgentBootstrapCreate, AgentSetupApprove } from './schemas.ts';

type Json = Record<string, unknown>;

/** Hilt's Pay API permissions and the key scopes that carry them here. */
export const ACCESS_PERMISSIONS: Record<string, Scope> = {
  'access:read': 'read',
  'access:write': 'execute',
  'access:webhooks': 'admin',
};

interface Finding {
  code: string;
  message: string;
  severity: 'info' | 'warning' | 'error' | 'blocker';
  action?: string;
}

function scopesOf(permissions: string[]): Scope[] {
  const unknown = permissions.filter((p) => !(p in ACCESS_PERMISSIONS));
  if (unknown.length > 0) {
    throw new AgentPermissionsUnsupportedError(
      `Unsupported permissions: ${unknown.join(', ')} (allowed: ${Object.keys(ACCESS_PERMISSIONS).join(', ')})`,
    );
  }
  return [...new Set(permissions.map((p) => ACCESS_PERMISSIONS[p]))];
}

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Rule-based review of what the agent intends to sell: what blocks the sandbox, what blocks going live. */
export function evaluateManifest(manifest: Json, ctx: { approved: boolean; platformFeeBps: number }) {
  const blockers: Finding[] = [];
  const warnings: Finding[] = [];
  const liveBlockers: Finding[] = [];
  const app = obj(manifest.app);
  const product = obj(manifest.product);
  const protocol = (manifest.payment_protocol as string | undefined) ?? 'x402';
  const rail = (manifest.settlement_rail as string | undefined) ?? (product.default_rail as string) ?? 'solana_usdc';
  if (Object.keys(product).length === 0) {
    blockers.push({ code: 'product_missing', message: 'The manifest names no product', severity: 'blocker' });
  }
  const amount = product.amount_minor_units;
  if (!(typeof amount === 'number' && Number.isInteger(amount) && amount > 0)) {
    blockers.push({
      code: 'product_amount_invalid',
      message: 'product.amount_minor_units must be a positive integer (USDC base units or lamports)',
      severity: 'blocker',
    });
  }
  if (protocol !== 'x402' && protocol !== 'hosted_checkout') {
    blockers.push({
      code: 'payment_protocol_unsupported',
      message: `payment_protocol ${protocol} is not offered; use x402 or hosted_checkout`,
      severity: 'blocker',
    });
  }
  if (!(AVAILABLE_RAILS as readonly string[]).includes(rail)) {
    blockers.push({
      code: 'settlement_rail_unsupported',
      message: `Rail ${rail} is not available here; use solana_usdc or solana_sol`,
      severity: 'blocker',
    });
  } else if (protocol === 'x402' && rail !== 'solana_usdc') {
    blockers.push({ code: 'x402_requires_usdc', message: 'x402 settles in USDC (solana_usdc)', severity: 'blocker' });
  }
  if (product.renewal_mode === 'solana_native_subscription') {
    blockers.push({
      code: 'native_subscriptions_not_supported',
      message: 'Native subscriptions need Hilt’s on-chain program; use billing_model recurring with renewal_mode none',
      severity: 'blocker',
    });
  }
  if (!app.name) warnings.push({ code: 'app_name_missing', message: 'The manifest names no app', severity: 'warning' });
  const webhook = obj(manifest.webhook);
  if (!webhook.url) {
    warnings.push({
      code: 'webhook_missing',
      message: 'No webhook: the agent will not hear about access.entitlement.activated',
      severity: 'warning',
      action: 'POST /v1/access/webhooks',
    });
  } else if (!String(webhook.url).startsWith('https://')) {
    liveBlockers.push({ code: 'webhook_not_https', message: 'A live webhook must use https', severity: 'blocker' });
  }
  if (!obj(manifest.protected_resource).url) {
    warnings.push({ code: 'protected_resource_missing', message: 'No protected_resource.url', severity: 'warning' });
  }
  if (!ctx.approved) {
    liveBlockers.push({
      code: 'owner_approval_required',
      message: 'The owner has not approved this setup; live keys need a signed-in owner',
      severity: 'blocker',
      action: 'Open owner_approval_url and approve',
    });
  }
  const wallet = product.merchant_wallet;
  if (typeof wallet !== 'string' || !isSolanaAddress(wallet)) {
    liveBlockers.push({
      code: 'payout_wallet_missing',
      message:
        'No payout wallet: give product.merchant_wallet or set one with PUT /v1/access/rail-settings/solana_usdc',
      severity: 'blocker',
    });
  }
  const payments = Number(product.expected_monthly_payments ?? 0) || 0;
  const volumeUsd =
    Number(product.expected_monthly_volume_usd ?? 0) ||
    (typeof amount === 'number' && rail === 'solana_usdc' ? (amount * payments) / 1_000_000 : 0);
  const rate = ctx.platformFeeBps / 10_000;
  const next = [
    { method: 'POST', path: '/v1/access/apps', mode: 'sandbox', purpose: 'Create the app' },
    { method: 'POST', path: '/v1/access/products', mode: 'sandbox', purpose: 'Create the access product' },
    { method: 'POST', path: '/v1/access/webhooks', mode: 'sandbox', purpose: 'Receive entitlement events' },
    {
      method: 'POST',
      path: '/v1/access/sandbox/payment-sessions',
      mode: 'sandbox',
      purpose: 'Try a sandbox payment and its confirm',
    },
    { method: 'POST', path: '/v1/access/entitlements/consume', mode: 'sandbox', purpose: 'Meter a protected call' },
  ];
  return {
    manifest_version: 1,
    can_create_sandbox: blockers.length === 0,
    can_issue_live_key: blockers.length === 0,
    can_create_live_sessions: blockers.length === 0 && liveBlockers.length === 0,
    payment_protocol: protocol,
    settlement_rail: rail,
    launch_live_rails: blockers.length === 0 ? [rail] : [],
    blockers,
    warnings,
    live_blockers: liveBlockers,
    pricing_recommendation: {
      surface: 'hilt_pay_api',
      recommended_plan: 'live',
      confidence: payments > 0 ? 'medium' : 'low',
      reason: 'Self-hosted: there is no plan fee, only the platform fee this server is configured with',
      estimated_monthly_volume_usd: volumeUsd,
      estimated_monthly_payments: payments,
      estimated_costs: [
        {
          plan: 'live',
          monthly_fee_usd: 0,
          yearly_fee_usd: 0,
          tx_fee_rate: rate,
          estimated_transaction_fee_usd: volumeUsd * rate,
          estimated_total_monthly_usd: volumeUsd * rate,
        },
      ],
      upgrade_triggers: [],
      assumptions: ['Volumes are the manifest’s own estimates', 'Network fees are paid by buyers'],
    },
    next_api_calls: next,
    normalized_manifest: {
      app: manifest.app ?? null,
      product: manifest.product ?? null,
      payment_protocol: protocol,
      settlement_rail: rail,
      protected_resource: manifest.protected_resource ?? null,
      webhook: manifest.webhook ?? null,
    },
  };
}

export function createAgentSetupService(deps: {
  db: Db;
  config: Config;
  auth: Pick<AuthService, 'createWorkspace'>;
  keys: ApiKeyService;
  now?: () => Date;
}) {
  const { db, config, auth, keys } = deps;
  const now = deps.now ?? (() => new Date());
  // The dashboard page where a signed-in owner reads the request and approves it (the agent hands over its token).
  const approvalUrl = (id: string) => `${config.publicUrl}/#/agent-setup/${id}`;

  function intentView(i: SetupIntentRow) {
    const expired = i.status === 'sandbox_created' && i.expires_at.getTime() <= now().getTime();
    return {
      id: i.id,
      status: expired ? 'expired' : i.status,
      agent_name: i.agent_name,
      agent_platform: i.agent_platform,
      requested_use_case: i.requested_use_case,
      contact_email: i.contact_email,
      external_reference: i.external_reference,
      requested_permissions: i.requested_permissions,
      approved_permissions: i.approved_permissions,
      sandbox_owner_id: i.sandbox_owner_id,
      approved_owner_id: i.approved_owner_id,
      sandbox_key_id: i.sandbox_key_id,
      live_key_id: i.live_key_id,
      setup_url: approvalUrl(i.id),
      expires_at: i.expires_at.toISOString(),
      approved_at: i.approved_at?.toISOString() ?? null,
      live_key_issued_at: i.live_key_issued_at?.toISOString() ?? null,
      revoked_at: i.revoked_at?.toISOString() ?? null,
      metadata: i.metadata,
      created_at: i.created_at.toISOString(),
      updated_at: i.updated_at.toISOString(),
    };
  }

  function response(i: SetupIntentRow, secrets: Json = {}) {
    const view = intentView(i);
    return {
      setup_intent: view,
      setup_intent_id: i.id,
      owner_approval_url: approvalUrl(i.id),
      setup_token: null,
      setup_token_notice: null,
      sandbox_api_key: null,
      sandbox_api_key_notice: null,
      sandbox_key_prefix: null,
      sandbox_owner_id: i.sandbox_owner_id,
      allowed_sandbox_actions: ['access:read', 'access:write', 'access:webhooks'].filter((p) =>
        i.requested_permissions.includes(p),
      ),
      live_boundaries: [
        'Live keys are issued only after a signed-in owner approves this setup',
        'Live payments settle to the owner’s payout wallet, never to the agent',
      ],
      agent_can_continue_sandbox: view.status === 'sandbox_created' || view.status === 'owner_approved',
      owner_action_required: view.status === 'sandbox_created',
      manifest_evaluation: i.manifest_evaluation,
      pricing_recommendation: (i.manifest_evaluation?.pricing_recommendation as Json | undefined) ?? null,
      live_api_key: null,
      live_api_key_notice: null,
      live_key_prefix: null,
      activation_boundaries: ['A live key acts in the approving owner’s workspace only'],
      recommended_next_api_calls: [
        'POST /v1/access/agent-bootstrap/{setup_intent_id}/manifest',
        'POST /v1/access/products',
        'POST /v1/access/sandbox/payment-sessions',
      ],
      ...secrets,
    };
  }

  async function load(id: string, token: string) {
    const i = /^[0-9a-f-]{36}$/i.test(id) ? await repo.findSetupIntent(db, id) : undefined;
    if (!i) throw new SetupIntentNotFoundError();
    if (!safeEqual(sha256Hex(token), i.setup_token_hash)) {
      throw new InvalidSetupTokenError();
    }
    return i;
  }

  return {
    async bootstrap(body: Static<typeof AgentBootstrapCreate>) {
      const permissions = body.requested_permissions?.length
        ? [...new Set(body.requested_permissions)]
        : Object.keys(ACCESS_PERMISSIONS);
      const scopes = scopesOf(permissions);
      const owner = await auth.createWorkspace(`Agent sandbox: ${body.agent_name}`);
      if (!owner) throw new SandboxWorkspaceUnavailableError();
      const ownerPrincipal: Principal = {
        kind: 'session',
        userId: owner.id,
        tier: owner.tier,
        status: 'active',
        isStaff: false,
        scopes,
        mode: 'sandbox',
      };
      const key = await keys.createKey(ownerPrincipal, {
        name: `Agent ${body.agent_name} (sandbox)`,
        sandbox_mode: true,
        permissions: scopes,
      });
      const token = `hst_${randomToken(32)}`;
      const intent = await repo.insertSetupIntent(db, {
        agent_name: body.agent_name,
        agent_platform: body.agent_platform ?? null,
        requested_use_case: body.requested_use_case ?? null,
        contact_email: body.contact_email ?? null,
        external_reference: body.external_reference ?? null,
        requested_permissions: permissions,
        setup_token_hash: sha256Hex(token),
        sandbox_owner_id: owner.id,
        sandbox_key_id: key.key.id,
        metadata: body.metadata ?? {},
        expires_at: new Date(now().getTime() + (body.ttl_hours ?? 24) * 3_600_000),
      });
      return response(intent, {
        setup_token: token,
        setup_token_notice: 'Shown once: keep it to poll status, submit the manifest and for the owner’s approval',
        sandbox_api_key: key.raw_key,
        sandbox_api_key_notice: 'Shown once: a sandbox key for this agent’s own sandbox workspace',
        sandbox_key_prefix: key.key.key_prefix,
      });
    },

    async status(id: string, token: string) {
      return response(await load(id, token));
    },

    async submitManifest(id: string, token: string, manifest: Json) {
      const i = await load(id, token);
      if (intentView(i).status === 'expired') throw new SetupIntentExpiredError();
      const evaluation = evaluateManifest(manifest, {
        approved: i.status !== 'sandbox_created',
        platformFeeBps: config.platformFeeBps,
      });
      return response(await repo.saveManifest(db, i.id, manifest, evaluation));
    },

    async approve(owner: Principal, id: string, body: Static<typeof AgentSetupApprove>) {
      if (!body.confirm_owner_approval) {
        throw new OwnerConfirmationRequiredError();
      }
      const i = await load(id, body.setup_token);
      const status = intentView(i).status;
      if (status === 'expired') throw new SetupIntentExpiredError();
      if (status !== 'sandbox_created') {
        throw new SetupIntentNotPendingError(`This setup intent is already ${status}`);
      }
      const permissions = body.approved_permissions?.length ? body.approved_permissions : i.requested_permissions;
      const extra = permissions.filter((p) => !i.requested_permissions.includes(p));
      if (extra.length > 0) {
        throw new PermissionNotRequestedError(`Not requested by the agent: ${extra.join(', ')}`);
      }
      const scopes = scopesOf(permissions);
      let approved = await repo.approveSetupIntent(db, i.id, { ownerId: owner.userId, permissions });
      if (!approved) throw new SetupIntentNotPendingError('This setup intent is no longer pending');
      let live: Awaited<ReturnType<ApiKeyService['createKey']>> | null = null;
      if (body.issue_live_key !== false) {
        live = await keys.createKey(owner, {
          name: body.live_key_name ?? `Agent ${i.agent_name} (live)`,
          sandbox_mode: false,
          permissions: scopes,
        });
        approved = await repo.recordLiveKey(db, i.id, live.key.id);
      }
      return response(approved, {
        live_api_key: live?.raw_key ?? null,
        live_api_key_notice: live ? 'Shown once: a live key in your workspace with the approved permissions' : null,
        live_key_prefix: live?.key.key_prefix ?? null,
      });
    },
  };
}

export type AgentSetupService = ReturnType<typeof createAgentSetupService>;
