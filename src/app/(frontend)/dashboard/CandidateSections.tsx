import Link from 'next/link'

import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/dates'
import { formatEventTime } from '@/events/times'
import { eventFormatLabel } from '@/events/options'
import { helpTopicLabel } from '@/mentorship/topics'
import { opportunityKindLabel, workplaceLabel } from '@/opportunities/options'
import type { CandidateDashboard } from '@/queries/dashboard'

import type { User } from '../../../../payload-types'

import { RequestStatusBadge } from '../account/requests/RequestBits'
import { EmptyState, Grid, Row, Rows, Section } from './Section'
import { SuggestedSection } from './SuggestedSection'

/** A Career Candidate's dashboard: their requests, the mentors suggested for them, then upcoming events and new jobs side by side. */
export function CandidateSections({ dashboard, member }: { dashboard: CandidateDashboard; member: User }) {
  const { requests, totalRequests, waitingRequests, events, jobs, hasResume } = dashboard
  return (
    <>
      <Section
        action={totalRequests > 0 ? { href: '/account/requests', label: `All your requests (${totalRequests})` } : undefined}
        description={
          totalRequests > 0
            ? `${waitingRequests === 1 ? '1 request is' : `${waitingRequests} requests are`} waiting for an answer.`
            : 'Ask a Mentor or Connector for advice, an introduction or a practice interview.'
        }
        id="your-requests"
        title="Your mentorship requests"
      >
        {requests.length === 0 ? (
          <EmptyState
            action={
              <Button asChild size="sm">
                <Link href="/mentors">Find a mentor</Link>
              </Button>
            }
          >
            You have not asked anyone yet. The directory shows who is open to new students.
          </EmptyState>
        ) : (
          <Rows label="Your mentorship requests">
            {requests.map((request) => (
              <Row key={request.id}>
                <span className="flex flex-col">
                  <Link className="font-medium" href={`/account/requests/${request.id}`}>
                    {request.otherName}
                  </Link>
                  <span className="text-muted-foreground">
                    {helpTopicLabel(request.helpWith)} · sent {formatDate(request.createdAt)}
                  </span>
                </span>
                <RequestStatusBadge status={request.status} />
              </Row>
            ))}
          </Rows>
        )}
      </Section>

      <SuggestedSection member={member} />

      <Grid>
        <Section action={{ href: '/events', label: 'All events' }} id="upcoming-events" title="Upcoming events">
          {events.length === 0 ? (
            <EmptyState>No events are coming up just now. New ones appear on the events page as organisations publish them.</EmptyState>
          ) : (
            <Rows label="Upcoming events">
              {events.map((event) => (
                <Row key={event.id}>
                  <span className="flex flex-col">
                    <Link className="font-medium" href={`/events/${event.slug}`}>
                      {event.title}
                    </Link>
                    <span className="text-muted-foreground">
                      {formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}
                      {event.format ? ` · ${eventFormatLabel(event.format)}` : ''}
                      {event.hostName ? ` · ${event.hostName}` : ''}
                    </span>
                  </span>
                </Row>
              ))}
            </Rows>
          )}
        </Section>

        <Section action={{ href: '/jobs', label: 'All jobs and internships' }} id="new-jobs" title="New jobs and internships">
          {jobs.length === 0 ? (
            <EmptyState>No open jobs or internships right now. Inclusive employers post them on the jobs board.</EmptyState>
          ) : (
            <Rows label="New jobs and internships">
              {jobs.map((job) => (
                <Row key={job.id}>
                  <span className="flex flex-col">
                    <Link className="font-medium" href={`/jobs/${job.slug}`}>
                      {job.title}
                    </Link>
                    <span className="text-muted-foreground">
                      {[job.companyName, opportunityKindLabel(job.kind), job.workplace ? workplaceLabel(job.workplace) : null, job.location]
                        .filter(Boolean)
                        .join(' · ')}
                      {job.deadline ? ` · apply by ${formatDate(job.deadline)}` : ''}
                    </span>
                  </span>
                </Row>
              ))}
            </Rows>
          )}
        </Section>
      </Grid>

      <Section
        id="your-resume"
        title="Your résumé"
        action={{ href: '/account/resume', label: hasResume ? 'Manage your résumé and who may download it' : 'Upload your résumé' }}
      >
        <p className="m-0 text-muted-foreground" data-testid="resume-state">
          {hasResume
            ? 'Your résumé is uploaded. Only the companies you choose can download it, and you see every download.'
            : 'You have not uploaded a résumé yet. Upload one PDF and choose which companies may download it.'}
        </p>
      </Section>
    </>
  )
}
