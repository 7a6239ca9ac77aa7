import { sql } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import { hasRole, idOf } from '@/access'
import { accountsBlockedWith } from '@/blocks/lookup'
import { mentorsPerPage, type DirectoryParams } from '@/directory/params'
import { directoryWords } from '@/directory/words'
import { publicProgramStatuses } from '@/programs/options'
import { photoSelect, toPhotoView, visiblePhotos, type PhotoView } from '@/queries/photos'

import type { MentorProfile, User } from '../../payload-types'

/**
 * The mentor directory's one query, shared by /mentors and `npm run bench:directory`.
 *
 * It runs in two steps. First the matching profile ids for the requested page are found: on
 * SQLite by one SQL query over the FTS5 index and the filter indexes (src/migrations/*_directory_search.ts),
 * on MongoDB by a prefix match on each profile's word list, with Payload's own filter for the rest.
 * Then those few profiles are read through Payload with the viewer's access, so each identity
 * field shows only where its owner allowed.
 */

export type MentorCard = Pick<
  MentorProfile,
  | 'id'
  | 'displayName'
  | 'slug'
  | 'kind'
  | 'headline'
  | 'location'
  | 'timeZone'
  | 'languages'
  | 'pronouns'
  | 'identities'
  | 'availability'
  | 'paused'
  | 'pausedUntil'
  | 'lastActiveAt'
> & {
  industries: { name: string; slug: string }[]
  skills: { name: string; slug: string }[]
  organization: { name: string; slug: string } | null
  /** The profile's photo, only when this viewer may see it (it follows the profile's visibility). */
  photo: PhotoView | null
}

/** The programme a search is filtered to: null when its slug names no public programme. */
export type DirectoryProgram = { id: number | string; name: string; slug: string }

/** `totalDocs` stops at `countLimit`; `moreThan` says the real number is higher. */
export type DirectoryResult = {
  docs: MentorCard[]
  totalDocs: number
  moreThan: boolean
  page: number
  totalPages: number
  perPage: number
  /** Set when the search names a programme (`program=<slug>`). */
  program?: DirectoryProgram | null
}

/** Counting every match of a broad search costs more than it tells: past this, "more than 1,000". */
export const countLimit = 1000

type Viewer = Pick<User, 'id' | 'roles'> | null

type Filters = {
  kind?: string
  industryId?: number | string
  skillId?: number | string
  organizationId?: number | string
  language?: string
  availableAt?: string
  words: string[]
  /** Accounts on the other side of a block with the viewer: their profiles never match. */
  hiddenAccounts: (number | string)[]
  /** Filtered to a programme: only these accounts (its listed mentors) match. */
  onlyAccounts?: (number | string)[]
}

type Page = { ids: (number | string)[]; total: number; moreThan?: boolean }

export async function searchMentors(payload: Payload, params: DirectoryParams, viewer: Viewer = null, now = new Date()): Promise<DirectoryResult> {
  const hiddenAccounts = viewer && !hasRole(viewer, 'admin') ? await accountsBlockedWith(payload, viewer.id) : []
  const program = params.program ? await directoryProgram(payload, params.program, viewer) : undefined
  const listed = program ? await listedMentorsOf(payload, program.id) : undefined
  const resolved = await resolveFilters(payload, params, hiddenAccounts, now)
  // A programme nobody may see, or one without listed mentors, matches no one.
  const filters = program === null || listed?.length === 0 || resolved === null ? null : { ...resolved, onlyAccounts: listed }
  const offset = (params.page - 1) * mentorsPerPage
  const found: Page =
    filters === null
      ? { ids: [], total: 0 }
      : payload.db.name === 'sqlite'
        ? await findOnSqlite(payload, filters, params.sort, offset)
        : await findOnMongo(payload, filters, params.sort, offset)
  return {
    docs: await readCards(payload, found.ids, viewer),
    totalDocs: found.total,
    moreThan: found.moreThan ?? false,
    page: params.page,
    totalPages: Math.max(1, Math.ceil(found.total / mentorsPerPage)),
    perPage: mentorsPerPage,
    ...(params.program ? { program: program ?? null } : {}),
  }
}

