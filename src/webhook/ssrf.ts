// SSRF guard for merchant-supplied webhook URLs. A URL is checked when an endpoint is saved and again before every
// delivery: the host is resolved, every address it resolves to must be allowed, and the request then connects to
// the checked address itself (keeping Host and SNI), so a DNS answer that changes between check and connect
// (rebinding) cannot steer a delivery inside the network.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import {
  InvalidWebhookUrlError,
  WebhookUrlNotAllowedError,
  WebhookUrlNotHttpsError,
  WebhookUrlUnresolvableError,
} from './errors.ts';

/** Resolves a host name to its addresses (injectable so tests can map names without a DNS server). */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data']);

export type AddressClass = 'public' | 'private' | 'forbidden';

// Address ranges as ipaddr.js names them. Private networks and loopback are refused unless
// HILT_ALLOW_PRIVATE_WEBHOOK_URLS (local development); everything else that is not plain unicast (link-local, where
// cloud metadata services live, "this network", multicast, documentation and reserved space) is never reachable.
const IPV4_PRIVATE = new Set(['private', 'loopback', 'carrierGradeNat']);
const IPV6_PRIVATE = new Set(['loopback', 'uniqueLocal']);
// Reserved IPv4 blocks that are private networks in practice (IETF protocol assignments, benchmarking).
const IPV4_PRIVATE_RESERVED = [ipaddr.parseCIDR('192.0.0.0/24'), ipaddr.parseCIDR('198.18.0.0/15')];
// Cloud metadata services at otherwise ordinary addresses (Alibaba, AWS's IPv6 one).
const METADATA_V4 = [ipaddr.parseCIDR('100.100.100.200/32')];
const METADATA_V6 = [ipaddr.parseCIDR('fd00:ec2::/32')];
// NAT64 local-use prefix: what it translates to depends on the local network.
const NAT64_LOCAL = ipaddr.parseCIDR('64:ff9b:1::/48');

function inAny(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][]): boolean {
  return ranges.some((r) => address.kind() === r[0].kind() && address.match(r));
}

function classifyIpv4(address: ipaddr.IPv4): AddressClass {
  if (inAny(address, METADATA_V4)) return 'forbidden';
  const range = address.range();
  if (range === 'unicast') return 'public';
  if (IPV4_PRIVATE.has(range)) return 'private';
  if (range === 'reserved' && inAny(address, IPV4_PRIVATE_RESERVED)) return 'private';
  return 'forbidden';
}

function lastFour(address: ipaddr.IPv6): ipaddr.IPv4 {
  return new ipaddr.IPv4(address.toByteArray().slice(12));
}

/**
 * IPv6 forms that carry an IPv4 address: the IPv4-mapped form (what a dual-stack socket reports) and NAT64's
 * well-known prefix (what DNS64 answers on an IPv6-only network) are judged as the IPv4 address they carry. The
 * other translation and tunnel forms (IPv4-compatible `::a.b.c.d`, SIIT `::ffff:0:a.b.c.d`, NAT64 local-use, 6to4,
 * Teredo) never name an ordinary webhook host and could reach inside the network: refused.
 */
function classifyIpv6(address: ipaddr.IPv6): AddressClass {
  if (inAny(address, METADATA_V6)) return 'forbidden';
  const range = address.range();
  if (range === 'ipv4Mapped') return classifyIpv4(address.toIPv4Address());
  if (range === 'rfc6052') {
    if (address.match(NAT64_LOCAL)) return 'forbidden';
    return classifyIpv4(lastFour(address));
  }
  if (range === 'rfc6145' || range === '6to4' || range === 'teredo') return 'forbidden';
  // IPv4-compatible (::/96, deprecated): everything but :: and ::1, which have ranges of their own.
  if (range === 'unicast' && address.parts.slice(0, 6).every((p) => p === 0)) return 'forbidden';
  if (range === 'unicast') return 'public';
  if (IPV6_PRIVATE.has(range)) return 'private';
  return 'forbidden';
}

export function classifyAddress(raw: string): AddressClass {
  const ip = raw.replace(/^\[|\]$/g, '').split('%')[0];
  // Only the canonical textual forms a resolver returns; ipaddr.js would also take "127.1" or octal parts.
  const family = isIP(ip);
  if (family === 0) return 'forbidden';
  // ipaddr.js reads a dotted tail as IPv4-mapped whatever precedes it ("::127.0.0.1" would become
  // "::ffff:127.0.0.1"): hand it the URL parser's canonical hexadecimal form instead.
  const address = ipaddr.parse(family === 6 ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip);
  return address.kind() === 'ipv4' ? classifyIpv4(address as ipaddr.IPv4) : classifyIpv6(address as ipaddr.IPv6);
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
    throw new InvalidWebhookUrlError('url is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new WebhookUrlNotHttpsError();
  }
  if (url.username || url.password) {
    throw new InvalidWebhookUrlError('Webhook URLs must not carry credentials');
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (METADATA_HOSTS.has(host))
    throw new WebhookUrlNotAllowedError('Webhook URLs must not point at a cloud metadata service');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new WebhookUrlNotAllowedError('Webhook URLs must not point at this machine (localhost)');
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
      throw new WebhookUrlUnresolvableError(host);
    }
    if (addresses.length === 0) throw new WebhookUrlUnresolvableError(host);
  }
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'forbidden') {
      throw new WebhookUrlNotAllowedError(
        `Webhook URLs must not resolve to link-local, metadata or reserved addresses (${address})`,
      );
    }
    if (kind === 'private' && !opts.allowPrivate) {
      throw new WebhookUrlNotAllowedError(
        `Webhook URLs must not resolve to private or loopback addresses (${address})`,
      );
    }
  }
  return { url, address: addresses[0] };
}
