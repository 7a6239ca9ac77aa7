import type { Endpoint } from 'payload'

import { getMemberSummary } from '@/queries/member-summary'

import type { User } from '../../payload-types'

const personal = { 'Cache-Control': 'private, no-store' }

/**
 * GET /api/member-summary: what the site's header shows the signed-in member (src/queries/member-summary.ts),
 * read with their own session (Payload's cookie or Authorization header). A visitor gets
 * `{ member: null }`, not a 401: being signed out is the usual case, not an error. Never stored
 * by a cache, and never carries an email or identity field.
 */
export const memberSummaryEndpoint: Endpoint = {
  path: '/member-summary',
  method: 'get',
  handler: async (req) => {
    const user = req.user as (User & { collection?: string }) | null
    if (!user || user.collection !== 'users') return Response.json({ member: null }, { headers: personal })
    return Response.json({ member: await getMemberSummary(req.payload, user) }, { headers: personal })
  },
}
