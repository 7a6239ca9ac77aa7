/**
 * Wraps Payload's REST and GraphQL route handlers (src/app/(payload)/api/): input they would
 * pass to the database unchecked is refused first with a 4xx that says what to send instead
 * (src/server/api-input.ts), and answers to a signed-in caller are never stored by a cache.
 */
import type { SanitizedConfig } from 'payload'

import { jsonBodyProblem, restInputProblem, type InputProblem } from './api-input'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RESTHandler = (request: Request, args: RouteArgs) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

const writeMethods = new Set(['POST', 'PATCH', 'PUT'])

export function guardedREST(config: Promise<SanitizedConfig> | SanitizedConfig, handler: RESTHandler): RESTHandler {
  return async (request, args) => {
    const sanitized = await config
    const url = new URL(request.url)
    const apiRoute = sanitized.routes.api
    const path = url.pathname.startsWith(apiRoute) ? url.pathname.slice(apiRoute.length) : url.pathname
    const problem =
      restInputProblem(sanitized, { method: request.method, path, search: url.search }) ?? (await bodyProblem(request))
    if (problem) return refusal(problem)
    return personal(request, sanitized, await handler(request, args))
  }
}

export function guardedGraphQL(config: Promise<SanitizedConfig> | SanitizedConfig, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const sanitized = await config
    const problem = await bodyProblem(request, 'For GraphQL that is {"query": "{ Policies { docs { title } } }"}.')
    if (problem) return refusal(problem)
    return personal(request, sanitized, await handler(request))
  }
}

async function bodyProblem(request: Request, hint?: string): Promise<InputProblem | undefined> {
  if (!writeMethods.has(request.method) || !request.headers.get('content-type')?.includes('application/json')) return undefined
  const problem = jsonBodyProblem(await request.clone().text())
  return problem && hint ? { ...problem, message: `${problem.message} ${hint}` } : problem
}

function refusal({ status, message }: InputProblem): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * An answer for a signed-in caller (a JWT header or the session cookie), or about the caller
 * (`/me`), is personal: no shared or browser cache may keep it.
 */
function personal(request: Request, config: SanitizedConfig, response: Response): Response {
  const cookie = request.headers.get('cookie') ?? ''
  const signedIn = request.headers.has('authorization') || cookie.includes(`${config.cookiePrefix}-token=`)
  if (!signedIn && !new URL(request.url).pathname.endsWith('/me')) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'private, no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
