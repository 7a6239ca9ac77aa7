/**
 * A sliding-window limit on public writes, per key (an IP address, an account). Kept in each
 * server process's memory: with several processes the effective limit is that many times
 * higher, which is enough to stop floods without a shared store.
 */
const windows = new Map<string, number[]>()

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

export function takeFromLimit(key: string, limit: number, windowMs: number, now: number = Date.now()): RateLimitResult {
  const recent = (windows.get(key) ?? []).filter((time) => time > now - windowMs)
  if (recent.length >= limit) {
    windows.set(key, recent)
    return { ok: false, retryAfterSeconds: Math.ceil((recent[0] + windowMs - now) / 1000) }
  }
  recent.push(now)
  windows.set(key, recent)
  if (windows.size > 50_000) windows.clear()
  return { ok: true }
}

/** Public writes allowed per IP address and per account each hour (RATE_LIMIT_PER_HOUR). */
export const publicWritesPerHour = (env: NodeJS.ProcessEnv = process.env) => {
  const configured = Number(env.RATE_LIMIT_PER_HOUR)
  return Number.isFinite(configured) && configured > 0 ? configured : 10
}

/** The client's address as the proxy in front of the site reports it. */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * Takes one public write of `kind` from the caller's hourly allowance (per IP address, and per
 * account when signed in); returns the message to show when the allowance is used up.
 */
export function refusePublicWrite(kind: string, keys: { address: string; account?: number | string | null }, now: number = Date.now()): string | null {
  const hour = 60 * 60 * 1000
  for (const key of [`${kind}:address:${keys.address}`, ...(keys.account != null ? [`${kind}:account:${keys.account}`] : [])]) {
    const result = takeFromLimit(key, publicWritesPerHour(), hour, now)
    if (!result.ok) return `Too many attempts from your connection. Please try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`
  }
  return null
}
