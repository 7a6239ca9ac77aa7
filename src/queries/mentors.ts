import { sql } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import { mentorsPerPage, type DirectoryParams } from '@/directory/params'

import type { MentorProfile, User } from '../../payload-types'

/**
 * The mentor directory's one query, shared by /mentors and `npm run bench:directory`.
 *
 * It runs in two steps. First the matching profile ids for the requested page are found: on
 * SQLite by one SQL query over the FTS5 index and the filter indexes (src/migrations/*_directory_search.ts),
 * elsewhere (MongoDB) through Payload's own query, with the collection's text index for words.
 * Then those few profiles are read through Payload with the viewer's access, so each identity
 * field shows only where its owner allowed.
 */

export type MentorCard = Pick<
  MentorProfile,
  'id' | 'displayName' | 'slug' | 'kind' | 'headline' | 'location' | 'timeZone' | 'languages' | 'pronouns' | 'identities' | 'availability' | 'paused' | 'pausedUntil' | 'lastActiveAt'
> & {
  industries: { name: string; slug: string }[]
  skills: { name: string; slug: string }[]
  organization: { name: string; slug: string } | null
}

export type DirectoryResult = { docs: MentorCard[]; totalDocs: number; page: number; totalPages: number; perPage: number }

type Viewer = Pick<User, 'id' | 'roles'> | null

type Filters = {
  kind?: string
  industryId?: number | string
  skillId?: number | string
  organizationId?: number | string
  language?: string
  availableAt?: string
  words: string[]
}

type Page = { ids: (number | string)[]; total: number }

export async function searchMentors(payload: Payload, params: DirectoryParams, viewer: Viewer = null, now = new Date()): Promise<DirectoryResult> {
  const filters = await resolveFilters(payload, params, now)
  const offset = (params.page - 1) * mentorsPerPage
  const found: Page =
    filters === null
      ? { ids: [], total: 0 }
      : payload.db.name === 'sqlite'
        ? await findOnSqlite(payload, filters, params.sort, offset)
        : await findThroughPayload(payload, filters, params.sort, offset)
  return {
    docs: await readCards(payload, found.ids, viewer),
    totalDocs: found.total,
    page: params.page,
    totalPages: Math.max(1, Math.ceil(found.total / mentorsPerPage)),
    perPage: mentorsPerPage,
  }
}

/** Turns slugs into ids; null when a named industry, skill or organisation does not exist. */
async function resolveFilters(payload: Payload, params: DirectoryParams, now: Date): Promise<Filters | null> {
  const idOf = async (collection: 'industries' | 'skills' | 'organizations', slug?: string) => {
    if (!slug) return undefined
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, select: { slug: true }, depth: 0, limit: 1, pagination: false })
    return docs[0]?.id ?? null
  }
  const [industryId, skillId, organizationId] = await Promise.all([
    idOf('industries', params.industry),
    idOf('skills', params.skill),
    idOf('organizations', params.organization),
  ])
  if (industryId === null || skillId === null || organizationId === null) return null
  return {
    kind: params.kind,
    industryId,
    skillId,
    organizationId,
    language: params.language,
    availableAt: params.show === 'available' ? now.toISOString() : undefined,
    words: searchWords(params.q),
  }
}

