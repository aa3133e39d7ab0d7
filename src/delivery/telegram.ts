// Telegram Bot API through grammY. Only `bot.api` is used: no polling, no webhooks, no bot.init().
import { Api, GrammyError, HttpError } from 'grammy';
import { type BotIdentity, PlatformError } from './port.ts';

const TIMEOUT_SECONDS = 10;

function mapError(err: unknown): never {
  if (err instanceof GrammyError) {
    const retryAfter = err.parameters?.retry_after;
    throw new PlatformError(
      `Telegram ${err.method}: ${err.error_code} ${err.description}`,
      'TELEGRAM',
      err.error_code === 429 ? (retryAfter ?? 30) : undefined,
      err.error_code,
    );
  }
  if (err instanceof HttpError) throw new PlatformError(`Telegram unreachable: ${err.message}`, 'TELEGRAM');
  throw err;
}

/** A chat id given as digits (negative for groups) is a number for the API; `@channel` stays a string. */
export function telegramChatId(value: string): number | string {
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

export function createTelegramClient(apiRoot: string, token: string) {
  const api = new Api(token, { apiRoot, timeoutSeconds: TIMEOUT_SECONDS });
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      mapError(err);
    }
  };
  return {
    async getMe(): Promise<BotIdentity> {
      const me = await call(() => api.getMe());
      return { id: String(me.id), username: me.username ?? null };
    },
    /** A single-use invite link for one buyer. */
    async createInviteLink(chat: string, opts: { expiresAt: Date; name: string }): Promise<string> {
      const link = await call(() =>
        api.createChatInviteLink(telegramChatId(chat), {
          member_limit: 1,
          expire_date: Math.floor(opts.expiresAt.getTime() / 1000),
          name: opts.name.slice(0, 32),
        }),
      );
      return link.invite_link;
    },
    /** Removes a member from a group without a lasting ban: ban, then lift the ban. */
    async removeMember(chat: string, userId: number): Promise<void> {
      await call(() => api.banChatMember(telegramChatId(chat), userId, { revoke_messages: false }));
      await call(() => api.unbanChatMember(telegramChatId(chat), userId, { only_if_banned: true }));
    },
    async sendMessage(userId: number, text: string): Promise<void> {
      await call(() => api.sendMessage(userId, text));
    },
  };
}

export type TelegramClient = ReturnType<typeof createTelegramClient>;
