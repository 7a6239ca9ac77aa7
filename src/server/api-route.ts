/**
 * Wraps Payload's REST and GraphQL route handlers (src/app/(payload)/api/): input they would
 * pass to the database unchecked is refused first with a 4xx that says what to send instead
 * (src/server/api-input.ts), and answers to a signed-in caller are never stored by a cache.
 */
import type { SanitizedConfig } from 'payload'

import { parse, visit, type ValueNode } from 'graphql'

import { documentShapeProblem, jsonBodyProblem, maxListLimit, restInputProblem, type InputProblem } from './api-input'

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
    // A POST that asks to be read as a GET (the admin sends long queries so) is checked as that GET.
    const readAsGet =
      request.method === 'POST' && [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')
    const formQuery = readAsGet && request.headers.get('content-type') === 'application/x-www-form-urlencoded' ? await request.clone().text() : ''
    const problem =
      restInputProblem(sanitized, { method: readAsGet ? 'GET' : request.method, path, search: formQuery ? `${url.search}&${formQuery}` : url.search }) ??
      (await bodyProblem(request)) ??
      (isJSON(request) && writeMethods.has(request.method) && !readAsGet
        ? documentShapeProblem(sanitized, { method: request.method, path }, await request.clone().text())
        : undefined)
    if (problem?.missingFileIn && !(await readableByAnyone(sanitized, problem.missingFileIn))) {
      // Files only some may read (résumés, resources) answer a missing name as a forbidden one,
      // so the answer never tells whether a file of that name exists.
      return refusal({ status: 403, message: 'You are not allowed to perform this action.' })
    }
    if (problem) return refusal(problem)
    return personal(request, sanitized, await handler(request, args))
  }
}

async function readableByAnyone(config: SanitizedConfig, slug: string): Promise<boolean> {
  const read = config.collections.find((collection) => collection.slug === slug)?.access.read
  try {
    return (await read?.({ req: { user: null, context: {} } } as unknown as Parameters<NonNullable<typeof read>>[0])) === true
  } catch {
    return false
  }
}

export function guardedGraphQL(config: Promise<SanitizedConfig> | SanitizedConfig, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const sanitized = await config
    const problem = (await bodyProblem(request, 'For GraphQL that is {"query": "{ Policies { docs { title } } }"}.')) ?? (await graphqlArgumentProblem(request))
    if (problem) return refusal(problem)
    return personal(request, sanitized, await handler(request))
  }
}

const isJSON = (request: Request) => request.headers.get('content-type')?.includes('application/json') === true

async function bodyProblem(request: Request, hint?: string): Promise<InputProblem | undefined> {
  if (!writeMethods.has(request.method) || !isJSON(request)) return undefined
  const problem = jsonBodyProblem(await request.clone().text())
  return problem && hint ? { ...problem, message: `${problem.message} ${hint}` } : problem
}

const graphqlBounds: Record<string, [number, number]> = { limit: [1, maxListLimit], page: [1, 1_000_000] }

/**
 * GraphQL's `limit` and `page` arguments, bounded as REST's are: a negative limit reached the
 * database as an OFFSET without LIMIT, which SQLite refuses. A query that does not parse is left
 * to Payload, which explains it.
 */
async function graphqlArgumentProblem(request: Request): Promise<InputProblem | undefined> {
  if (!isJSON(request)) return undefined
  const body = JSON.parse((await request.clone().text()) || '{}') as { query?: unknown; variables?: Record<string, unknown> } | null
  if (!body || typeof body.query !== 'string') return undefined
  let document
  try {
    document = parse(body.query)
  } catch {
    return undefined
  }
  const valueOf = (node: ValueNode): unknown =>
    node.kind === 'IntValue' || node.kind === 'FloatValue' ? Number(node.value) : node.kind === 'Variable' ? body.variables?.[node.name.value] : undefined
  let problem: InputProblem | undefined
  visit(document, {
    Argument(node) {
      const bounds = graphqlBounds[node.name.value]
      const value = valueOf(node.value)
      if (!bounds || problem || value === undefined || value === null) return
      if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds[0] || value > bounds[1]) {
        problem = { status: 400, message: `${node.name.value} must be a whole number from ${bounds[0]} to ${bounds[1].toLocaleString('en')}.` }
      }
    },
  })
  return problem
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
