// SSRF guard for merchant-supplied webhook URLs. A URL is checked when an endpoint is saved and again before every
// delivery: the host is resolved, every address it resolves to must be allowed, and the request then connects to
// the checked address itself (keeping Host and SNI), so a DNS answer that changes between check and connect
// (rebinding) cannot steer a delivery inside the network.
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { UnprocessableError } from '../errors.ts';
import type { ErrorCode } from '../error-codes.ts';

/** Resolves a host name to its addresses (injectable so tests can map names without a DNS server). */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

export class WebhookUrlError extends UnprocessableError {
  constructor(detail: string, code: ErrorCode = 'webhook_url_not_allowed') {
    super(detail, code);
  }
}

function blockList(v4: [string, number][], v6: [string, number][]) {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

// Never reachable, whatever the operator allows: link-local (where cloud metadata services live), cloud metadata
// addresses, "this network", multicast and reserved space.
const ALWAYS_BLOCKED = blockList(
  [
    ['0.0.0.0', 8],
    ['169.254.0.0', 16],
    ['100.100.100.200', 32],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ],
  [
    ['::', 128],
    ['fe80::', 10],
    ['fd00:ec2::', 32],
    ['ff00::', 8],
  ],
);

// Private networks and loopback: refused unless HILT_ALLOW_PRIVATE_WEBHOOK_URLS (local development).
const PRIVATE = blockList(
  [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['127.0.0.0', 8],
    ['100.64.0.0', 10],
    ['192.0.0.0', 24],
    ['198.18.0.0', 15],
  ],
  [
    ['::1', 128],
    ['fc00::', 7],
  ],
);

const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data']);

/** IPv4 carried inside IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96) is judged as the IPv4 address. */
function embeddedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = Number.parseInt(hex[1], 16);
    const lo = Number.parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

export type AddressClass = 'public' | 'private' | 'forbidden';

export function classifyAddress(address: string): AddressClass {
  const ip = address.replace(/^\[|\]$/g, '').split('%')[0];
  const v4 = isIP(ip) === 6 ? embeddedIpv4(ip) : ip;
  const [addr, family] = v4 ? [v4, 'ipv4' as const] : [ip, 'ipv6' as const];
  if (isIP(addr) === 0) return 'forbidden';
  if (ALWAYS_BLOCKED.check(addr, family)) return 'forbidden';
  if (PRIVATE.check(addr, family)) return 'private';
  return 'public';
}

export interface GuardOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
}

/** Checks the shape of a webhook URL (scheme, credentials, host) without resolving it. */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError('url is not a valid absolute URL', 'invalid_webhook_url');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new WebhookUrlError('Webhook URLs must use https', 'webhook_url_not_https');
  }
  if (url.username || url.password) {
    throw new WebhookUrlError('Webhook URLs must not carry credentials', 'invalid_webhook_url');
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (METADATA_HOSTS.has(host)) throw new WebhookUrlError('Webhook URLs must not point at a cloud metadata service');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new WebhookUrlError('Webhook URLs must not point at this machine (localhost)');
  }
  return url;
}

/**
 * Resolves the URL's host and returns the address to connect to, or throws when any resolved address is refused.
 * Refusing the host when one of several addresses is bad keeps a mixed DNS answer from slipping through.
 */
export async function resolveWebhookTarget(raw: string, opts: GuardOptions): Promise<{ url: URL; address: string }> {
  const url = parseWebhookUrl(raw, opts.allowPrivate);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(host);
    } catch {
      throw new WebhookUrlError(`The host ${host} does not resolve`, 'webhook_url_unresolvable');
    }
    if (addresses.length === 0)
      throw new WebhookUrlError(`The host ${host} does not resolve`, 'webhook_url_unresolvable');
  }
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'forbidden') {
      throw new WebhookUrlError(
        `Webhook URLs must not resolve to link-local, metadata or reserved addresses (${address})`,
      );
    }
    if (kind === 'private' && !opts.allowPrivate) {
      throw new WebhookUrlError(`Webhook URLs must not resolve to private or loopback addresses (${address})`);
    }
  }
  return { url, address: addresses[0] };
}
