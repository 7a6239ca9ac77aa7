/**
 * Which address a request comes from, as the rate limits count it.
 *
 * The trust statement: the site runs behind a reverse proxy that writes X-Forwarded-For itself.
 * Next's server (`next start`) only fills that header from the connection when the request
 * carries none, so a client that reached the site directly could choose its own address. The
 * shipped nginx configuration therefore overwrites the header with the address it sees
 * (`proxy_set_header X-Forwarded-For $remote_addr`, with nginx's realip module to see through a
 * trusted load balancer in front of it), and `npm start` listens on 127.0.0.1 unless HOST says
 * otherwise, so that only the proxy reaches it.
 *
 * The rule: the last X-Forwarded-For entry is the one the nearest proxy wrote. A proxy that
 * appends to the header instead of overwriting it (`$proxy_add_x_forwarded_for`, most cloud
 * load balancers) leaves the entries of the proxies before it to the left; TRUST_PROXY names
 * those, and the walk goes left past them to the first entry no trusted proxy wrote. Anything a
 * client put there itself stays further left and is never read.
 *
 * TRUST_PROXY is
 * - unset (or `false`, `0`): the last entry is the client's;
 * - a hop count, `1` when one more proxy (a load balancer) appends before the nearest one:
 *   that many entries, from the right, are proxies;
 * - a comma list of addresses, CIDR ranges or proxy-addr's names (`loopback`, `linklocal`,
 *   `uniquelocal`): entries from those addresses are proxies: `10.0.0.0/8`.
 */
import proxyaddr from 'proxy-addr'

/** @typedef {(address: string, hop: number) => boolean} Trust */

/**
 * The proxies TRUST_PROXY trusts. Throws, naming the setting, when it cannot be read: a typo
 * must stop the server (next.config.mjs reads it at start), not silently trust nobody or everybody.
 * @param {string | undefined} setting
 * @returns {Trust}
 */
export function trustedProxies(setting = process.env.TRUST_PROXY) {
  const value = setting?.trim() ?? ''
  if (value === '' || value === 'false' || value === '0') return () => false
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  if (value === 'true') {
    throw new Error(
      'TRUST_PROXY=true would let every client choose its address. Give the number of proxies in front of the site (1) or their addresses (10.0.0.0/8).',
    )
  }
  try {
    return proxyaddr.compile(
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
  } catch (error) {
    throw new Error(`TRUST_PROXY is not a hop count or a list of addresses: ${/** @type {Error} */ (error).message}`)
  }
}

/** @type {{ setting: string | undefined, trust: Trust } | undefined} */
let configured

/** TRUST_PROXY of this process, read once (and again should a test change it). */
function configuredTrust() {
  const setting = process.env.TRUST_PROXY
  if (!configured || configured.setting !== setting) configured = { setting, trust: trustedProxies(setting) }
  return configured.trust
}

/**
 * The client's address as the app reads it: the last X-Forwarded-For entry, or, past the
 * proxies TRUST_PROXY names, the nearest one they did not write. `unknown` without a header
 * (only a request that came through no proxy and not through Next's server lacks one).
 * @param {{ get(name: string): string | null }} headers
 * @param {Trust} [trust] the proxies to walk past; TRUST_PROXY's by default
 */
export function clientAddress(headers, trust = configuredTrust()) {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => plainAddress(entry))
    .filter(Boolean)
  let index = entries.length - 1
  for (let hop = 0; index > 0 && trust(entries[index], hop); hop += 1) index -= 1
  return entries[index] || 'unknown'
}

/**
 * The key a limit counts an address under. An IPv6 client usually holds a whole /64 and can
 * pick any address in it, so IPv6 addresses count per /64; IPv4 addresses count one by one.
 * @param {string} address
 */
export function addressKey(address) {
  const plain = plainAddress(address)
  if (!plain.includes(':')) return plain
  const [head, tail = ''] = plain.split('::')
  const left = head ? head.split(':') : []
  const right = plain.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = plain.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  if (groups.length !== 8 || groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return plain
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`
}

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is `203.0.113.7`. */
function plainAddress(address) {
  const value = String(address ?? '')
    .trim()
    .toLowerCase()
  return value.startsWith('::ffff:') && value.includes('.') ? value.slice('::ffff:'.length) : value
}
