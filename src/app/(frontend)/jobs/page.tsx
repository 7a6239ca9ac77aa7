import type { Metadata } from 'next'

import Link from 'next/link'

import { FilterSelect } from '@/components/forms/FilterSelect'
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

export const metadata: Metadata = {
  title: 'Jobs and internships',
  description: 'Jobs and internships from companies committed to LGBTQ+ inclusion.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function JobsPage({ searchParams }: Props) {
  const search = parseOpportunitySearch(await searchParams)
  const [result, companies] = await Promise.all([listOpportunities(search), listHiringCompanies()])
  const filtered = Boolean(search.kind || search.workplace || search.location || search.company)
  const first = (result.page - 1) * opportunitiesPerPage + 1

  return (
    <>
      <h1>Jobs and internships</h1>
      <p className="lead">From partner companies with inclusion evidence on their profiles. Each one stays here until its deadline.</p>

      <form className="filter-form" method="get" action="/jobs" role="search" aria-label="Jobs and internships">
        <FilterSelect name="kind" label="Kind" value={search.kind} anyLabel="Jobs and internships" options={opportunityKinds} />
        <FilterSelect name="workplace" label="Where" value={search.workplace} anyLabel="Anywhere" options={workplaces} />
        <div className="field">
          <label htmlFor="location">Location</label>
          <input id="location" name="location" defaultValue={search.location ?? ''} maxLength={80} />
        </div>
        <FilterSelect
          name="company"
          label="Company"
          value={search.company}
          anyLabel="Any company"
          options={companies.map((company) => [company.slug, company.name] as const)}
        />
        <button type="submit">Show jobs</button>
      </form>

      <p role="status" className="meta" data-testid="result-count">
        {result.totalDocs === 1 ? '1 open position' : `${result.totalDocs} open positions`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p>
              There are no more positions on this page. <Link href={opportunitiesHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : filtered ? (
            <>
              <p>No open position matches these choices.</p>
              <p>
                <Link href="/jobs">Clear the filters</Link> to see every open job and internship.
              </p>
            </>
          ) : (
            <p>
              No jobs or internships are open just now. Companies post them all year; meanwhile, <Link href="/mentors">find a mentor</Link> or{' '}
              <Link href="/events">come to an event</Link>.
            </p>
          )}
        </div>
      ) : (
        <ul className="card-grid">
          {result.docs.map((job) => (
            <li className="card" key={job.id}>
              <h2>
                <Link href={`/jobs/${job.slug}`}>{job.title}</Link>
              </h2>
              <p className="meta">
                {opportunityKindLabel(job.kind)} · {job.company?.name ?? 'A partner company'} · {workplaceLabel(job.workplace)}
                {job.location ? `, ${job.location}` : ''}
              </p>
              <p>{job.summary}</p>
              <p className="meta">Apply by {formatDate(job.deadline)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => opportunitiesHref(search, { page })} />
    </>
  )
}
