import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { hasRole, isSameId, staffOrganizationOf } from '@/access'
import { getSignedInMember } from '@/accounts/session'
import { FormMessage } from '@/components/forms/Field'
import { MentorCard } from '@/components/MentorCard'
import { OrganizationLogo } from '@/components/OrganizationLogo'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { singleValues, type SearchParams } from '@/lib/search-params'
import { describeEligibility, openSides, sideAudience } from '@/programs/eligibility'
import { agreementAudiences, labelOf, membershipStatuses, type ProgramSide } from '@/programs/options'
import { getProgram, listOwnMemberships, listProgramAgreements, listProgramMentors, type ProgramView } from '@/queries/programs'
import { pageMetadata } from '@/site/metadata'

import { resendConfirmation } from './actions'
import { ProgramSuggestions } from './ProgramSuggestions'
import { joinStateFor, type JoinState } from './join-state'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await getProgram((await params).slug, await getSignedInMember())
  if (!program) return {}
  return pageMetadata({
    title: program.name,
    description: program.summary,
    path: `/programs/${program.slug}`,
    // A draft or archived programme is shown to its staff only: never indexed.
    noindex: program.status !== 'open' && program.status !== 'closed',
  })
}

const joinedNotice: Record<string, string> = {
  'confirming-email': 'Nearly there: we sent a link to your institution address. Press it within 48 hours to confirm the address.',
  'awaiting-approval': 'You have joined. Programme staff approve each member; we will email you when they decide.',
  active: 'Welcome: you are a member of this programme.',
}
const resentNotice: Record<string, { error?: string; message?: string }> = {
  sent: { message: 'We sent a new link to your institution address. The earlier link no longer works.' },
  limited: { error: 'We have sent enough links for now. Please try again in an hour.' },
  none: { error: 'There is no institution address waiting to be confirmed here.' },
}

function membershipWords(state: Extract<JoinState, { kind: 'member' }>, program: ProgramView): string {
  const { status, statusReason } = state.membership
  if (status === 'active') return `You are a member as a ${state.membership.side}.`
  if (status === 'awaiting-approval') return 'You have joined; programme staff are looking at your place. We will email you when they decide.'
  if (status === 'confirming-email') return 'You have joined: press the link we sent to your institution address to confirm it.'
  const reason = statusReason ? ` Their reason: “${statusReason}”` : ''
  const contact = program.contactEmail ? ` To ask about it, write to ${program.contactEmail}.` : ''
  return `${labelOf(membershipStatuses, status)}.${reason}${contact}`
}

