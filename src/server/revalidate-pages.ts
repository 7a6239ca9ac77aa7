import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidatePath } from 'next/cache'
import type { Endpoint } from 'payload'
import { z } from 'zod'

/**
 * POST /api/revalidate-pages: refreshes cached public pages on behalf of code that runs outside
 * a Next request (the jobs worker's scheduled publishing and deadlines, `npm run
 * policies:import`), where Next's revalidatePath() cannot run. With REDIS_URL every instance
 * shares one page cache, so asking any one instance refreshes the page for all of them.
 *
 * Only holders of the deployment's secret may ask: `Authorization: Bearer <JOBS_SECRET>`, or,
 * when JOBS_SECRET is unset, a key derived from PAYLOAD_SECRET, which the web instances, the
 * worker and the scripts all have already (see revalidationToken).
 */
const revalidateRequest = z.object({
  paths: z
    .array(
      z
        .string()
        .max(1024)
        .regex(/^\/[^\s?#]*$/, 'each path is a page address starting with "/", without a query or a fragment'),
    )
    .min(1, 'name at least one page')
    .max(500, 'at most 500 pages at once'),
  type: z.enum(['layout', 'page']).optional(),
})

export type RevalidateRequest = z.infer<typeof revalidateRequest>

/** The bearer token this deployment's processes present to each other. */
export function revalidationToken(payloadSecret: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.JOBS_SECRET || createHmac('sha256', payloadSecret).update('pride-career-network:revalidate-pages').digest('hex')
}

function presentsToken(authorization: string | null, expected: string): boolean {
  const presented = authorization?.match(/^Bearer (.+)$/)?.[1]
  if (!presented) return false
  const [a, b] = [Buffer.from(presented), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

const answer = (status: number, json: unknown) => Response.json(json, { status, headers: { 'Cache-Control': 'no-store' } })

export const revalidatePagesEndpoint: Endpoint = {
  path: '/revalidate-pages',
  method: 'post',
  handler: async (req) => {
    const authorization = req.headers.get('authorization')
    if (!authorization) return answer(401, { errors: { form: 'Send Authorization: Bearer <JOBS_SECRET> to refresh pages.' } })
    if (!presentsToken(authorization, revalidationToken(req.payload.secret))) return answer(403, { errors: { form: 'That token may not refresh pages.' } })

    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const parsed = revalidateRequest.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return answer(400, {
        errors: { form: `Send {"paths": ["/jobs", "/jobs/a-job"], "type"?: "layout" | "page"}: ${issue.path.join('.') || 'body'}: ${issue.message}.` },
      })
    }
    const { paths, type } = parsed.data
    for (const path of new Set(paths)) revalidatePath(path, type)
    return answer(200, { revalidated: [...new Set(paths)], ...(type && { type }) })
  },
}
