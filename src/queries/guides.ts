import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'
import { guideAudiences, type GuideAudience } from '@/lib/roles'

import type { RoleGuide } from '../../payload-types'

export type GuideSummary = Pick<RoleGuide, 'id' | 'role' | 'title' | 'summary'>

export async function listRoleGuides(): Promise<GuideSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'role-guides',
    overrideAccess: false,
    depth: 0,
    limit: guideAudiences.length,
    sort: 'order',
    select: { role: true, title: true, summary: true },
  })
  return docs
}

export const getRoleGuide = cache(async (role: string): Promise<RoleGuide | null> => {
  if (!isGuideAudience(role)) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'role-guides',
    where: { role: { equals: role } },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return docs[0] ?? null
})

export function isGuideAudience(value: string): value is GuideAudience {
  return (guideAudiences as readonly string[]).includes(value)
}