/** The words of a search, lower-cased; punctuation and search-syntax characters are dropped. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8)
}

async function findOnSqlite(payload: Payload, filters: Filters, sort: DirectoryParams['sort'], offset: number): Promise<Page> {
  const db = (payload.db as unknown as { drizzle: { all<T>(query: ReturnType<typeof sql>): Promise<T[]> } }).drizzle
  const conditions = [sql`1 = 1`]
  if (filters.kind) conditions.push(sql`p.kind = ${filters.kind}`)
  if (filters.organizationId != null) conditions.push(sql`p.organization_id = ${filters.organizationId}`)
  if (filters.industryId != null) {
    conditions.push(sql`p.id IN (SELECT parent_id FROM mentor_profiles_rels WHERE industries_id = ${filters.industryId} AND path = 'industries')`)
  }
  if (filters.skillId != null) {
    conditions.push(sql`p.id IN (SELECT parent_id FROM mentor_profiles_rels WHERE skills_id = ${filters.skillId} AND path = 'skills')`)
  }
  if (filters.language) conditions.push(sql`p.id IN (SELECT parent_id FROM mentor_profiles_languages WHERE value = ${filters.language})`)
  if (filters.availableAt) {
    conditions.push(sql`p.availability = 'open' AND (coalesce(p.paused, 0) = 0 OR p.paused_until <= ${filters.availableAt})`)
  }
  const where = sql.join(conditions, sql` AND `)

  // Each word matches as a prefix ("interv" finds "interview"); all words must match.
  const match = filters.words.map((word) => `"${word}"*`).join(' ')
  const from = match ? sql`mentor_profiles_fts f JOIN mentor_profiles p ON p.id = f.rowid` : sql`mentor_profiles p`
  const matching = match ? sql`f.mentor_profiles_fts MATCH ${match} AND ${where}` : where
  const order =
    sort === 'name'
      ? sql`p.display_name, p.id`
      : sort === 'recent' || !match
        ? sql`p.last_active_at DESC, p.id DESC`
        : sql`f.rank, p.id`

  const [rows, counted] = await Promise.all([
    db.all<{ id: number }>(sql`SELECT p.id AS id FROM ${from} WHERE ${matching} ORDER BY ${order} LIMIT ${mentorsPerPage} OFFSET ${offset}`),
    db.all<{ total: number }>(sql`SELECT count(*) AS total FROM ${from} WHERE ${matching}`),
  ])
  return { ids: rows.map((row) => row.id), total: Number(counted[0]?.total ?? 0) }
}

type TextSearchModel = {
  find(filter: object, projection: object): { sort(order: object): { limit(count: number): { lean(): Promise<{ _id: unknown }[]> } } }
}

/** Any other adapter: Payload's query language, and MongoDB's text index for the words. */
async function findThroughPayload(payload: Payload, filters: Filters, sort: DirectoryParams['sort'], offset: number): Promise<Page> {
  const and: Where[] = []
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.organizationId != null) and.push({ organization: { equals: filters.organizationId } })
  if (filters.industryId != null) and.push({ industries: { in: [filters.industryId] } })
  if (filters.skillId != null) and.push({ skills: { in: [filters.skillId] } })
  if (filters.language) and.push({ languages: { in: [filters.language] } })
  if (filters.availableAt) {
    and.push({ availability: { equals: 'open' } })
    and.push({ or: [{ paused: { not_equals: true } }, { pausedUntil: { less_than_equal: filters.availableAt } }] })
  }

  let ranked: string[] | null = null
  if (filters.words.length > 0) {
    const model = (payload.db as unknown as { collections?: Record<string, TextSearchModel> }).collections?.['mentor-profiles']
    if (payload.db.name === 'mongoose' && model) {
      const hits = await model
        .find({ $text: { $search: filters.words.map((word) => `"${word}"`).join(' ') } }, { _id: 1, score: { $meta: 'textScore' } })
        .sort({ score: { $meta: 'textScore' } })
        .limit(5_000)
        .lean()
      ranked = hits.map((hit) => String(hit._id))
      and.push({ id: { in: ranked } })
    } else {
      for (const word of filters.words) and.push({ searchText: { contains: word } })
    }
  }

  const byRelevance = sort === 'relevance' && ranked !== null
  const result = await payload.find({
    collection: 'mentor-profiles',
    where: and.length > 0 ? { and } : undefined,
    sort: sort === 'name' ? ['displayName', 'id'] : ['-lastActiveAt', '-id'],
    select: { slug: true },
    depth: 0,
    ...(byRelevance ? { pagination: false, limit: 0 } : { limit: mentorsPerPage, page: Math.floor(offset / mentorsPerPage) + 1 }),
  })
  if (!byRelevance) return { ids: result.docs.map((doc) => doc.id), total: result.totalDocs }
  const matching = new Set(result.docs.map((doc) => String(doc.id)))
  const ordered = ranked!.filter((id) => matching.has(id))
  return { ids: ordered.slice(offset, offset + mentorsPerPage), total: ordered.length }
}

