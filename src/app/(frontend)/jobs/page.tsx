import type { Metadata } from 'next'

import Link from 'next/link'

import { Briefcase, CalendarClock } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { Field } from '@/components/forms/Field'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { FilterBar } from '@/components/page/FilterBar'
import { PageHeader } from '@/components/page/PageHeader'
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardLink, CardTitle } from '@/components/ui/card'
import { Pagination } from '@/components/Pagination'
import { formatDate } from '@/lib/dates'
import { opportunityKindLabel, opportunityKinds, workplaceLabel, workplaces } from '@/opportunities/options'
import { listHiringCompanies, listOpportunities, opportunitiesHref, opportunitiesPerPage, parseOpportunitySearch } from '@/queries/opportunities'

/**
 * The unfiltered list every visitor shares, from the page cache and refreshed on publish. An
 * address with a filter or a page number is rewritten to /filtered/jobs, this same page rendered
 * per request (src/server/filtered-lists.mjs); here `searchParams` is always empty.
 */
export const dynamic = 'force-static'
export const revalidate = 600

export const metadata: Metadata = pageMetadata({
  title: 'Jobs and internships',
  description: 'Jobs and internships from companies committed to LGBTQ+ inclusion.',
  path: '/jobs',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function JobsPage({ searchParams }: Props) {
  const search = parseOpportunitySearch(await searchParams)
  const [result, companies] = await Promise.all([listOpportunities(search), listHiringCompanies()])
  const filtered = Boolean(search.kind || search.workplace || search.location || search.company)
  const first = (result.page - 1) * opportunitiesPerPage + 1

  return (
    <>
      <PageHeader
        lead="From partner companies with inclusion evidence on their profiles. Each one stays here until its deadline."
        title="Jobs and internships"
      />

      <FilterBar action="/jobs" label="Jobs and internships" submitLabel="Show jobs">
        <FilterSelect name="kind" label="Kind" value={search.kind} anyLabel="Jobs and internships" options={opportunityKinds} />
        <FilterSelect name="workplace" label="Where" value={search.workplace} anyLabel="Anywhere" options={workplaces} />
        <Field defaultValue={search.location ?? ''} label="Location" maxLength={80} name="location" />
        <FilterSelect
          name="company"
          label="Company"
          value={search.company}
          anyLabel="Any company"
          options={companies.map((company) => [company.slug, company.name] as const)}
        />
      </FilterBar>

      <p role="status" className="meta mb-4 text-sm text-muted-foreground" data-testid="result-count">
        {result.totalDocs === 1 ? '1 open position' : `${result.totalDocs} open positions`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice flex flex-col gap-2" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p className="m-0">
              There are no more positions on this page. <Link href={opportunitiesHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : filtered ? (
            <>
              <p className="m-0">No open position matches these choices.</p>
              <p className="m-0">
                <Link href="/jobs">Clear the filters</Link> to see every open job and internship.
              </p>
            </>
          ) : (
            <p className="m-0">
              No jobs or internships are open just now. Companies post them all year; meanwhile, <Link href="/mentors">find a mentor</Link> or{' '}
              <Link href="/events">come to an event</Link>.
            </p>
          )}
        </div>
      ) : (
        <ul className="card-grid">
          {result.docs.map((job) => (
            <li className="flex" key={job.id}>
              <Card className="w-full">
                <CardHeader>
                  <CardTitle as="h2">
                    <CardLink href={`/jobs/${job.slug}`}>{job.title}</CardLink>
                  </CardTitle>
                  <p className="meta m-0 flex items-start gap-1.5 text-sm text-muted-foreground">
                    <Briefcase aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
                    <span>
                      {opportunityKindLabel(job.kind)} · {job.company?.name ?? 'A partner company'} · {workplaceLabel(job.workplace)}
                      {job.location ? `, ${job.location}` : ''}
                    </span>
                  </p>
                </CardHeader>
                <CardContent>
                  <CardDescription className="text-base text-card-foreground">{job.summary}</CardDescription>
                </CardContent>
                <CardFooter>
                  <p className="meta m-0 flex items-center gap-1.5 text-sm text-muted-foreground">
                    <CalendarClock aria-hidden className="size-4" />
                    Apply by {formatDate(job.deadline)}
                  </p>
                </CardFooter>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => opportunitiesHref(search, { page })} />
    </>
  )
}
