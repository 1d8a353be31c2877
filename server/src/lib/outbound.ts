// The one way out: every request a tenant can aim (webhooks, API sources) goes through
// outboundGuard().fetch. The address is checked where the socket connects — a custom DNS
// lookup on the request, and the literal itself when the URL names an IP — so a name that
// resolves to a public address when a URL is saved and a private one when it is used (DNS
// rebinding) is refused too. Redirects are never followed; only the status and a short,
// bounded body come back. Hosts an operator names (HUB_OUTBOUND_ALLOW_HOSTS) are let through.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

export interface OutboundOptions {
  /** Host names or IP literals reachable even when internal (lower case, no port). */
  allowHosts?: readonly string[];
  /** Name resolution (tests inject one to play DNS rebinding); default: the system's. */
  resolve?: (host: string) => Promise<string[]>;
}

export interface OutboundRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Whole request, connection to last byte kept (default 10 s). */
  timeoutMs?: number;
  /** Bytes of the response body kept (default 1024); the rest is not read. */
  maxBodyBytes?: number;
}

export interface OutboundResponse {
  status: number;
  /** The first maxBodyBytes of the body, as UTF-8. */
  body: string;
  /** Where a 3xx answer pointed (not followed). */
  location?: string;
}

/** The request was not sent (refused address, bad URL) or did not complete (timeout, network). */
export class OutboundError extends Error {}

interface Range {
  bits: 32 | 128;
  base: bigint;
  prefix: number;
  why: string;
}