/** The page's profiles, read with the viewer's access so identity fields follow each owner's choice. */
async function readCards(payload: Payload, ids: (number | string)[], viewer: Viewer): Promise<MentorCard[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { id: { in: ids } },
    overrideAccess: false,
    user: viewer,
    depth: 1,
    limit: ids.length,
    pagination: false,
    select: {
      user: true,
      displayName: true,
      slug: true,
      kind: true,
      headline: true,
      industries: true,
      skills: true,
      organization: true,
      location: true,
      timeZone: true,
      languages: true,
      pronouns: true,
      pronounsVisibility: true,
      identities: true,
      identitiesVisibility: true,
      availability: true,
      paused: true,
      pausedUntil: true,
      lastActiveAt: true,
    },
    populate: {
      industries: { name: true, slug: true },
      skills: { name: true, slug: true },
      organizations: { name: true, slug: true },
    },
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids
    .map((id) => byId.get(String(id)))
    .filter((doc) => doc !== undefined)
    .map((doc) => toCard(doc as MentorProfile))
}

type Named = { name: string; slug: string }
const named = (values: unknown[] | null | undefined): Named[] =>
  (values ?? []).filter((value): value is Named => typeof value === 'object' && value !== null && 'slug' in value)

export function toCard(doc: MentorProfile): MentorCard {
  const organization = typeof doc.organization === 'object' && doc.organization ? { name: doc.organization.name, slug: doc.organization.slug } : null
  return {
    id: doc.id,
    displayName: doc.displayName,
    slug: doc.slug,
    kind: doc.kind,
    headline: doc.headline,
    location: doc.location,
    timeZone: doc.timeZone,
    languages: doc.languages,
    pronouns: doc.pronouns,
    identities: doc.identities,
    availability: doc.availability,
    paused: doc.paused,
    pausedUntil: doc.pausedUntil,
    lastActiveAt: doc.lastActiveAt,
    industries: named(doc.industries),
    skills: named(doc.skills),
    organization,
  }
}

/** Paused now, full, or open: how the directory marks a profile. */
export function availabilityOf(card: Pick<MentorCard, 'availability' | 'paused' | 'pausedUntil'>, now = new Date()): 'open' | 'full' | 'paused' {
  if (card.paused && (!card.pausedUntil || new Date(card.pausedUntil) > now)) return 'paused'
  return card.availability === 'full' ? 'full' : 'open'
}

export type DirectoryChoices = {
  industries: { name: string; slug: string }[]
  skills: { name: string; slug: string }[]
  organizations: { name: string; slug: string }[]
}

/** The filter choices: the managed lists, and the organisations. */
export async function listDirectoryChoices(payload: Payload): Promise<DirectoryChoices> {
  const list = (collection: 'industries' | 'skills' | 'organizations') =>
    payload
      .find({ collection, select: { name: true, slug: true }, depth: 0, limit: 500, sort: 'name', overrideAccess: false })
      .then(({ docs }) => docs.map(({ name, slug }) => ({ name, slug })))
  const [industries, skills, organizations] = await Promise.all([list('industries'), list('skills'), list('organizations')])
  return { industries, skills, organizations }
}

/** One profile as the viewer may see it, with its populated lists. */
export async function getMentorProfile(payload: Payload, slug: string, viewer: Viewer): Promise<(MentorProfile & { card: MentorCard }) | null> {
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    user: viewer,
    depth: 1,
    limit: 1,
    populate: {
      industries: { name: true, slug: true },
      skills: { name: true, slug: true },
      organizations: { name: true, slug: true },
      // The owner and admins may read the account link; the page needs no more of it than its id.
      users: { chosenName: true },
    },
  })
  const doc = docs[0] as MentorProfile | undefined
  return doc ? { ...doc, card: toCard(doc) } : null
}
