import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import Link from 'next/link'
import { ArrowRight, Search } from 'lucide-react'

import { GuideCards } from '@/components/GuideCards'
import { MentorCard } from '@/components/MentorCard'
import { logoSource, OrganizationLogo } from '@/components/OrganizationLogo'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { eventFormatLabel } from '@/events/options'
import { formatEventTime } from '@/events/times'
import { opportunityKindLabel, workplaceLabel } from '@/opportunities/options'
import { listRoleGuides } from '@/queries/guides'
import { listFeaturedMentors, listHomeEvents, listLatestJobs, listPartners, type Partner } from '@/queries/home'
import { listPublishedPolicies } from '@/queries/policies'
import { getSiteShell } from '@/queries/site'
import { pageMetadata } from '@/site/metadata'

// Cached for everyone alike: nothing on this page depends on who is looking.
export const revalidate = 600

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getSiteShell()
  return pageMetadata({
    title: settings.siteName,
    absoluteTitle: true,
    description: settings.tagline || 'Career mentoring for LGBTQ+ students: find a Mentor or Connector, events, jobs and organisations that support you.',
    path: '/',
  })
}

const joinChoices = [
  { href: '/signup?role=career-candidate', label: 'Join as a Career Candidate', hint: 'Students and recent graduates looking for advice' },
  { href: '/signup?role=mentor', label: 'Join as a Mentor', hint: 'Guide a student over a few conversations' },
  { href: '/signup?role=connector', label: 'Join as a Connector', hint: 'Make one introduction or answer one question' },
  { href: '/contact', label: 'Bring your organisation', hint: 'Companies and career centres: write to the platform team' },
] as const

/** A home page section: a heading, its content or its empty state, and a link to the whole list. */
function Section({ id, title, seeAll, children }: { id: string; title: string; seeAll?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="m-0 text-2xl font-semibold tracking-tight">
          {title}
        </h2>
        {seeAll && (
          <Link href={seeAll.href} className="inline-flex items-center gap-1 font-medium text-primary no-underline hover:underline">
            {seeAll.label}
            <ArrowRight aria-hidden className="size-4" />
          </Link>
        )}
      </div>
      {children}
    </section>
  )
}

function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border bg-muted p-4 text-muted-foreground">{children}</p>
}

function PartnerLogo({ partner }: { partner: Partner }) {
  return (
    <li className="relative flex flex-col items-center gap-2 rounded-xl border border-border bg-card p-4 text-center text-card-foreground transition-colors hover:border-primary">
      <OrganizationLogo name={partner.name} src={logoSource(partner.logo)} size="md" />
      <Link
        prefetch={false}
        href={`/organizations/${partner.slug}`}
        className="text-sm font-medium text-foreground no-underline after:absolute after:inset-0 after:rounded-xl"
      >
        {partner.name}
      </Link>
    </li>
  )
}

