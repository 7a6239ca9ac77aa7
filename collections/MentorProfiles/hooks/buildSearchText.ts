import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/access'
import { richTextToPlain } from '@/lib/plain-text'

import type { MentorProfile } from '../../../payload-types'

async function namesOf(req: PayloadRequest, collection: 'industries' | 'skills' | 'organizations', ids: unknown[]): Promise<string[]> {
  const wanted = ids.map((value) => idOf(value as number)).filter((id): id is number | string => id != null)
  if (wanted.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.name)
}

/**
 * What the directory's text search matches: name, headline, bio, industries, skills, location
 * and organisation. Identity fields are left out on purpose: searching them would reveal them.
 */
export const buildSearchText: CollectionBeforeChangeHook<MentorProfile> = async ({ data, originalDoc, req }) => {
  const value = <K extends keyof MentorProfile>(key: K) => (key in data ? data[key] : originalDoc?.[key]) as MentorProfile[K]
  const [industries, skills, organization] = await Promise.all([
    namesOf(req, 'industries', value('industries') ?? []),
    namesOf(req, 'skills', value('skills') ?? []),
    namesOf(req, 'organizations', value('organization') ? [value('organization')] : []),
  ])
  const parts = [value('displayName'), value('headline'), richTextToPlain(value('bio')), ...industries, ...skills, value('location'), ...organization]
  return { ...data, searchText: parts.filter(Boolean).join(' \n').slice(0, 20_000) }
}
