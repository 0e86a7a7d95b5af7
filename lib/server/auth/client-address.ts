import "server-only";
import { BlockList, isIP } from "node:net";

/**
 * The client's address for login throttling (issue 11 §1). `X-Forwarded-For` is believed only as far
 * as the proxies in `TRUSTED_PROXIES` (comma-separated addresses or CIDR ranges, e.g.
 * "10.0.0.0/8,192.168.1.10"): walking the list from the right (each proxy appends who connected to
 * it), the first address that is not a trusted proxy is the client. Next.js itself fills the header
 * with the socket's address when a request arrives without one, so with no proxy configured the
 * right-most entry is taken; a client that sets the header itself can then only dodge the per-address
 * limit, never lock anyone out (the account-wide rule slows down, it does not refuse).
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined, trusted: BlockList | null = trustedProxies()): string | null {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header.split(",").map((part) => normalise(part.trim()));
  if (hops.length === 1 && hops[0] === null) return null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = hops[i];
    // What stands left of an unreadable entry was written by someone we cannot vouch for.
    if (address == null) return null;
    if (!trusted || i === 0 || !isTrusted(trusted, address)) return address;
  }
  return null;
}

function normalise(value: string): string | null {
  const bare = value.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const mapped = bare.toLowerCase().startsWith("::ffff:") && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
  return isIP(mapped) ? mapped.toLowerCase() : null;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

let cached: { source: string; list: BlockList | null } | null = null;

/** TRUSTED_PROXIES parsed once (re-parsed if the variable changes, as tests do). Invalid entries are ignored with a warning. */
export function trustedProxies(source: string = process.env.TRUSTED_PROXIES ?? ""): BlockList | null {
  if (cached?.source === source) return cached.list;
  const entries = source.split(",").map((s) => s.trim()).filter(Boolean);
  const list = entries.length ? new BlockList() : null;
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      console.warn(`[innlogging] TRUSTED_PROXIES: ugyldig oppføring ignorert: ${entry}`);
      continue;
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list!.addAddress(address!, type);
    else list!.addSubnet(address!, Number(prefix), type);
  }
  cached = { source, list };
  return list;
}
