// Where a product's access is delivered, read from its delivery_type / delivery_value and the membership's
// platform_target_id (a per-product override of the chat or guild:role).

export type DeliveryTarget =
  | { kind: 'TELEGRAM'; chatId: string | null; link: string | null }
  | { kind: 'DISCORD_ROLE'; guildId: string; roleId: string }
  | { kind: 'DISCORD_INVITE'; link: string }
  | { kind: 'HANDED_OVER'; value: string | null }
  | { kind: 'NONE' };

const TELEGRAM_CHAT = /^(-?\d{5,20}|@\w{4,64})$/;
const GUILD_ROLE = /^(\d{15,22}):(\d{15,22})$/;

export function deliveryTarget(
  deliveryType: string,
  deliveryValue: string | null,
  membershipConfig: Record<string, unknown> | null,
): DeliveryTarget {
  const override =
    typeof membershipConfig?.platform_target_id === 'string' ? membershipConfig.platform_target_id : null;
  const value = deliveryValue ?? '';
  switch (deliveryType) {
    case 'TELEGRAM_INVITE': {
      const chatId = override && TELEGRAM_CHAT.test(override) ? override : TELEGRAM_CHAT.test(value) ? value : null;
      const link = /^https:\/\//.test(value) ? value : null;
      return { kind: 'TELEGRAM', chatId, link };
    }
    case 'DISCORD_ROLE': {
      const m = GUILD_ROLE.exec(override ?? '') ?? GUILD_ROLE.exec(value);
      return m ? { kind: 'DISCORD_ROLE', guildId: m[1], roleId: m[2] } : { kind: 'NONE' };
    }
    case 'DISCORD_INVITE':
      return { kind: 'DISCORD_INVITE', link: value };
    case 'REDIRECT':
    case 'DOWNLOAD':
    case 'CUSTOM':
      return { kind: 'HANDED_OVER', value: deliveryValue };
    default:
      return { kind: 'NONE' };
  }
}

export function platformFor(deliveryType: string, configured: unknown): string {
  if (configured === 'TELEGRAM' || configured === 'DISCORD' || configured === 'CUSTOM') return configured;
  if (deliveryType === 'TELEGRAM_INVITE') return 'TELEGRAM';
  if (deliveryType.startsWith('DISCORD_')) return 'DISCORD';
  return 'CUSTOM';
}
