import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { Avatar } from '@/components/Avatar'
import { logoSource, OrganizationLogo } from '@/components/OrganizationLogo'
import { RichText } from '@/components/RichText'
import { CardLink } from '@/components/ui/card'
import { safeHref } from '@/components/RichText'
import { formatEventTime } from '@/events/times'
import { formatDate } from '@/lib/dates'
import { opportunityKindLabel } from '@/opportunities/options'
import { getOrganization, listAffiliatedMentors, listOrganizationPostings, organizationKindLabels } from '@/queries/organizations'
import { resourceCategoryLabel } from '@/resources/options'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organization = await getOrganization((await params).slug)
  return organization
    ? pageMetadata({
        title: organization.name,
        description: organization.summary || `${organization.name} on the Pride Career Network: its groups, events and jobs.`,
        path: `/organizations/${organization.slug}`,
      })
    : {}
}

export default async function OrganizationPage({ params }: Props) {
  const organization = await getOrganization((await params).slug)
  if (!organization) notFound()
  const [mentors, postings] = await Promise.all([listAffiliatedMentors(organization.id), listOrganizationPostings(organization.id)])
  const company = organization.kind === 'company'
  const badge = organization.indexBadge?.rating ? organization.indexBadge : null

  return (
    <article className="organization">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/organizations">Organisations</Link>
      </nav>
      <header className="organization-header mt-3 flex flex-col items-start gap-4 sm:flex-row sm:items-center">
        {/* Beside the name, the logo says nothing more: empty alt. */}
        <OrganizationLogo name={organization.name} src={logoSource(organization.logo)} size="lg" />
        <div className="min-w-0">
          <h1 className="mt-0 mb-1">{organization.name}</h1>
          <p className="meta">
            {organizationKindLabels[organization.kind]}
            {organization.institution ? ` · ${organization.institution}` : ''}
            {organization.campus ? ` · ${organization.campus}` : ''}
            {organization.location ? ` · ${organization.location}` : ''}
          </p>
          {organization.website && (
            <p>
              <a href={safeHref(organization.website)} rel="noopener noreferrer">
                {organization.name}’s website
              </a>
            </p>
          )}
        </div>
      </header>

      {badge && (
        <p className="badge" data-testid="index-badge">
          Career Center Index {badge.year}: rated {badge.rating} out of 5 in its self-assessment
        </p>
      )}
      {organization.summary && <p className="lead mt-6">{organization.summary}</p>}
      {organization.description && <RichText className="prose mt-4" data={organization.description} />}

      {company && (
        <section className="mt-10 flex flex-col gap-3" aria-labelledby="ergs">
          <h2 className="m-0" id="ergs">
            Employee resource groups
          </h2>
          {organization.ergs?.length ? (
            <ul className="card-grid">
              {organization.ergs.map((erg) => (
                <li className="card" key={erg.id ?? erg.name}>
                  <h3>{erg.name}</h3>
                  {erg.description && <p>{erg.description}</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{organization.name} has not listed its employee resource groups yet.</p>
          )}
        </section>
      )}

      {company && (organization.inclusion?.nonDiscriminationPolicyUrl || organization.inclusion?.benefitsNotes) && (
        <section className="mt-10 flex flex-col gap-3" aria-labelledby="inclusion">
          <h2 className="m-0" id="inclusion">
            Inclusion evidence
          </h2>
          {organization.inclusion.nonDiscriminationPolicyUrl && (
            <p>
              <a href={safeHref(organization.inclusion.nonDiscriminationPolicyUrl)} rel="noopener noreferrer">
                Non-discrimination policy
              </a>
            </p>
          )}
          {organization.inclusion.benefitsNotes && <p className="pre-line">{organization.inclusion.benefitsNotes}</p>}
        </section>
      )}

      <section className="mt-10 flex flex-col gap-3" aria-labelledby="events">
        <h2 className="m-0" id="events">
          Events
        </h2>
        {postings.events.length > 0 ? (
          <ul className="link-list" data-testid="organization-events">
            {postings.events.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.slug}`}>{event.title}</Link>{' '}
                <span className="meta">{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No upcoming events from {organization.name}.</p>
        )}
        <p className="meta">
          <a href={`/organizations/${organization.slug}/events.ics`}>Subscribe to {organization.name}’s events</a> in your calendar app.
        </p>
      </section>

      {company ? (
        <section className="mt-10 flex flex-col gap-3" aria-labelledby="jobs">
          <h2 className="m-0" id="jobs">
            Jobs and internships
          </h2>
          {postings.jobs.length > 0 ? (
            <ul className="link-list" data-testid="organization-jobs">
              {postings.jobs.map((job) => (
                <li key={job.id}>
                  <Link href={`/jobs/${job.slug}`}>{job.title}</Link>{' '}
                  <span className="meta">
                    ({opportunityKindLabel(job.kind)}, apply by {formatDate(job.deadline)})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{organization.name} has no open jobs or internships at the moment.</p>
          )}
        </section>
      ) : (
        <section className="mt-10 flex flex-col gap-3" aria-labelledby="resources">
          <h2 className="m-0" id="resources">
            Resources
          </h2>
          {postings.resources.length > 0 ? (
            <ul className="link-list" data-testid="organization-resources">
              {postings.resources.map((resource) => (
                <li key={resource.id}>
                  <Link href={`/resources/${resource.slug}`}>{resource.title}</Link> <span className="meta">({resourceCategoryLabel(resource.category)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{organization.name} has not shared resources yet.</p>
          )}
        </section>
      )}

      <section className="mt-10 flex flex-col gap-3" aria-labelledby="people">
        <h2 className="m-0" id="people">
          Mentors and Connectors
        </h2>
        {mentors.length > 0 ? (
          <ul className="card-grid" data-testid="affiliated-mentors">
            {mentors.map((mentor) => (
              <li key={mentor.id} className="card relative flex items-center gap-3 transition-colors hover:border-primary/60 hover:bg-accent/40">
                <Avatar name={mentor.displayName} src={mentor.photo?.small} size="md" />
                <div className="min-w-0">
                  <h3 className="m-0 text-base leading-snug font-semibold">
                    <CardLink href={`/mentors/${mentor.slug}`}>{mentor.displayName}</CardLink>{' '}
                    <span className="meta font-normal text-muted-foreground">({mentor.kind === 'mentor' ? 'Mentor' : 'Connector'})</span>
                  </h3>
                  {mentor.headline && <p className="m-0 text-sm text-muted-foreground">{mentor.headline}</p>}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>No Mentors or Connectors are listed with {organization.name} yet.</p>
        )}
        <p className="meta">
          Are you a Mentor or Connector here? <Link href={`/organizations/${organization.slug}/affiliate`}>Ask to be listed with {organization.name}</Link>.
        </p>
      </section>
    </article>
  )
}
