import type { PayloadRequest } from 'payload'

import { publicProgramStatuses } from '@/programs/options'

const key = 'publicProgramIds'

/**
 * The programmes a visitor may see (open or closed), looked up once per request. An empty list
 * still makes a valid `in` query that matches nothing.
 */
export async function publicProgramIds(req: PayloadRequest): Promise<(number | string)[]> {
  const cached = req.context[key] as (number | string)[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'programs',
    where: { status: { in: publicProgramStatuses } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((program) => program.id)
  req.context[key] = ids
  return ids
}
