import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ExternalLink, Flag } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText, safeHref } from '@/components/RichText'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
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
  return job ? pageMetadata({ title: job.title, description: job.summary, path: `/jobs/${job.slug}`, kind: 'article' }) : {}
}

export default async function JobPage({ params }: Props) {
  const job = await getOpportunity((await params).slug)
  if (!job) notFound()
  const report = `/report?kind=job&subject=${encodeURIComponent(`${job.title} (${siteURL()}/jobs/${job.slug})`)}`

  return (
    <article className="job">
      <PageHeader back={{ href: '/jobs', label: 'Jobs and internships' }} lead={job.summary} title={job.title}>
        <p className="meta m-0 text-sm text-muted-foreground">
          {opportunityKindLabel(job.kind)} at {job.company ? <Link href={`/organizations/${job.company.slug}`}>{job.company.name}</Link> : 'a partner company'}{' '}
          · {workplaceLabel(job.workplace)}
          {job.location ? `, ${job.location}` : ''}
        </p>
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <RichText className="prose" data={job.description} />

        <aside className="flex flex-col gap-4 lg:sticky lg:top-6 lg:self-start" aria-label="Applying">
          <Card>
            <CardHeader>
              <CardTitle as="h2" id="apply">
                How to apply
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-base">
              <p className="m-0 font-medium" data-testid="deadline">
                Applications close at the end of <time dateTime={job.deadline}>{formatDate(job.deadline)}</time> (UTC).
              </p>
              {job.applyInstructions && <p className="pre-line m-0 text-sm">{job.applyInstructions}</p>}
              {job.applyLink && (
                <Button asChild className="h-auto min-h-10 w-full whitespace-normal">
                  <a href={safeHref(job.applyLink)} rel="noopener noreferrer">
                    Apply on {job.company?.name ?? 'the company'}’s site
                    <ExternalLink aria-hidden />
                  </a>
                </Button>
              )}
            </CardContent>
          </Card>
          <p className="meta m-0 flex items-center gap-1.5 text-sm text-muted-foreground">
            <Flag aria-hidden className="size-4" />
            <span>
              Something wrong with this posting? <Link href={report}>Report this job</Link>.
            </span>
          </p>
        </aside>
      </div>
    </article>
  )
}
