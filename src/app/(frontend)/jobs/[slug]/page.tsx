import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText, safeHref } from '@/components/RichText'
import { formatDate } from '@/lib/dates'
import { siteURL } from '@/lib/site-url'
import { opportunityKindLabel, workplaceLabel } from '@/opportunities/options'
import { getOpportunity } from '@/queries/opportunities'

export const revalidate = 600

// Pages are made on first visit and cached; publishing, unpublishing and the deadline refresh them.
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const job = await getOpportunity((await params).slug)
  return job ? { title: job.title, description: job.summary } : {}
}

export default async function JobPage({ params }: Props) {
  const job = await getOpportunity((await params).slug)
  if (!job) notFound()
  const report = `/report?kind=job&subject=${encodeURIComponent(`${job.title} (${siteURL()}/jobs/${job.slug})`)}`

  return (
    <article className="job">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/jobs">Jobs and internships</Link>
      </nav>
      <h1>{job.title}</h1>
      <p className="meta">
        {opportunityKindLabel(job.kind)} at {job.company ? <Link href={`/organizations/${job.company.slug}`}>{job.company.name}</Link> : 'a partner company'} ·{' '}
        {workplaceLabel(job.workplace)}
        {job.location ? `, ${job.location}` : ''}
      </p>
      <p className="lead">{job.summary}</p>
      <p data-testid="deadline">
        Applications close at the end of <time dateTime={job.deadline}>{formatDate(job.deadline)}</time> (UTC).
      </p>

      <RichText className="prose" data={job.description} />

      <section aria-labelledby="apply">
        <h2 id="apply">How to apply</h2>
        {job.applyInstructions && <p className="pre-line">{job.applyInstructions}</p>}
        {job.applyLink && (
          <p>
            <a href={safeHref(job.applyLink)} rel="noopener noreferrer">
              Apply on {job.company?.name ?? 'the company'}’s site
            </a>
          </p>
        )}
      </section>

      <p className="meta">
        Something wrong with this posting? <Link href={report}>Report this job</Link>.
      </p>
    </article>
  )
}
