import Link from 'next/link'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { MentorKind } from '@/accounts/involvement'
import { formatDate } from '@/lib/dates'
import { helpTopicLabel } from '@/mentorship/topics'
import type { MentorDashboard, ProfileState } from '@/queries/dashboard'

import { RequestStatusBadge } from '../account/requests/RequestBits'
import { EmptyState, Grid, Row, Rows, Section } from './Section'

const day = 24 * 60 * 60 * 1000

/** "Answer by 14 December 2026 (in 3 days)": when a waiting request expires unanswered. */
function dueText(expiresAt: string | null, now: Date): string {
  if (!expiresAt) return 'No deadline'
  const days = Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / day)
  const left = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`
  return `Answer by ${formatDate(expiresAt)} (${left})`
}

const visibilityWords: Record<string, string> = {
  public: 'everyone',
  members: 'signed-in members',
  contacts: 'students whose request you accepted',
  hidden: 'nobody but you',
}

const availabilityBadges: Record<ProfileState['availability'], { label: string; variant: 'success' | 'warning' | 'outline' }> = {
  open: { label: 'Open to new students', variant: 'success' },
  full: { label: 'Full for now', variant: 'warning' },
  paused: { label: 'Paused', variant: 'outline' },
}

/** A Mentor's or Connector's dashboard: requests waiting for their answer, soonest due first, and how their profile shows. */
export function MentorSections({ dashboard, kind, now = new Date() }: { dashboard: MentorDashboard; kind: MentorKind; now?: Date }) {
  const { waiting, totalWaiting, activeMentorships, profile } = dashboard
  return (
    <Grid>
      <Section
        action={{ href: '/account/requests', label: 'All requests' }}
        description={
          totalWaiting > 0
            ? `${totalWaiting === 1 ? '1 request waits' : `${totalWaiting} requests wait`} for your answer. Unanswered requests expire after two weeks.`
            : activeMentorships > 0
              ? `You have ${activeMentorships} active ${activeMentorships === 1 ? 'mentorship' : 'mentorships'}.`
              : undefined
        }
        id="waiting-requests"
        title="Waiting for your answer"
      >
        {waiting.length === 0 ? (
          <EmptyState
            action={
              profile ? (
                <Button asChild size="sm" variant="outline">
                  <Link href="/account/profile">Improve your profile</Link>
                </Button>
              ) : undefined
            }
          >
            Nothing waits for your answer. Students find you through the directory; a clear headline and what you help with bring the right requests.
          </EmptyState>
        ) : (
          <Rows label="Requests waiting for your answer">
            {waiting.map((request) => (
              <Row key={request.id}>
                <span className="flex flex-col">
                  <Link className="font-medium" href={`/account/requests/${request.id}`}>
                    {request.studentName}
                  </Link>
                  <span className="text-muted-foreground">{helpTopicLabel(request.helpWith)}</span>
                  <span className="font-medium text-foreground" data-testid="due">
                    {dueText(request.expiresAt, now)}
                  </span>
                </span>
                <RequestStatusBadge status={request.status} />
              </Row>
            ))}
          </Rows>
        )}
      </Section>

      <Section
        action={profile ? { href: `/mentors/${profile.slug}`, label: 'See your public profile' } : undefined}
        id="your-profile"
        title="Your directory profile"
      >
        {profile ? (
          <>
            <p className="m-0 flex flex-wrap items-center gap-2">
              <Badge data-testid="profile-availability" variant={availabilityBadges[profile.availability].variant}>
                {availabilityBadges[profile.availability].label}
              </Badge>
              <span className="text-muted-foreground">
                {kind === 'mentor' ? 'Mentor' : 'Connector'} · {profile.activeMentees} of {profile.capacity} places taken
              </span>
            </p>
            <p className="m-0" data-testid="profile-visibility">
              {profile.availability === 'paused'
                ? `You are paused${profile.pausedUntil ? ` until ${formatDate(profile.pausedUntil)}` : ''}: the directory does not offer you to students.`
                : 'Your profile is listed in the directory.'}{' '}
              Your pronouns show to {visibilityWords[profile.pronounsVisibility] ?? 'signed-in members'}; how you describe yourself shows to{' '}
              {visibilityWords[profile.identitiesVisibility] ?? 'nobody but you'}.{profile.hasPhoto ? '' : ' Add a photo so students recognise you.'}
            </p>
            <p className="m-0">
              <Link href="/account/profile">Edit your directory profile</Link>
            </p>
          </>
        ) : (
          <EmptyState
            action={
              <Button asChild size="sm">
                <Link href="/account/profile">Set up your profile</Link>
              </Button>
            }
          >
            You have no directory profile yet, so students cannot find you.
          </EmptyState>
        )}
      </Section>
    </Grid>
  )
}