function ipv4ToBigInt(ip: string): bigint {
  return ip.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address as 128 bits (handles "::" and a dotted IPv4 tail). */
function ipv6ToBigInt(ip: string): bigint {
  let text = ip.toLowerCase().split("%")[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToBigInt(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(zeros).fill("0"), ...right].reduce(
    (n, g) => (n << 16n) | BigInt(parseInt(g, 16)),
    0n,
  );
}

const range = (cidr: string, why: string): Range => {
  const [address, prefix] = cidr.split("/");
  const v6 = address.includes(":");
  return {
    bits: v6 ? 128 : 32,
    base: v6 ? ipv6ToBigInt(address) : ipv4ToBigInt(address),
    prefix: Number(prefix),
    why,
  };
};

// Everything that is not the public internet: RFC 6890's special-purpose registries, plus
// the cloud metadata addresses (169.254.169.254 is link-local; fd00:ec2::254 is in fc00::/7).
const REFUSED: Range[] = [
  range("0.0.0.0/8", "an unspecified address"),
  range("10.0.0.0/8", "a private (RFC 1918) address"),
  range("100.64.0.0/10", "a carrier-grade NAT address"),
  range("127.0.0.0/8", "a loopback address"),
  range("169.254.0.0/16", "a link-local or cloud metadata address"),
  range("172.16.0.0/12", "a private (RFC 1918) address"),
  range("192.0.0.0/24", "an IETF protocol address"),
  range("192.0.2.0/24", "a documentation address"),
  range("192.88.99.0/24", "a 6to4 relay address"),
  range("192.168.0.0/16", "a private (RFC 1918) address"),
  range("198.18.0.0/15", "a benchmarking address"),
  range("198.51.100.0/24", "a documentation address"),
  range("203.0.113.0/24", "a documentation address"),
  range("224.0.0.0/4", "a multicast address"),
  range("240.0.0.0/4", "a reserved or broadcast address"),
  range("::/128", "an unspecified address"),
  range("::1/128", "a loopback address"),
  range("100::/64", "a discard address"),
  range("2001::/23", "an IETF protocol address"),
  range("2001:db8::/32", "a documentation address"),
  range("fc00::/7", "a unique local (private) or cloud metadata address"),
  range("fe80::/10", "a link-local address"),
  range("fec0::/10", "a site-local address"),
  range("ff00::/8", "a multicast address"),
];

const inRange = (value: bigint, bits: number, r: Range) =>
  r.bits === bits && value >> BigInt(bits - r.prefix) === r.base >> BigInt(bits - r.prefix);

/** IPv6 forms that carry an IPv4 address: mapped, compatible, NAT64 and 6to4. */
function embeddedIpv4(v: bigint): bigint | null {
  if (v >> 32n === 0xffffn || v >> 32n === 0n) return v & 0xffffffffn; // ::ffff:a.b.c.d, ::a.b.c.d
  if (v >> 32n === 0x64ff9b0000000000000000n) return v & 0xffffffffn; // 64:ff9b::/96
  if (v >> 112n === 0x2002n) return (v >> 80n) & 0xffffffffn; // 2002:AABB:CCDD::/48
  return null;
}

/** Why an IP address may not be reached, or null when it is a public address. */
export function refusedAddress(ip: string): string | null {
  const bare = ip.split("%")[0];
  const kind = net.isIP(bare);
  if (kind === 0) return "not an IP address";
  const v = kind === 4 ? ipv4ToBigInt(bare) : ipv6ToBigInt(bare);
  const v4 = kind === 4 ? v : v > 1n ? embeddedIpv4(v) : null;
  if (v4 !== null) return REFUSED.find((r) => inRange(v4, 32, r))?.why ?? null;
  return REFUSED.find((r) => inRange(v, 128, r))?.why ?? null;
}

const systemResolve = async (host: string) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** URL.hostname without IPv6 brackets or the trailing dot of a fully qualified name. */
const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");

export interface OutboundGuard {
  /**
   * Throws OutboundError when the URL cannot be called: not http(s), or its host is (or
   * resolves now to) a refused address. A name that cannot be resolved yet passes: the
   * connection checks again, so a later answer is held to the same rule.
   */
  check(url: string): Promise<URL>;
  fetch(url: string, request?: OutboundRequest): Promise<OutboundResponse>;
}

export function outboundGuard(options: OutboundOptions = {}): OutboundGuard {
  const allowed = new Set(
    (options.allowHosts ?? []).map((h) =>
      h
        .toLowerCase()
        .replace(/^\[|\]$/g, "")
        .replace(/\.$/, ""),
    ),
  );
  const resolve = options.resolve ?? systemResolve;
  const isAllowed = (host: string) => allowed.has(host.toLowerCase());
  const refusal = (host: string, address: string) => {
    const why = refusedAddress(address);
    return why
      ? new OutboundError(
          `${host}${address === host ? "" : ` resolves to ${address}, which`} is ${why}; it cannot be called.`,
        )
      : null;
  };

  /** The URL, parsed; throws when it is not http(s) or names a refused IP literal. */
  function parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new OutboundError(`"${raw}" is not a URL.`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new OutboundError(`Only http and https URLs can be called (got ${url.protocol}).`);
    const host = bareHost(url);
    // The URL parser has already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1.
    if (net.isIP(host) && !isAllowed(host)) {
      const refused = refusal(host, host);
      if (refused) throw refused;
    }
    return url;
  }

  async function check(raw: string): Promise<URL> {
    const url = parse(raw);
    const host = bareHost(url);
    if (net.isIP(host) || isAllowed(host)) return url;
    // A slow resolver must not hold the caller (a mutation's transaction) for long.
    const addresses = await Promise.race([
      resolve(host).catch(() => []),
      new Promise<string[]>((r) => setTimeout(() => r([]), 3000).unref()),
    ]);
    for (const address of addresses) {
      const refused = refusal(host, address);
      if (refused) throw refused;
    }
    return url;
  }

  /** The socket's lookup: every address the name resolves to must be public. */
  const lookup = (host: string) =>
    ((_hostname: string, opts: dns.LookupOptions, callback: LookupCallback) => {
      resolve(host).then(
        (addresses) => {
          const wanted = addresses.filter((a) => !opts.family || net.isIP(a) === opts.family);
          const refused = isAllowed(host)
            ? undefined
            : wanted.map((a) => refusal(host, a)).find(Boolean);
          if (refused) return callback(refused, "");
          if (!wanted.length)
            return callback(new OutboundError(`${host} does not resolve to an address.`), "");
          const all = wanted.map((address) => ({ address, family: net.isIP(address) }));
          if (opts.all) callback(null, all);
          else callback(null, all[0].address, all[0].family);
        },
        (err: Error) =>
          callback(new OutboundError(`${host} cannot be resolved: ${err.message}`), ""),
      );
    }) as unknown as net.LookupFunction; // node's overloaded callback type has no single signature

  async function fetch(raw: string, request: OutboundRequest = {}): Promise<OutboundResponse> {
    const url = parse(raw);
    const host = bareHost(url);
    const maxBody = request.maxBodyBytes ?? 1024;
    const send = url.protocol === "https:" ? https.request : http.request;
    return new Promise<OutboundResponse>((done, fail) => {
      const req = send(
        url,
        {
          method: request.method ?? "GET",
          headers: request.headers,
          lookup: lookup(host),
          agent: false, // a fresh socket: a pooled one could have been connected before a check
          signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let kept = 0;
          const finish = () => {
            res.destroy();
            done({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
              ...(res.headers.location ? { location: String(res.headers.location) } : {}),
            });
          };
          res.on("data", (chunk: Buffer) => {
            chunks.push(chunk.subarray(0, maxBody - kept));
            kept += Math.min(chunk.length, maxBody - kept);
            if (kept >= maxBody) finish();
          });
          res.on("end", finish);
          res.on("error", finish);
        },
      );
      req.on("error", (err) =>
        fail(
          err instanceof OutboundError
            ? err
            : new OutboundError(
                err.name === "AbortError" || err.name === "TimeoutError"
                  ? `${url.host} did not answer within ${(request.timeoutMs ?? 10_000) / 1000} s.`
                  : `${url.host} could not be reached: ${err.message}`,
              ),
        ),
      );
      req.end(request.body);
    });
  }

  return { check, fetch };
}

type LookupCallback = (
  err: Error | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;
