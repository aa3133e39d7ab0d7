// Discord REST through @discordjs/rest. A client is built per use with its timers off, so nothing outlives a call;
// rate limits are rejected instead of slept on, so the job queue waits (retry_after) without holding a worker.
import { DiscordAPIError, HTTPError, RateLimitError, REST } from '@discordjs/rest';
import { type APIChannel, type APIUser, Routes } from 'discord-api-types/v10';
import { type BotIdentity, PlatformError } from './port.ts';

function mapError(err: unknown): never {
  if (err instanceof RateLimitError) {
    const ms = Math.max(err.retryAfter, err.timeToReset, 1000);
    throw new PlatformError(`Discord rate limit on ${err.route}`, 'DISCORD', Math.ceil(ms / 1000), 429);
  }
  if (err instanceof DiscordAPIError) {
    throw new PlatformError(
      `Discord ${err.method.toUpperCase()} ${err.status}: ${err.message}`,
      'DISCORD',
      undefined,
      err.status,
    );
  }
  if (err instanceof HTTPError) {
    throw new PlatformError(
      `Discord ${err.method.toUpperCase()} ${err.status}: ${err.message}`,
      'DISCORD',
      undefined,
      err.status,
    );
  }
  // Anything else is the transport (refused connection, timeout): worth another attempt later.
  throw new PlatformError(`Discord unreachable: ${(err as Error)?.message ?? String(err)}`, 'DISCORD');
}

export function createDiscordClient(apiBase: string, token: string) {
  const rest = new REST({
    api: apiBase,
    version: '10',
    retries: 0,
    timeout: 10_000,
    offset: 0,
    rejectOnRateLimit: () => true,
    handlerSweepInterval: 0,
    hashSweepInterval: 0,
  }).setToken(token);
  const call = async <T>(fn: () => Promise<unknown>): Promise<T> => {
    try {
      return (await fn()) as T;
    } catch (err) {
      mapError(err);
    }
  };
  return {
    async getMe(): Promise<BotIdentity> {
      const me = await call<APIUser>(() => rest.get(Routes.user('@me')));
      return { id: me.id, username: me.username ?? null };
    },
    async addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
      await call(() => rest.put(Routes.guildMemberRole(guildId, userId, roleId), { reason }));
    },
    async removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
      await call(() => rest.delete(Routes.guildMemberRole(guildId, userId, roleId), { reason }));
    },
    /** A direct message; Discord allows it only when the user shares a guild with the bot. */
    async sendDirectMessage(userId: string, content: string): Promise<void> {
      const channel = await call<APIChannel>(() =>
        rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
      );
      await call(() => rest.post(Routes.channelMessages(channel.id), { body: { content } }));
    },
  };
}

export type DiscordClient = ReturnType<typeof createDiscordClient>;
