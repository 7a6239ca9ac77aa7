/**
 * Which address a request comes from: the connection's, unless the operator names the proxies
 * in front of the site (TRUST_PROXY). Only then is X-Forwarded-For read, and only the entries
 * those proxies wrote; anything a client puts there itself is ignored. Plain JavaScript so that
 * the production server (scripts/start.mjs) and the app's TypeScript share it.
 *
 * TRUST_PROXY is
 * - unset (or `false`, `0`): no proxy; the connection's address is the client's;
 * - a hop count, `1` behind one load balancer: that many proxies nearest the server are trusted;
 * - a comma list of addresses, CIDR ranges or proxy-addr's names (`loopback`, `linklocal`,
 *   `uniquelocal`): `loopback, 10.0.0.0/8`.
 */
import proxyaddr from 'proxy-addr'

/** @typedef {(address: string, hop: number) => boolean} Trust */

/**
 * The proxies TRUST_PROXY trusts. Throws, naming the setting, when it cannot be read: a typo
 * must stop the server, not silently trust nobody (or everybody).
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
    throw new Error('TRUST_PROXY=true would let every client choose its address. Give the number of proxies in front of the site (1) or their addresses (10.0.0.0/8).')
  }
  try {
    return proxyaddr.compile(value.split(',').map((entry) => entry.trim()).filter(Boolean))
  } catch (error) {
    throw new Error(`TRUST_PROXY is not a hop count or a list of addresses: ${/** @type {Error} */ (error).message}`)
  }
}

/**
 * The client's address for a Node request: the connection's, or the nearest X-Forwarded-For
 * entry that a trusted proxy did not write. An empty or absent header leaves the connection's.
 * @param {import('node:http').IncomingMessage} req
 * @param {Trust} trust
 */
export function resolveClientAddress(req, trust) {
  return plainAddress(proxyaddr(req, trust))
}

/**
 * Replaces the request's X-Forwarded-For with the one resolved address, so that everything
 * after the server (Next, the direct routes, the app's `clientAddress`) reads a value no client
 * chose. Called by scripts/start.mjs for every request before anything else sees it.
 * @param {import('node:http').IncomingMessage} req
 * @param {Trust} trust
 */
export function pinClientAddress(req, trust) {
  req.headers['x-forwarded-for'] = resolveClientAddress(req, trust)
  delete req.headers['x-real-ip']
}

/**
 * The client's address as the app reads it. In production the server left exactly one entry
 * (pinClientAddress). Under `next dev`, Next fills the header from the connection only when a
 * client sent none, so a client can choose it there: development is not a trust boundary.
 * @param {{ get(name: string): string | null }} headers
 */
export function clientAddress(headers) {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  // Should a chain arrive anyway, the last entry is the one the nearest hop wrote.
  return plainAddress(entries.at(-1) ?? '') || 'unknown'
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
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is `203.0.113.7`. */
function plainAddress(address) {
  const value = String(address ?? '').trim().toLowerCase()
  return value.startsWith('::ffff:') && value.includes('.') ? value.slice('::ffff:'.length) : value
}
