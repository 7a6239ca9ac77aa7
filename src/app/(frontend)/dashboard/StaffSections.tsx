import Link from 'next/link'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { planWord } from '@/organizations/plan'
import type { PostingKind, StaffDashboard, StaffPosting } from '@/queries/dashboard'

import { EmptyState, Grid, Row, Rows, Section } from './Section'

const kindWords: Record<PostingKind, { label: string; collection: string; path: string }> = {
  event: { label: 'Event', collection: 'events', path: '/events' },
  job: { label: 'Job', collection: 'opportunities', path: '/jobs' },
  resource: { label: 'Resource', collection: 'resources', path: '/resources' },
}

const stateBadges: Record<StaffPosting['state'], { label: string; variant: 'success' | 'warning' | 'outline' }> = {
  published: { label: 'Published', variant: 'success' },
  draft: { label: 'Draft', variant: 'warning' },
  ended: { label: 'Ended', variant: 'outline' },
}

/** Organisation staff's dashboard: the plan's status, what the organisation posted, and the way to /admin. */
export function StaffSections({ dashboard }: { dashboard: StaffDashboard }) {
  if (!dashboard) {
    return (
      <Section id="organisation" title="Your organisation">
        <EmptyState>Your account is not linked to an organisation yet. A platform admin links it; ask them through the contact page.</EmptyState>
        <p className="m-0">
          <Link href="/contact">Contact the team</Link>
        </p>
      </Section>
    )
  }
  const { organization, postings, counts } = dashboard
  const word = planWord(organization.kind)
  const company = organization.kind === 'company'
  return (
    <Grid>
      <Section action={{ href: `/organizations/${organization.slug}`, label: `See ${organization.name}’s public profile` }} id="plan" title={organization.name}>
        <p className="m-0 flex flex-wrap items-center gap-2">
          <Badge data-testid="plan-status" variant={organization.planActive ? 'success' : 'warning'}>
            {organization.planActive ? `${capitalise(word)} active` : `No active ${word}`}
          </Badge>
          {organization.tier && <span className="text-muted-foreground">{capitalise(organization.tier)} tier</span>}
        </p>
        <p className="m-0" data-testid="plan-summary">
          {organization.planSummary}
        </p>
        <p className="m-0">
          <Button asChild size="sm">
            <Link prefetch={false} href="/admin">
              Open the organisation admin
            </Link>
          </Button>
        </p>
      </Section>

      <Section
        description={`${counts.event} ${counts.event === 1 ? 'event' : 'events'}${company ? `, ${counts.job} ${counts.job === 1 ? 'job' : 'jobs'}` : ''}, ${counts.resource} ${counts.resource === 1 ? 'resource' : 'resources'}.`}
        id="postings"
        title="Your postings"
      >
        {postings.length === 0 ? (
          <EmptyState
            action={
              <span className="flex flex-wrap gap-2">
                <Button asChild size="sm" variant="outline">
                  <Link prefetch={false} href="/admin/collections/events/create">
                    Post an event
                  </Link>
                </Button>
                {company && (
                  <Button asChild size="sm" variant="outline">
                    <Link prefetch={false} href="/admin/collections/opportunities/create">
                      Post a job
                    </Link>
                  </Button>
                )}
              </span>
            }
          >
            Nothing posted yet. Events{company ? ', jobs' : ''} and resources you publish appear on the public site while your {word} is active.
          </EmptyState>
        ) : (
          <Rows label="Your postings">
            {postings.map((posting) => (
              <Row key={`${posting.kind}-${posting.id}`}>
                <span className="flex flex-col">
                  <a className="font-medium" href={`/admin/collections/${kindWords[posting.kind].collection}/${posting.id}`}>
                    {posting.title}
                  </a>
                  <span className="text-muted-foreground">{kindWords[posting.kind].label}</span>
                </span>
                <Badge variant={stateBadges[posting.state].variant}>{stateBadges[posting.state].label}</Badge>
              </Row>
            ))}
          </Rows>
        )}
      </Section>
    </Grid>
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
