import { isLanguageCode, type LanguageCode } from '@/lib/languages'

/** What a directory search can ask for: every part lives in the URL, so a search can be shared. */
export type DirectoryParams = {
  q: string
  kind?: 'mentor' | 'connector'
  industry?: string
  skill?: string
  organization?: string
  language?: LanguageCode
  /** A programme's slug: only the mentors listed in it. */
  program?: string
  /** Paused and full profiles are left out unless the visitor asks for them. */
  show: 'available' | 'all'
  sort: DirectorySort
  page: number
}

export const directorySorts = ['relevance', 'recent', 'name'] as const
export type DirectorySort = (typeof directorySorts)[number]
export const directorySortLabels: Record<DirectorySort, string> = {
  relevance: 'Best match',
  recent: 'Recently active',
  name: 'Name',
}

export const mentorsPerPage = 20
const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const maxPage = 10_000

type SearchParams = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/** Reads a directory search from URL parameters; anything malformed is ignored, not an error. */
export function parseDirectoryParams(search: SearchParams): DirectoryParams {
  const kind = one(search.kind)
  const sort = one(search.sort)
  const page = Number.parseInt(one(search.page), 10)
  const slug = (value: string) => (slugLike.test(value) ? value : undefined)
  const language = one(search.language)
  return {
    q: one(search.q).slice(0, 100),
    kind: kind === 'mentor' || kind === 'connector' ? kind : undefined,
    industry: slug(one(search.industry)),
    skill: slug(one(search.skill)),
    organization: slug(one(search.organization)),
    language: isLanguageCode(language) ? language : undefined,
    program: slug(one(search.program)),
    show: one(search.show) === 'all' ? 'all' : 'available',
    sort: (directorySorts as readonly string[]).includes(sort) ? (sort as DirectorySort) : 'relevance',
    page: Number.isFinite(page) && page > 1 ? Math.min(page, maxPage) : 1,
  }
}

/** The URL of a directory search, leaving out defaults so shared links stay short. */
export function directoryHref(params: DirectoryParams, changes: Partial<DirectoryParams> = {}): string {
  const next = { ...params, ...changes }
  const search = new URLSearchParams()
  if (next.q) search.set('q', next.q)
  if (next.kind) search.set('kind', next.kind)
  if (next.industry) search.set('industry', next.industry)
  if (next.skill) search.set('skill', next.skill)
  if (next.organization) search.set('organization', next.organization)
  if (next.language) search.set('language', next.language)
  if (next.program) search.set('program', next.program)
  if (next.show === 'all') search.set('show', 'all')
  if (next.sort !== 'relevance') search.set('sort', next.sort)
  if (next.page > 1) search.set('page', String(next.page))
  const text = search.toString()
  return `/mentors${text ? `?${text}` : ''}`
}
