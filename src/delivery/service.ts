// Workspace bots (tokens sealed at rest, never returned), clients for them, the readiness/test checks, and the
// platform calls that grant and revoke a buyer's access (the membership jobs record their outcome).
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { decrypt, encrypt } from '../lib/crypto.ts';
import { createDiscordClient, type DiscordClient } from './discord.ts';
import { type BotIdentity, PlatformError, type Provider } from './port.ts';
import * as repo from './repository.ts';
import type { ProductRow } from '../product/repository.ts';
import { deliveryTarget } from './target.ts';
import { createTelegramClient, type TelegramClient } from './telegram.ts';

/** Whom platform access is granted to: a membership's buyer, or the buyer of access sold without one. */
export interface AccessSubject {
  ownerId: string;
  membershipId: string | null;
  paymentId: string | null;
  platformUserId: string | null;
}

const INVITE_LINK_DAYS = 7;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

export interface BotClients {
  telegram: TelegramClient | null;
  discord: DiscordClient | null;
}

interface Check {
  key: string;
  status: 'pass' | 'fail' | 'warn';
  detail: string;
}

export function createDeliveryService(deps: { db: Db; config: Config; encryptionKey: Buffer; now?: () => Date }) {
  const { db, config, encryptionKey } = deps;
  const now = deps.now ?? (() => new Date());

  async function tokens(ownerId: string): Promise<Partial<Record<Provider, string>>> {
    const out: Partial<Record<Provider, string>> = {};
    for (const row of await repo.listBots(db, ownerId)) out[row.provider] = decrypt(encryptionKey, row.token_sealed);
    return out;
  }

  async function botStatus(ownerId: string) {
    const rows = await repo.listBots(db, ownerId);
    const of = (p: Provider) => {
      const row = rows.find((r) => r.provider === p);
      return { configured: Boolean(row), updated_at: row?.updated_at.toISOString() ?? null };
    };
    return { telegram: of('TELEGRAM'), discord: of('DISCORD') };
  }

  async function identify(
    provider: Provider,
    token: string | undefined,
  ): Promise<{ checks: Check[]; bot: BotIdentity | null }> {
    const label = provider === 'TELEGRAM' ? 'Telegram' : 'Discord';
    if (!token) {
      return {
        bot: null,
        checks: [
          { key: 'bot_token', status: 'fail', detail: `No ${label} bot token is configured for this workspace` },
        ],
      };
    }
    const checks: Check[] = [{ key: 'bot_token', status: 'pass', detail: `A ${label} bot token is configured` }];
    try {
      const bot =
        provider === 'TELEGRAM'
          ? await createTelegramClient(config.telegramApiRoot, token).getMe()
          : await createDiscordClient(config.discordApiBase, token).getMe();
      checks.push({
        key: 'bot_identity',
        status: 'pass',
        detail: `${label} accepts the token (bot ${bot.username ?? bot.id})`,
      });
      return { checks, bot };
    } catch (err) {
      const detail = err instanceof PlatformError ? err.message : 'The platform could not be reached';
      checks.push({ key: 'bot_identity', status: 'fail', detail });
      return { checks, bot: null };
    }
  }

  /** Clients for the bots a workspace configured (null where none is). */
  async function clientsFor(ownerId: string): Promise<BotClients> {
    const t = await tokens(ownerId);
    return {
      telegram: t.TELEGRAM ? createTelegramClient(config.telegramApiRoot, t.TELEGRAM) : null,
      discord: t.DISCORD ? createDiscordClient(config.discordApiBase, t.DISCORD) : null,
    };
  }

  /** Grants a buyer the product's platform access; answers the link handed over, if any. Throws PlatformError. */
  async function grantAccess(subject: AccessSubject, product: ProductRow): Promise<string | null> {
    const target = deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config);
    const clients = await clientsFor(subject.ownerId);
    const t = now();
    switch (target.kind) {
      case 'TELEGRAM':
        if (target.chatId && clients.telegram) {
          const name = `hilt ${(subject.membershipId ?? subject.paymentId ?? '').slice(0, 8)}`;
          return clients.telegram.createInviteLink(target.chatId, { expiresAt: addDays(t, INVITE_LINK_DAYS), name });
        }
        if (target.link) return target.link;
        throw new PlatformError(
          'No Telegram bot is configured for this workspace',
          'TELEGRAM',
          undefined,
          undefined,
          'bot_not_configured',
        );
      case 'DISCORD_ROLE':
        if (!clients.discord) {
          throw new PlatformError(
            'No Discord bot is configured for this workspace',
            'DISCORD',
            undefined,
            undefined,
            'bot_not_configured',
          );
        }
        if (!subject.platformUserId || !/^\d{15,22}$/.test(subject.platformUserId)) {
          throw new PlatformError(
            'The buyer’s Discord user id is unknown; the role cannot be granted',
            'DISCORD',
            undefined,
            undefined,
            'identity_missing',
          );
        }
        await clients.discord.addRole(target.guildId, subject.platformUserId, target.roleId, 'Hilt: paid membership');
        return null;
      case 'DISCORD_INVITE':
        return target.link;
      case 'HANDED_OVER':
        return target.value;
      default:
        return null;
    }
  }

  /** Takes a lapsed buyer's platform access away; answers what was done. Throws PlatformError. */
  async function revokeAccess(
    ownerId: string,
    product: ProductRow | undefined,
    platformUserId: string | null,
  ): Promise<string> {
    const target = product
      ? deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config)
      : ({ kind: 'NONE' } as const);
    const clients = await clientsFor(ownerId);
    let result = 'nothing_to_revoke';
    if (target.kind === 'TELEGRAM' && target.chatId) {
      if (!clients.telegram) result = 'skipped_no_bot';
      else if (!platformUserId || !/^\d+$/.test(platformUserId)) result = 'skipped_no_user_id';
      else {
        await clients.telegram.removeMember(target.chatId, Number(platformUserId));
        result = 'removed_from_chat';
      }
    } else if (target.kind === 'DISCORD_ROLE') {
      if (!clients.discord) result = 'skipped_no_bot';
      else if (!platformUserId) result = 'skipped_no_user_id';
      else {
        await clients.discord.removeRole(target.guildId, platformUserId, target.roleId, 'Hilt: membership expired');
        result = 'role_removed';
      }
    }
    return result;
  }

  return {
    clientsFor,
    grantAccess,
    revokeAccess,

    async configured(ownerId: string): Promise<Record<Provider, boolean>> {
      const s = await botStatus(ownerId);
      return { TELEGRAM: s.telegram.configured, DISCORD: s.discord.configured };
    },

    getBots: (principal: Principal) => botStatus(principal.userId),

    async setBots(
      principal: Principal,
      input: { telegram_bot_token?: string | null; discord_bot_token?: string | null },
    ) {
      const changes: [Provider, string | null | undefined][] = [
        ['TELEGRAM', input.telegram_bot_token],
        ['DISCORD', input.discord_bot_token],
      ];
      for (const [provider, token] of changes) {
        if (token === undefined) continue;
        if (token === null || token.trim() === '') await repo.deleteBot(db, principal.userId, provider);
        else await repo.upsertBot(db, principal.userId, provider, encrypt(encryptionKey, token.trim()));
      }
      return botStatus(principal.userId);
    },

    async test(principal: Principal, provider: Provider) {
      const t = await tokens(principal.userId);
      const { checks, bot } = await identify(provider, t[provider]);
      const failed = checks.some((c) => c.status === 'fail');
      const label = provider === 'TELEGRAM' ? 'Telegram' : 'Discord';
      return {
        provider,
        status: failed ? 'failed' : 'ok',
        summary: failed
          ? checks.find((c) => c.status === 'fail')!.detail
          : `${label} bot ${bot?.username ?? bot?.id} is reachable and accepts its token`,
        checks,
        checked_at: now().toISOString(),
      };
    },

    async readiness(principal: Principal) {
      const livemode = principal.mode === 'live';
      const profile = await repo.merchantProfile(db, principal.userId);
      const settings = profile?.merchant_settings ?? {};
      const products = await repo.membershipProducts(db, principal.userId, livemode);
      const t = await tokens(principal.userId);
      const blockers: string[] = [];
      const warnings: string[] = [];
      const platforms: Record<
        string,
        {
          configured: boolean;
          reachable: boolean;
          bot_username: string | null;
          templates: number;
          automated_templates: number;
          status: string;
          checks: Check[];
        }
      > = {};
      for (const provider of ['TELEGRAM', 'DISCORD'] as const) {
        const label = provider === 'TELEGRAM' ? 'Telegram' : 'Discord';
        const templates = products.filter((p) =>
          provider === 'TELEGRAM' ? p.delivery_type === 'TELEGRAM_INVITE' : p.delivery_type.startsWith('DISCORD_'),
        );
        const needsBot = templates.filter((p) => {
          const target = deliveryTarget(p.delivery_type, p.delivery_value, p.membership_config);
          return (target.kind === 'TELEGRAM' && target.chatId !== null) || target.kind === 'DISCORD_ROLE';
        });
        const { checks, bot } =
          t[provider] || templates.length > 0 ? await identify(provider, t[provider]) : { checks: [], bot: null };
        const reachable = bot !== null;
        if (needsBot.length > 0 && !reachable) {
          blockers.push(
            `${needsBot.length} ${label} template(s) need a working bot: ${t[provider] ? 'the bot check failed' : 'configure a bot token'}`,
          );
        } else if (templates.length > 0 && !reachable) {
          warnings.push(
            `${label} templates hand over a fixed link; a bot would allow single-use invites and removal on expiry`,
          );
        }
        platforms[provider.toLowerCase()] = {
          configured: Boolean(t[provider]),
          reachable,
          bot_username: bot?.username ?? null,
          templates: templates.length,
          automated_templates: needsBot.length,
          status: !t[provider] ? 'not_configured' : reachable ? 'ready' : 'failing',
          checks,
        };
      }
      const defaults = {
        payout_wallet_configured: Boolean(settings.payout_wallet ?? settings.default_payout_wallet),
        default_redirect_url_configured: Boolean(settings.default_redirect_url),
        default_support_url_configured: Boolean(settings.default_support_url ?? settings.support_url),
      };
      if (!defaults.default_support_url_configured) warnings.push('No default support URL is set for buyers');
      return {
        merchant_name: profile?.display_name ?? profile?.email ?? '',
        overall_status: blockers.length > 0 ? 'blocked' : warnings.length > 0 ? 'attention' : 'ready',
        active_membership_templates: products.length,
        defaults,
        platforms,
        blockers,
        warnings,
        checked_at: now().toISOString(),
      };
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