/** A public programme (open or closed) by its slug, read with the viewer's access; null otherwise. */
export async function directoryProgram(payload: Payload, slug: string, viewer: Viewer): Promise<DirectoryProgram | null> {
  const { docs } = await payload.find({
    collection: 'programs',
    where: { and: [{ slug: { equals: slug } }, { status: { in: publicProgramStatuses } }] },
    select: { name: true, slug: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: viewer,
  })
  const program = docs[0]
  return program ? { id: program.id, name: program.name, slug: program.slug } : null
}

/**
 * The accounts listed as mentors of a programme: active mentor-side members who have not asked
 * to be taken off its mentoring pages. Read at each search, so a change shows at once.
 */
export async function listedMentorsOf(payload: Payload, program: number | string): Promise<(number | string)[]> {
  const { docs } = await payload.find({
    collection: 'program-memberships',
    // Never written is absent on MongoDB and null on SQLite: both are listed.
    where: {
      and: [
        { program: { equals: program } },
        { side: { equals: 'mentor' } },
        { status: { equals: 'active' } },
        { or: [{ hiddenFromListings: { equals: false } }, { hiddenFromListings: { exists: false } }, { hiddenFromListings: { equals: null } }] },
      ],
    },
    select: { user: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((membership) => idOf(membership.user)).filter((id) => id != null)
}

/** Turns slugs into ids; null when a named industry, skill or organisation does not exist. */
async function resolveFilters(payload: Payload, params: DirectoryParams, hiddenAccounts: (number | string)[], now: Date): Promise<Filters | null> {
  // Slugs resolve through the same per-process lookup the cards use; a slug it does not know
  // (a list entry added a moment ago) reloads it once before counting as unknown.
  const idFor = (names: Names, table: keyof Names, slug?: string) =>
    slug === undefined ? undefined : ([...names[table].values()].find((entry) => entry.slug === slug)?.id ?? null)
  const resolve = (names: Names) => ({
    industryId: idFor(names, 'industries', params.industry),
    skillId: idFor(names, 'skills', params.skill),
    organizationId: idFor(names, 'organizations', params.organization),
  })
  let ids = resolve(await directoryNames(payload))
  if (Object.values(ids).includes(null)) ids = resolve(await directoryNames(payload, true))
  if (Object.values(ids).includes(null)) return null
  return {
    kind: params.kind,
    ...(ids as { industryId?: number | string; skillId?: number | string; organizationId?: number | string }),
    language: params.language,
    availableAt: params.show === 'available' ? now.toISOString() : undefined,
    words: searchWords(params.q),
    hiddenAccounts,
  }
}

/** The words of a search, lower-cased; punctuation and search-syntax characters are dropped. */
export function searchWords(text: string): string[] {
  // NFC first: an accent typed as a separate mark would otherwise split its word in two.
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 8)
}

async function findOnSqlite(payload: Payload, filters: Filters, sort: DirectoryParams['sort'], offset: number): Promise<Page> {
  const db = (payload.db as unknown as { drizzle: { all<T>(query: ReturnType<typeof sql>): Promise<T[]> } }).drizzle
  // Each word matches as a prefix ("interv" finds "interview"); all words must match.
  const match = filters.words.map((word) => `"${word}"*`).join(' ')

  // Filters are joins, so SQLite can start from whichever is most selective; the composite
  // (value, parent) indexes of the directory_search migration make each one an index lookup.
  const joins = [match ? sql`mentor_profiles_fts f JOIN mentor_profiles p ON p.id = f.rowid` : sql`mentor_profiles p`]
  if (filters.industryId != null) joins.push(sql`JOIN mentor_profiles_rels ri ON ri.parent_id = p.id AND ri.industries_id = ${filters.industryId}`)
  if (filters.skillId != null) joins.push(sql`JOIN mentor_profiles_rels rs ON rs.parent_id = p.id AND rs.skills_id = ${filters.skillId}`)
  if (filters.language) joins.push(sql`JOIN mentor_profiles_languages pl ON pl.parent_id = p.id AND pl.value = ${filters.language}`)
  const from = sql.join(joins, sql` `)

  const conditions = [match ? sql`f.mentor_profiles_fts MATCH ${match}` : sql`1 = 1`]
  if (filters.kind) conditions.push(sql`p.kind = ${filters.kind}`)
  if (filters.organizationId != null) conditions.push(sql`p.organization_id = ${filters.organizationId}`)
  if (filters.onlyAccounts) {
    conditions.push(
      sql`p.user_id IN (${sql.join(
        filters.onlyAccounts.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
  }
  if (filters.hiddenAccounts.length > 0) {
    conditions.push(
      sql`p.user_id NOT IN (${sql.join(
        filters.hiddenAccounts.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
  }
  if (filters.availableAt) {
    conditions.push(sql`p.availability = 'open' AND (coalesce(p.paused, 0) = 0 OR p.paused_until <= ${filters.availableAt})`)
  }
  const where = sql.join(conditions, sql` AND `)

  const counted = await db.all<{ total: number }>(sql`SELECT count(*) AS total FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${countLimit + 1})`)
  const total = Number(counted[0]?.total ?? 0)
  const moreThan = total > countLimit
  if (total === 0 || offset >= Math.min(total, countLimit)) return { ids: [], total: Math.min(total, countLimit), moreThan }

  // Ranking costs a little per match, so a very broad search lists its matches by recent
  // activity instead: "best match" means little among more than a thousand.
  const order =
    sort === 'name' ? sql`p.display_name, p.id` : sort === 'relevance' && match && !moreThan ? sql`f.rank, p.id` : sql`p.last_active_at DESC, p.id DESC`
  const rows = await db.all<{ id: number }>(sql`SELECT p.id AS id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${mentorsPerPage} OFFSET ${offset}`)
  return { ids: rows.map((row) => row.id), total: Math.min(total, countLimit), moreThan }
}

type ProfileQuery<T> = PromiseLike<T> & {
  sort(order: object): ProfileQuery<T>
  skip(count: number): ProfileQuery<T>
  limit(count: number): ProfileQuery<T>
  lean(): ProfileQuery<T>
}
type ProfileModel = {
  /** Payload's own translation of a `where` into a MongoDB filter (ids cast as it stores them). */
  buildQuery(args: { payload: Payload; where: Where }): Promise<Record<string, unknown>>
  countDocuments(filter: object, options: { limit: number }): Promise<number>
  find(filter: object, projection: object): ProfileQuery<{ _id: unknown }[]>
}

/** The filters in Payload's query language. */
function filtersWhere(filters: Filters): Where[] {
  const and: Where[] = []
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.organizationId != null) and.push({ organization: { equals: filters.organizationId } })
  if (filters.hiddenAccounts.length > 0) and.push({ user: { not_in: filters.hiddenAccounts } })
  if (filters.onlyAccounts) and.push({ user: { in: filters.onlyAccounts } })
  if (filters.industryId != null) and.push({ industries: { in: [filters.industryId] } })
  if (filters.skillId != null) and.push({ skills: { in: [filters.skillId] } })
  if (filters.language) and.push({ languages: { in: [filters.language] } })
  if (filters.availableAt) {
    and.push({ availability: { equals: 'open' } })
    and.push({ or: [{ paused: { not_equals: true } }, { pausedUntil: { less_than_equal: filters.availableAt } }] })
  }
  return and
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * MongoDB: each word of the search must start one of the profile's words (src/directory/mongo-search-index.ts),
 * an anchored match its index answers, and the count stops past `countLimit` as on SQLite.
 */
async function findOnMongo(payload: Payload, filters: Filters, sort: DirectoryParams['sort'], offset: number): Promise<Page> {
  const profiles = (payload.db as unknown as { collections: Record<string, ProfileModel> }).collections['mentor-profiles']
  const and = filtersWhere(filters)
  const words = directoryWords(filters.words.join(' '))
  const conditions: object[] = words.map((word) => ({ searchWords: { $regex: `^${escapeRegExp(word)}` } }))
  if (and.length > 0) conditions.unshift(await profiles.buildQuery({ payload, where: { and } }))
  const match = conditions.length > 0 ? { $and: conditions } : {}

  const total = await profiles.countDocuments(match, { limit: countLimit + 1 })
  const moreThan = total > countLimit
  const counted = Math.min(total, countLimit)
  if (total === 0 || offset >= counted) return { ids: [], total: counted, moreThan }

  const recent = { lastActiveAt: -1, _id: -1 }
  const page = async (filter: object, order: object, skip: number, limit: number) =>
    (await profiles.find(filter, { _id: 1 }).sort(order).skip(skip).limit(limit).lean()).map((row) => String(row._id))
  // As on SQLite, "best match" among more than a thousand means little: they list by recent activity.
  if (sort !== 'relevance' || words.length === 0 || moreThan) {
    return { ids: await page(match, sort === 'name' ? { displayName: 1, _id: 1 } : recent, offset, mentorsPerPage), total: counted, moreThan }
  }

  // Best match: profiles holding a searched word whole come first, ranked by the text index
  // (how often and how prominently the words occur); profiles that only hold a word's start
  // follow, by recent activity. At most `countLimit` ids are read, and only their ids.
  const scored = await profiles
    .find({ ...match, $text: { $search: words.join(' ') } }, { _id: 1, score: { $meta: 'textScore' } })
    .sort({ score: { $meta: 'textScore' }, ...recent })
    .limit(countLimit)
    .lean()
  const ranked = scored.map((row) => row._id)
  const ids = ranked.slice(offset, offset + mentorsPerPage).map(String)
  if (ids.length < mentorsPerPage) {
    const rest = { $and: [match, { _id: { $nin: ranked } }] }
    ids.push(...(await page(rest, recent, Math.max(0, offset - ranked.length), mentorsPerPage - ids.length)))
  }
  return { ids, total: counted, moreThan }
}

/** The page's profiles, read with the viewer's access so identity fields follow each owner's choice. */
export async function readCards(payload: Payload, ids: (number | string)[], viewer: Viewer): Promise<MentorCard[]> {
  if (ids.length === 0) return []
  // Depth 0: the names of industries, skills and organisations come from a small per-process
  // lookup instead of being joined in for every card.
  const [{ docs }, names] = await Promise.all([
    payload.find({
      collection: 'mentor-profiles',
      where: { id: { in: ids } },
      overrideAccess: false,
      user: viewer,
      depth: 0,
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
        photo: true,
      },
    }),
    directoryNames(payload),
  ])
  const photos = await visiblePhotos(
    payload,
    docs.map((doc) => doc.photo),
    viewer,
  )
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as MentorProfile]))
  const wanted = ids.map((id) => byId.get(String(id))).filter((doc): doc is MentorProfile => doc !== undefined)
  const known = (doc: MentorProfile) =>
    [
      ...(doc.industries ?? []).map((id) => names.industries.has(String(id))),
      ...(doc.skills ?? []).map((id) => names.skills.has(String(id))),
      doc.organization == null || names.organizations.has(String(doc.organization)),
    ].every(Boolean)
  const lookup = wanted.every(known) ? names : await directoryNames(payload, true)
  return wanted.map((doc) =>
    toCard({
      ...doc,
      industries: (doc.industries ?? []).map((id) => lookup.industries.get(String(id))).filter((value) => value !== undefined),
      skills: (doc.skills ?? []).map((id) => lookup.skills.get(String(id))).filter((value) => value !== undefined),
      organization: doc.organization == null ? null : (lookup.organizations.get(String(doc.organization)) ?? null),
      photo: doc.photo == null ? null : (photos.get(String(doc.photo)) ?? null),
    } as unknown as MentorProfile),
  )
}

type NameTable = Map<string, { id: number | string; name: string; slug: string }>
type Names = { industries: NameTable; skills: NameTable; organizations: NameTable }
const nameCache = new WeakMap<Payload, { names: Names; loadedAt: number }>()
const nameCacheMs = 60_000

/** Names and slugs of the managed lists and organisations, kept for a minute (reloaded at once when one is missing). */
export async function directoryNames(payload: Payload, reload = false): Promise<Names> {
  const cached = nameCache.get(payload)
  if (cached && !reload && Date.now() - cached.loadedAt < nameCacheMs) return cached.names
  const table = async (collection: 'industries' | 'skills' | 'organizations'): Promise<NameTable> => {
    const { docs } = await payload.find({ collection, select: { name: true, slug: true }, depth: 0, pagination: false, overrideAccess: false })
    return new Map(docs.map(({ id, name, slug }) => [String(id), { id, name, slug }]))
  }
  const [industries, skills, organizations] = await Promise.all([table('industries'), table('skills'), table('organizations')])
  const names = { industries, skills, organizations }
  nameCache.set(payload, { names, loadedAt: Date.now() })
  return names
}

type Named = { name: string; slug: string }
const named = (values: unknown[] | null | undefined): Named[] =>
  (values ?? []).filter((value): value is Named => typeof value === 'object' && value !== null && 'slug' in value).map(({ name, slug }) => ({ name, slug }))

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
    // Populated (a profile page) or already a view (the directory's second read); an id alone is no photo.
    photo: isPhotoView(doc.photo) ? doc.photo : toPhotoView(doc.photo),
  }
}

const isPhotoView = (value: unknown): value is PhotoView => typeof value === 'object' && value !== null && 'small' in value && 'medium' in value

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

/** The filter choices: the managed lists and the organisations, from the same lookup as the search. */
export async function listDirectoryChoices(payload: Payload): Promise<DirectoryChoices> {
  const names = await directoryNames(payload)
  const sorted = (table: NameTable) => [...table.values()].map(({ name, slug }) => ({ name, slug })).sort((left, right) => left.name.localeCompare(right.name))
  return { industries: sorted(names.industries), skills: sorted(names.skills), organizations: sorted(names.organizations) }
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
      // Populated with the viewer's access: a photo they may not see stays an id, shown as initials.
      'profile-photos': photoSelect,
      // The owner and admins may read the account link; the page needs no more of it than its id.
      users: { chosenName: true },
    },
  })
  const doc = docs[0] as MentorProfile | undefined
  return doc ? { ...doc, card: toCard(doc) } : null
}
