/**
 * API routes that the production server (scripts/start.mjs) answers itself, without passing the
 * request through Next's router.
 *
 * Next's handling of a request, and Payload's REST wrapping around an endpoint, cost a few
 * milliseconds of processor time per request. For a burst of public writes (500 contact-form
 * submissions at once, `npm run bench:contact`) that was most of the time to answer. The app
 * registers here, when Payload starts in a server process (src/server/register-direct-api.ts,
 * from the config's onInit), a handler for each such route: the same function its Payload
 * endpoint calls, so both answer alike. start.mjs waits for that before accepting connections;
 * under `next dev`, the routes go through Next as every other request.
 *
 * Only routes that need nothing from Next belong here: no page revalidation, no `cookies()` or
 * `headers()`, no signed-in user.
 */
import { securityHeaders } from './security-headers.mjs'

export const directApiKey = Symbol.for('pride-career-network.direct-api')

/** Larger bodies are refused before they are parsed: a contact message is at most 5,000 characters. */
export const maxDirectBodyBytes = 64 * 1024

/**
 * @typedef {{ body: unknown, headers: { get(name: string): string | null } }} DirectRequest
 *   the JSON body (null when it is not JSON) and the request's headers
 * @typedef {(request: DirectRequest) => Promise<{ status: number, json: unknown }>} DirectHandler
 */

/**
 * Resolves once the app has registered its routes (scripts/start.mjs starts Payload before it
 * accepts connections), or after `timeoutMs`: then requests go through Next until it has.
 * @returns {Promise<boolean>} whether the routes are registered
 */
export async function directApiReady(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!globalThis[directApiKey] && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return Boolean(globalThis[directApiKey])
}

/**
 * Answers `req` when the app has registered a handler for its method and path. Returns false,
 * having read nothing, when Next should handle the request instead.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function answerDirectly(req, res) {
  /** @type {Map<string, DirectHandler> | undefined} */
  const routes = globalThis[directApiKey]
  if (!routes) return false
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  const handler = routes.get(`${req.method} ${query === -1 ? url : url.slice(0, query)}`)
  if (!handler) return false

  try {
    const raw = await readBody(req, maxDirectBodyBytes)
    if (raw === null) {
      sendJSON(res, 413, { errors: { form: 'The request is too large: a message can be at most 5,000 characters.' } })
      return true
    }
    const headers = {
      get(name) {
        const key = name.toLowerCase()
        const value = req.headers[key]
        if (Array.isArray(value)) return value.join(', ')
        // scripts/start.mjs has replaced it with the client's one address (pinClientAddress).
        if (key === 'x-forwarded-for') return value ?? req.socket.remoteAddress ?? null
        return value ?? null
      },
    }
    const { status, json } = await handler({ body: parseJSON(raw), headers })
    sendJSON(res, status, json)
  } catch (error) {
    console.error(`${req.method} ${url} failed:`, error)
    if (!res.headersSent) sendJSON(res, 500, { errors: { form: 'Something went wrong on our side and nothing was sent. Please try again in a minute.' } })
  }
  return true
}

function parseJSON(raw) {
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    return null
  }
}

/** The whole body, or null (after reading and dropping the rest) when it is larger than `limit`. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size <= limit && !(declared > limit)) chunks.push(chunk)
    })
    req.on('end', () => resolve(size <= limit && !(declared > limit) ? Buffer.concat(chunks) : null))
    req.on('error', reject)
  })
}

function sendJSON(res, status, json) {
  const body = JSON.stringify(json)
  for (const { key, value } of securityHeaders) res.setHeader(key, value)
  res.setHeader('Content-Type', 'application/json')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.writeHead(status)
  res.end(body)
}
