import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless CRM_WEBHOOKS_ALLOW_PRIVATE=true: the CRM's own host
 * and network (loopback, private and link-local ranges, cloud metadata at 169.254.169.254), where
 * an admin key could otherwise turn deliveries into requests to internal services.
 */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) privateRanges.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) privateRanges.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1], 'ipv4');
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** What can be told from the URL alone: an address literal in those ranges, or a `localhost` name. */
export function namesPrivateHost(url: string): boolean {
  const host = hostOf(url);
  return host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host);
}

/** At delivery: every address the name resolves to now (a public name may point inside). */
export async function resolvesToPrivateAddress(url: string): Promise<boolean> {
  if (namesPrivateHost(url)) return true;
  const host = hostOf(url);
  if (isIP(host)) return false;
  const addresses = await lookup(host, { all: true });
  return addresses.some(({ address }) => isPrivateAddress(address));
}

export const PRIVATE_TARGET_REASON = 'must not point at a loopback, private or link-local address (set CRM_WEBHOOKS_ALLOW_PRIVATE=true to allow)';