function JoinPanel({ program, side, state, signInNext }: { program: ProgramView; side: ProgramSide; state: JoinState; signInNext: string }) {
  const title = side === 'mentor' ? 'Join as a mentor' : 'Join as a mentee'
  const joinHref = `/programs/${program.slug}/join?as=${side}`
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle as="h3">{title}</CardTitle>
        <p className="m-0 text-sm text-muted-foreground">For {sideAudience(program, side)}.</p>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {state.kind === 'can-join' &&
          (state.invitationOnly ? (
            <p className="m-0">This side joins through an invitation link from the programme. Please open the link you were sent.</p>
          ) : (
            <Button asChild className="w-fit">
              <Link href={joinHref}>{title}</Link>
            </Button>
          ))}
        {state.kind === 'sign-in' && (
          <p className="m-0">
            <Link href={`/signin?next=${signInNext.replaceAll('%2F', '/')}`}>Sign in to join</Link>, or <Link href="/signup">create an account</Link> first.
          </p>
        )}
        {state.kind === 'cannot' && <p className="m-0">{state.message}</p>}
        {state.kind === 'member' && (
          <>
            <p className="m-0">
              <Badge variant={state.membership.status === 'active' ? 'success' : 'secondary'}>{labelOf(membershipStatuses, state.membership.status)}</Badge>
            </p>
            <p className="m-0">{membershipWords(state, program)}</p>
            {state.membership.status === 'confirming-email' && (
              <form action={resendConfirmation}>
                <input type="hidden" name="program" value={program.slug} />
                <input type="hidden" name="side" value={side} />
                <Button type="submit" variant="outline" size="sm">
                  Send the link again
                </Button>
              </form>
            )}
          </>
        )}
      </CardContent>
    </Card>
  )
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = singleValues(await searchParams)
  const viewer = await getSignedInMember()
  const program = await getProgram(slug, viewer)
  if (!program) notFound()
  const [agreements, memberships, { mentors, total }] = await Promise.all([
    listProgramAgreements(program.id),
    listOwnMemberships(program.id, viewer),
    listProgramMentors(program.id, viewer),
  ])
  const sides = openSides(program)
  const runsIt = hasRole(viewer, 'admin') || (program.organization != null && isSameId(staffOrganizationOf(viewer), program.organization.id))
  const notice = query.joined ? joinedNotice[query.joined] : undefined
  const resent = query.resent ? resentNotice[query.resent] : undefined

  return (
    <article className="program">
      <PageHeader trail={[{ href: '/programs', label: 'Programmes' }]} title={program.name} lead={program.summary}>
        <div className="flex items-center gap-3">
          {program.organization ? (
            <>
              <OrganizationLogo name={program.organization.name} src={program.organization.logo} size="sm" />
              <p className="meta m-0">
                Run by <Link href={`/organizations/${program.organization.slug}`}>{program.organization.name}</Link>
              </p>
            </>
          ) : (
            <p className="meta m-0">Run by the Pride Career Network</p>
          )}
          {program.status !== 'open' && (
            <Badge variant="warning">{program.status === 'closed' ? 'Not taking new members' : `Only your staff see this (${program.status})`}</Badge>
          )}
        </div>
      </PageHeader>

      {(notice || resent) && (
        <div className="mb-6">
          <FormMessage message={notice ?? resent?.message} error={resent?.error} />
        </div>
      )}

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {/* First on a phone, where the join button would otherwise come after everything; beside the text on a wide screen. */}
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-start-1" aria-labelledby="join" id="join-panel">
          <h2 className="m-0" id="join">
            Join
          </h2>
          {runsIt && (
            <Card className="gap-2" data-testid="you-run-it">
              <CardContent className="flex flex-col gap-2">
                <p className="m-0">{hasRole(viewer, 'admin') ? 'You keep this programme as an admin.' : 'Your organisation runs this programme.'}</p>
                <ul className="m-0 flex list-disc flex-col gap-1 pl-5">
                  <li>
                    <Link prefetch={false} href={`/admin/collections/programs/${program.id}`}>
                      Its settings, questions and rules in /admin
                    </Link>
                  </li>
                  <li>
                    <Link prefetch={false} href="/admin/collections/program-memberships">
                      Members and the approval queue
                    </Link>
                  </li>
                  <li>
                    <Link prefetch={false} href={`/admin/program-reports/${program.id}`}>
                      Its report
                    </Link>
                  </li>
                </ul>
              </CardContent>
            </Card>
          )}
          {sides.length === 0 && <p className="m-0">Members join this programme through its staff, not through the site.</p>}
          {sides.map((side) => (
            <JoinPanel
              key={side}
              program={program}
              side={side}
              state={joinStateFor(program, side, viewer, memberships)}
              signInNext={encodeURIComponent(`/programs/${program.slug}/join?as=${side}`)}
            />
          ))}
          {program.contactEmail && (
            <p className="m-0 text-sm text-muted-foreground">
              Questions or concerns? Write to the programme at <a href={`mailto:${program.contactEmail}`}>{program.contactEmail}</a>.
            </p>
          )}
        </aside>
        <div className="flex min-w-0 flex-col gap-10 lg:col-start-1 lg:row-start-1">
          <section className="flex flex-col gap-3" aria-labelledby="who">
            <h2 className="m-0" id="who">
              Who it is for
            </h2>
            {program.eligibility && <p className="m-0 pre-line">{program.eligibility}</p>}
            <ul className="m-0 flex list-disc flex-col gap-1 pl-5" data-testid="eligibility">
              {describeEligibility(program).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>

          {program.description && (
            <section className="flex flex-col gap-3" aria-labelledby="about">
              <h2 className="m-0" id="about">
                About the programme
              </h2>
              <RichText className="prose" data={program.description} />
            </section>
          )}

          <section className="flex flex-col gap-3" aria-labelledby="agreements">
            <h2 className="m-0" id="agreements">
              Agreements
            </h2>
            {agreements.length > 0 ? (
              <>
                <p className="m-0">Members accept these when they join, and again when one changes.</p>
                <ul className="link-list" data-testid="program-agreements">
                  {agreements.map((agreement) => (
                    <li key={agreement.id}>
                      <Link href={`/programs/${program.slug}/agreements/${agreement.slug}`}>{agreement.title}</Link>{' '}
                      <span className="meta">
                        ({labelOf(agreementAudiences, agreement.appliesTo)}, version {agreement.currentVersion})
                      </span>
                      {agreement.summary && <p className="m-0 text-sm text-muted-foreground">{agreement.summary}</p>}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="m-0">This programme has not published agreements.</p>
            )}
          </section>

          {viewer &&
            hasRole(viewer, 'career-candidate') &&
            memberships.some((membership) => membership.side === 'mentee' && membership.status === 'active') && (
              <ProgramSuggestions program={program} viewer={viewer} />
            )}

          <section className="flex flex-col gap-3" aria-labelledby="mentors">
            <h2 className="m-0" id="mentors">
              Mentors in this programme
            </h2>
            {mentors.length > 0 ? (
              <ul className="card-grid" data-testid="program-mentors">
                {mentors.map((mentor) => (
                  <MentorCard key={mentor.id} mentor={mentor} headingLevel="h3" />
                ))}
              </ul>
            ) : (
              <p className="m-0">No mentors are listed in this programme yet.</p>
            )}
            {total > 0 && (
              <p className="m-0">
                <Link href={`/mentors?program=${program.slug}`}>
                  {total === 1 ? 'This programme’s mentor in the directory' : `All ${total} mentors of this programme in the directory`}
                </Link>
                , with its filters.
              </p>
            )}
          </section>
        </div>
      </div>
    </article>
  )
}
