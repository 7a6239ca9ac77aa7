import type { Endpoint, PayloadRequest } from 'payload'

import { adjustPair, proposeRound, sendIntroductions, type RoundRefusal, type Viewer } from '@/programs/matching-round'
import { programMatchingPath } from '@/components/admin/program-matching/paths'

import type { User } from '../../payload-types'

/*
 * The matching page's three actions, for programme staff and admins with their own session:
 *   POST /api/program-matching/<programId>/propose
 *   POST /api/program-matching/rounds/<roundId>/adjust   { mentee, profile }  (profile "" or "none": no mentor this round)
 *   POST /api/program-matching/rounds/<roundId>/send
 * Each answers JSON, or, for the page's plain HTML forms, sends the browser back to the matching
 * page with what happened. Visitors get 401, people who do not run the programme 403 or 404,
 * bad input 400 and a round already sent 409.
 */

const personal = { 'Cache-Control': 'private, no-store' }
type Answer = { ok: true; notice: string; round?: { id: number | string } } | RoundRefusal

function viewerOf(req: PayloadRequest): Viewer | null {
  const user = req.user as (User & { collection?: string }) | null
  return user && user.collection === 'users' ? user : null
}

/** A form post or a JSON body, as plain strings. */
async function bodyOf(req: PayloadRequest): Promise<Record<string, string> | null> {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const parsed: unknown = await req.json?.()
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null
      return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value == null ? '' : String(value)]))
    }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const form = await req.formData?.()
      return form ? Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : ''])) : null
    }
    return {}
  } catch {
    return null
  }
}

const fromForm = (req: PayloadRequest) => /application\/x-www-form-urlencoded|multipart\/form-data/.test(req.headers.get('content-type') ?? '')

/** JSON for scripts; back to the page (with the notice or the error in its address) for the page's forms. */
function answer(req: PayloadRequest, programId: string | null, result: Answer): Response {
  if (fromForm(req) && programId && (result.ok || result.status !== 401)) {
    const key = result.ok ? 'notice' : 'error'
    const text = result.ok ? result.notice : result.message
    const location = `${req.payload.config.routes.admin}${programMatchingPath}/${encodeURIComponent(programId)}?${key}=${encodeURIComponent(text)}`
    return new Response(null, { status: 303, headers: { ...personal, Location: location } })
  }
  if (result.ok) return Response.json(result, { status: 200, headers: personal })
  return Response.json({ errors: [{ message: result.message }] }, { status: result.status, headers: personal })
}

const badBody = (): RoundRefusal => ({ ok: false, status: 400, message: 'The request’s body could not be read: send a form or a JSON object.' })

async function programOfRound(req: PayloadRequest, roundId: string): Promise<string | null> {
  if (!/^[0-9a-f]{1,24}$/i.test(roundId)) return null
  const round = await req.payload.findByID({
    collection: 'match-rounds',
    id: roundId,
    select: { program: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const program = round?.program
  return program == null ? null : String(typeof program === 'object' ? program.id : program)
}

export const proposeRoundEndpoint: Endpoint = {
  path: '/program-matching/:program/propose',
  method: 'post',
  handler: async (req) => {
    const program = String(req.routeParams?.program ?? '')
    const result = await proposeRound(req.payload, viewerOf(req), program)
    if (!result.ok) return answer(req, program, result)
    const proposed = (result.round.pairs ?? []).filter((pair) => pair.profile != null).length
    const total = result.round.pairs?.length ?? 0
    return answer(req, program, {
      ok: true,
      round: { id: result.round.id },
      notice: `Proposed a mentor for ${proposed} of ${total} waiting ${total === 1 ? 'mentee' : 'mentees'}. Review the pairs, then send the introductions.`,
    })
  },
}

export const adjustPairEndpoint: Endpoint = {
  path: '/program-matching/rounds/:round/adjust',
  method: 'post',
  handler: async (req) => {
    const roundId = String(req.routeParams?.round ?? '')
    const program = await programOfRound(req, roundId)
    const body = await bodyOf(req)
    if (!body) return answer(req, program, badBody())
    const mentee = (body.mentee ?? '').trim()
    const profile = (body.profile ?? '').trim()
    if (!mentee) return answer(req, program, { ok: false, status: 400, message: 'Say which mentee’s mentor to change (mentee).' })
    const result = await adjustPair(req.payload, viewerOf(req), roundId, mentee, profile === '' || profile === 'none' ? null : profile)
    if (!result.ok) return answer(req, program, result)
    const pair = result.round.pairs?.find((each) => String(typeof each.mentee === 'object' ? each.mentee.id : each.mentee) === mentee)
    return answer(req, program, {
      ok: true,
      round: { id: result.round.id },
      notice: pair?.profile == null ? `${pair?.menteeName ?? 'The mentee'} has no mentor this round.` : `Changed ${pair.menteeName ?? 'the mentee'}’s mentor.`,
    })
  },
}

export const sendIntroductionsEndpoint: Endpoint = {
  path: '/program-matching/rounds/:round/send',
  method: 'post',
  handler: async (req) => {
    const roundId = String(req.routeParams?.round ?? '')
    const program = await programOfRound(req, roundId)
    const result = await sendIntroductions(req.payload, viewerOf(req), roundId)
    if (!result.ok) return answer(req, program, result)
    const skipped = result.skipped.map((each) => `${each.menteeName}: ${each.why}`).join(' ')
    return answer(req, program, {
      ok: true,
      notice: `Sent ${result.introduced} ${result.introduced === 1 ? 'introduction' : 'introductions'}.${skipped ? ` Not sent: ${skipped}` : ''}`,
      ...({ introduced: result.introduced, skipped: result.skipped } as object),
    })
  },
}

export const programMatchingEndpoints = [proposeRoundEndpoint, adjustPairEndpoint, sendIntroductionsEndpoint]
