import type { Metadata } from 'next'

import Form from 'next/form'
import Link from 'next/link'
import { Search, SlidersHorizontal } from 'lucide-react'

import { hasRole } from '@/access'
import { pageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { MentorCard } from '@/components/MentorCard'
import { Pagination } from '@/components/Pagination'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { directoryHref, directorySortLabels, directorySorts, parseDirectoryParams, type DirectoryParams } from '@/directory/params'
import { languageOptions } from '@/lib/languages'
import { getPayloadClient } from '@/lib/payload'
import { listDirectoryChoices, searchMentors, type DirectoryProgram } from '@/queries/mentors'

import styles from './directory.module.css'
import { SuggestedForMe } from './SuggestedForMe'

export const metadata: Metadata = pageMetadata({
  title: 'Find a Mentor or Connector',
  description: 'LGBTQ+ professionals who help students with résumés, interviews, job searches and being out at work.',
  path: '/mentors',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** How many of the panel's filters narrow the list (the search words and the order are not filters). */
function activeFilterCount(params: DirectoryParams): number {
  return [params.kind, params.industry, params.skill, params.organization, params.language, params.show === 'all' ? 'all' : undefined].filter(Boolean).length
}

function FilterChoice({
  name,
  label,
  value,
  options,
}: {
  name: string
  label: string
  value: string | undefined
  options: readonly { value: string; label: string }[]
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={name}>{label}</Label>
      <Select id={name} name={name} defaultValue={value ?? ''}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  )
}

/** "Mentors in <programme>", with the way back to everyone; or why the programme named is not found. */
function ProgramChip({ program, clearHref }: { program: DirectoryProgram | null; clearHref: string }) {
  return (
    <div
      className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-border bg-card px-4 py-2 text-card-foreground"
      data-testid="program-filter"
    >
      <h2 className="m-0 text-base font-semibold">
        {program ? (
          <>
            Mentors in <Link href={`/programs/${program.slug}`}>{program.name}</Link>
          </>
        ) : (
          'Programme not found'
        )}
      </h2>
      <Link href={clearHref} className="text-sm">
        {program ? (
          <>
            Show everyone<span className="sr-only">, not only {program.name}</span>
          </>
        ) : (
          'Show everyone'
        )}
      </Link>
    </div>
  )
}

export default async function MentorsPage({ searchParams }: Props) {
  const search = await searchParams
  const params = parseDirectoryParams(search)
  const viewer = await getSignedInMember()
  // ?for=me: suggestions for the signed-in student instead of a search.
  if (search.for === 'me') {
    return (
      <>
        <h1>Find a Mentor or Connector</h1>
        <p className="lead mt-2 mb-6 text-muted-foreground max-sm:text-sm">
          The Mentors and Connectors who fit what you are looking for, open to new students now. Nobody’s email address is shown: you reach them through the
          platform.
        </p>
        <SuggestedForMe viewer={viewer} programSlug={params.program} saved={search.saved === 'wishes'} />
      </>
    )
  }
  const payload = await getPayloadClient()
  const [result, choices] = await Promise.all([searchMentors(payload, params, viewer), listDirectoryChoices(payload)])
  const activeFilters = activeFilterCount(params)
  const filtered = Boolean(params.q) || activeFilters > 0
  const first = (result.page - 1) * result.perPage + 1
  const named = (entries: { name: string; slug: string }[], any: string) => [
    { value: '', label: any },
    ...entries.map(({ name, slug }) => ({ value: slug, label: name })),
  ]

  return (
    <>
      <h1>Find a Mentor or Connector</h1>
      <p className="lead mt-2 text-muted-foreground max-sm:text-sm">
        Mentors support you over a few conversations; Connectors make one introduction or answer one question. Nobody’s email address is shown: you reach them
        through the platform.
      </p>
      {hasRole(viewer, 'career-candidate') && (
        <p className="mt-2 mb-0">
          <Link href={`/mentors?for=me${params.program ? `&program=${params.program}` : ''}`}>See the Mentors and Connectors suggested for you</Link>
        </p>
      )}

      {/* Phones: search, the folded filters, then the results. Wide screens: the form is a sidebar. */}
      <div className="mt-4 lg:grid lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        {/* Keyed by the search: after each one the form shows its choices and the panel is folded again, results first. */}
        <Form key={directoryHref(params)} action="/mentors" className="mb-3 flex flex-col gap-3" role="search" aria-label="Mentors and Connectors">
          {/* A search within a programme stays within it; its chip above the results clears it. */}
          {params.program && <input type="hidden" name="program" value={params.program} />}
          <div className="flex gap-2">
            <label htmlFor="q" className="sr-only">
              Search
            </label>
            <div className="relative flex-1">
              <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-muted-foreground" />
              <Input id="q" name="q" type="search" defaultValue={params.q} maxLength={100} placeholder="Interview, nursing, design…" className="h-11 ps-10" />
            </div>
            <Button type="submit" size="lg" className="px-5">
              Search
            </Button>
          </div>

          <details className={`${styles.filters} group rounded-lg border border-border bg-card text-card-foreground`} data-testid="filters">
            <summary className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 font-medium select-none [&::-webkit-details-marker]:hidden">
              <SlidersHorizontal aria-hidden className="size-4" />
              <span data-testid="filter-toggle-label">
                Filters
                {activeFilters > 0 && (
                  <>
                    {' '}
                    {/* Read as "Filters (2)"; seen as a count on a badge. */}
                    <Badge variant="default">
                      <span className="sr-only">(</span>
                      {activeFilters}
                      <span className="sr-only">)</span>
                    </Badge>
                  </>
                )}
              </span>
              <span aria-hidden className="ml-auto text-sm text-muted-foreground group-open:hidden">
                Show
              </span>
              <span aria-hidden className="ml-auto hidden text-sm text-muted-foreground group-open:inline">
                Hide
              </span>
            </summary>
            <div className="grid gap-3 border-t border-border p-4 sm:grid-cols-2 lg:grid-cols-1 lg:border-t-0">
              <FilterChoice
                name="kind"
                label="Mentors or Connectors"
                value={params.kind}
                options={[
                  { value: '', label: 'Both' },
                  { value: 'mentor', label: 'Mentors' },
                  { value: 'connector', label: 'Connectors' },
                ]}
              />
              <FilterChoice name="industry" label="Industry" value={params.industry} options={named(choices.industries, 'Any industry')} />
              <FilterChoice name="skill" label="Help with" value={params.skill} options={named(choices.skills, 'Anything')} />
              <FilterChoice name="organization" label="Organisation" value={params.organization} options={named(choices.organizations, 'Any organisation')} />
              <FilterChoice
                name="language"
                label="Language"
                value={params.language}
                options={[{ value: '', label: 'Any language' }, ...languageOptions.map(({ value, label }) => ({ value, label }))]}
              />
              <FilterChoice
                name="sort"
                label="Sort by"
                value={params.sort}
                options={directorySorts.map((sort) => ({ value: sort, label: directorySortLabels[sort] }))}
              />
              <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-1">
                <Checkbox id="show" name="show" value="all" defaultChecked={params.show === 'all'} />
                <Label htmlFor="show" className="font-normal">
                  Also show people who are paused or full
                </Label>
              </div>
              <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-1">
                <Button type="submit">Apply filters</Button>
                {activeFilters > 0 && (
                  <Link
                    href={directoryHref(params, {
                      kind: undefined,
                      industry: undefined,
                      skill: undefined,
                      organization: undefined,
                      language: undefined,
                      show: 'available',
                      page: 1,
                    })}
                  >
                    Clear filters
                  </Link>
                )}
              </div>
            </div>
          </details>
        </Form>

        <div>
          {params.program && <ProgramChip program={result.program ?? null} clearHref={directoryHref(params, { program: undefined, page: 1 })} />}
          <p role="status" className="meta mt-0 mb-3 text-sm text-muted-foreground" data-testid="result-count">
            {result.totalDocs === 0
              ? 'No Mentors or Connectors found'
              : `${result.moreThan ? `More than ${result.totalDocs.toLocaleString('en-US')} Mentors and Connectors` : result.totalDocs === 1 ? '1 Mentor or Connector' : `${result.totalDocs.toLocaleString('en-US')} Mentors and Connectors`}${
                  result.totalPages > 1 ? `, showing ${first}–${first + result.docs.length - 1}` : ''
                }`}
            {params.show === 'available' ? ' open to new students' : ''}
          </p>

          {result.docs.length > 0 ? (
            <ul className="card-grid mentor-list">
              {result.docs.map((mentor) => (
                <MentorCard key={mentor.id} mentor={mentor} />
              ))}
            </ul>
          ) : (
            <div className="notice" data-testid="empty-state">
              {params.program && !result.program ? (
                <p>
                  There is no programme by this name open to visitors: it may have ended, or the link may be mistyped.{' '}
                  <Link href="/programs">See the programmes</Link> or{' '}
                  <Link href={directoryHref(params, { program: undefined, page: 1 })}>search the whole directory</Link>.
                </p>
              ) : result.totalDocs > 0 ? (
                <p>
                  There are no more results on this page. <Link href={directoryHref(params, { page: 1 })}>Go to the first page</Link>.
                </p>
              ) : (
                <>
                  <p>Nobody matches all of these choices yet.</p>
                  <ul>
                    {params.show === 'available' && (
                      <li>
                        <Link href={directoryHref(params, { show: 'all', page: 1 })}>Include people who are paused or full</Link>
                      </li>
                    )}
                    {filtered && (
                      <li>
                        <Link href="/mentors">Clear the search and filters</Link>
                      </li>
                    )}
                    <li>Try fewer words, or a broader industry or skill.</li>
                  </ul>
                </>
              )}
            </div>
          )}
          <Pagination page={result.page} totalPages={result.totalPages} href={(page) => directoryHref(params, { page })} />
        </div>
      </div>
    </>
  )
}