export default async function HomePage() {
  // A phone shows three featured mentors (each card fills its width); wider screens show all.
  const [{ settings }, guides, policies, mentors, events, jobs, partners] = await Promise.all([
    getSiteShell(),
    listRoleGuides(),
    listPublishedPolicies(),
    listFeaturedMentors(),
    listHomeEvents(),
    listLatestJobs(),
    listPartners(),
  ])
  return (
    <>
      <section className="hero rounded-2xl bg-secondary px-5 py-8 text-center sm:px-10 sm:py-14" aria-labelledby="welcome">
        <h1 id="welcome" className="m-0 text-3xl font-bold tracking-tight sm:text-5xl">
          {settings.siteName}
        </h1>
        <p className="lead mx-auto mt-4 max-w-2xl text-lg text-muted-foreground">
          {settings.tagline ||
            'LGBTQ+ students meet professionals who have been where they are going: for résumés, interviews, job searches and being out at work.'}
        </p>
        <form
          action="/mentors"
          method="get"
          role="search"
          aria-label="Find a Mentor or Connector"
          className="mx-auto mt-8 flex max-w-xl flex-col gap-2 sm:flex-row"
        >
          <label htmlFor="home-q" className="sr-only">
            Search Mentors and Connectors
          </label>
          <div className="relative flex-1">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-muted-foreground" />
            <Input id="home-q" name="q" type="search" maxLength={100} placeholder="Industry, skill or name" className="h-12 ps-10 text-base sm:text-base" />
          </div>
          <Button type="submit" size="lg" className="h-12">
            Find a mentor
          </Button>
        </form>
      </section>

      <Section id="join" title="Take part">
        <ul className="m-0 grid list-none grid-cols-2 gap-3 p-0 lg:grid-cols-4">
          {joinChoices.map((choice) => (
            <li key={choice.href}>
              <Link
                href={choice.href}
                className="flex h-full flex-col gap-1 rounded-lg border border-border bg-card p-3 sm:p-4 text-card-foreground no-underline transition hover:border-primary focus-visible:ring-2 focus-visible:ring-ring"
              >
                <span className="font-semibold text-primary">{choice.label}</span>
                <span className="text-xs text-muted-foreground sm:text-sm">{choice.hint}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="featured-mentors" title="Open to new students" seeAll={{ href: '/mentors', label: 'See all Mentors and Connectors' }}>
        {mentors.length === 0 ? (
          <EmptyState>Nobody is taking new students just now. New Mentors and Connectors join every week.</EmptyState>
        ) : (
          <ul className="card-grid mentor-list featured-mentors sm:grid-cols-2 lg:grid-cols-3 max-sm:[&>li:nth-child(n+4)]:hidden">
            {mentors.map((mentor) => (
              <MentorCard key={mentor.id} mentor={mentor} headingLevel="h3" />
            ))}
          </ul>
        )}
      </Section>

      <Section id="upcoming-events" title="Upcoming events" seeAll={{ href: '/events', label: 'See all events' }}>
        {events.length === 0 ? (
          <EmptyState>No events are planned yet. Past events stay listed on the events page.</EmptyState>
        ) : (
          <ul className="card-grid event-list">
            {events.map((event) => (
              <li className="card relative" key={event.id}>
                <h3>
                  <Link prefetch={false} href={`/events/${event.slug}`} className="after:absolute after:inset-0">
                    {event.title}
                  </Link>
                </h3>
                <p className="event-time">
                  <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</time>
                </p>
                <p className="meta">
                  {eventFormatLabel(event.format)} · Hosted by {event.host?.name ?? settings.siteName}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="latest-jobs" title="Latest jobs and internships" seeAll={{ href: '/jobs', label: 'See all jobs' }}>
        {jobs.length === 0 ? (
          <EmptyState>No jobs or internships are open at the moment.</EmptyState>
        ) : (
          <ul className="card-grid job-list">
            {jobs.map((job) => (
              <li className="card relative" key={job.id}>
                <h3>
                  <Link prefetch={false} href={`/jobs/${job.slug}`} className="after:absolute after:inset-0">
                    {job.title}
                  </Link>
                </h3>
                <p className="meta">
                  {[job.company?.name, opportunityKindLabel(job.kind), workplaceLabel(job.workplace), job.location].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="partners" title="Partner organisations" seeAll={{ href: '/organizations', label: 'See all organisations' }}>
        {partners.length === 0 ? (
          <EmptyState>Companies and career centres appear here once they join.</EmptyState>
        ) : (
          <ul className="m-0 grid list-none grid-cols-2 gap-3 p-0 sm:grid-cols-4" data-testid="partners">
            {partners.map((partner) => (
              <PartnerLogo key={partner.id} partner={partner} />
            ))}
          </ul>
        )}
      </Section>

      <Section id="start-here" title="Where to start" seeAll={{ href: '/guides', label: 'See all guides' }}>
        <GuideCards guides={guides} headingLevel="h3" />
      </Section>

      <Section id="our-policies" title="Our policies">
        <p>Everyone who takes part agrees to these. Every change is published with its history.</p>
        {policies.length === 0 ? (
          <EmptyState>No policies have been published yet.</EmptyState>
        ) : (
          <ul className="link-list">
            {policies.map((policy) => (
              <li key={policy.id}>
                <Link href={`/policies/${policy.slug}`}>{policy.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  )
}
