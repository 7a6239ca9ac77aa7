/**
 * Where to go after signing in, from a `next` value the visitor controls: a path on this site,
 * or `fallback` (the member's home dashboard). Browsers read `\` as `/` and drop tabs and newlines from addresses, so
 * `/\evil.example` and `/<TAB>/evil.example` both lead off the site; anything with a backslash,
 * a control character or a second leading slash (also once percent-decoded) is refused.
 */
export function safeNextPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_000) return fallback
  if (!onSite(value)) return fallback
  let decoded = value
  // Percent-encoding is undone up to three times over: a path that decodes into an off-site one
  // may be decoded again by a proxy or a browser on the way.
  for (let round = 0; round < 3 && decoded.includes('%'); round += 1) {
    try {
      decoded = decodeURIComponent(decoded)
    } catch {
      return fallback
    }
    if (!onSite(decoded)) return fallback
  }
  const base = 'http://next-path.invalid'
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** A path every URL parser reads as this site's: one leading slash, no backslash, no control characters. */
function onSite(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') && !/[\u0000-\u001f\u007f]/.test(path)
}
