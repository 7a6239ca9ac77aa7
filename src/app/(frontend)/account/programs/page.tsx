import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { staffOrganizationOf } from '@/access'
import { requireMember } from '@/accounts/session'
import { PageHeader } from '@/components/page/PageHeader'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { listMyProgrammes, type MyProgramme } from '@/queries/my-programs'

import { changeListing } from './actions'
import { LeaveForm } from './LeaveForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your programmes',
  description: 'The mentoring programmes you belong to, where each stands, and leaving one.',
  path: '/account/programs',
})

type Props = { searchParams: Promise<{ left?: string; listed?: string; unlisted?: string; problem?: string }> }

const sideWord = (side: MyProgramme['side']) => (side === 'mentor' ? 'mentor' : 'mentee')

/** Where the membership stands, in a sentence; the staff's reason follows on its own line. */
function statusInWords(entry: MyProgramme): string {
  const since = (date: string | null) => (date ? ` on ${formatDate(date)}` : '')
  switch (entry.status) {
    case 'confirming-email':
      return `You asked to join as a ${sideWord(entry.side)}. Confirm your institution address with the link we emailed you; then you are in, or wait for approval.`
    case 'awaiting-approval':
      return `You asked to join as a ${sideWord(entry.side)}. The programme’s staff will approve or decline your place; we will email you when they do.`
    case 'active':
      return `You are a ${sideWord(entry.side)} in this programme${entry.joinedAt ? `, since ${formatDate(entry.joinedAt)}` : ''}.`
    case 'declined':
      return `The programme’s staff declined your place${since(entry.decidedAt)}.`
    case 'left':
      return `You left this programme${since(entry.leftAt)}.`
    case 'removed':
      return `The programme’s staff removed you from this programme${since(entry.leftAt ?? entry.decidedAt)}.`
  }
}

const badge: Record<MyProgramme['status'], { text: string; variant: 'success' | 'warning' | 'secondary' | 'outline' }> = {
  'confirming-email': { text: 'Confirm your address', variant: 'warning' },
  'awaiting-approval': { text: 'Waiting for approval', variant: 'warning' },
  active: { text: 'Member', variant: 'success' },
  declined: { text: 'Declined', variant: 'outline' },
  left: { text: 'Left', variant: 'outline' },
  removed: { text: 'Removed', variant: 'outline' },
}

export default async function MyProgrammesPage({ searchParams }: Props) {
  const member = await requireMember('/account/programs')
  const programmes = await listMyProgrammes(await getPayloadClient(), member)
  const query = await searchParams
  const nameOf = (slug?: string) => programmes.find((entry) => entry.program.slug === slug)?.program.name ?? 'the programme'
  const notice = query.left
    ? `You left ${nameOf(query.left)}. Anyone you were mentoring or waiting on in it has been told.`
    : query.unlisted
      ? `You are off ${nameOf(query.unlisted)}’s mentoring pages. You stay a member, and your current mentorships go on.`
      : query.listed
        ? `You are listed on ${nameOf(query.listed)}’s mentoring pages again.`
        : null

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader
        back={{ href: '/account', label: 'Your account' }}
        lead="The mentoring programmes you belong to or asked to join, where each stands, and what each asks of you."
        title="Your programmes"
      />
      {notice && (
        <p className="form-message" role="status">
          {notice}
        </p>
      )}
      {query.problem && (
        <p className="form-message" role="alert">
          {query.problem}
        </p>
      )}
      {programmes.length === 0 ? (
        <div className="notice" data-testid="no-programmes">
          {staffOrganizationOf(member) != null ? (
            <p>
              You run programmes for your organisation rather than join them: their members, approvals and reports are in{' '}
              <Link prefetch={false} href="/admin/collections/programs">
                /admin
              </Link>
              . <Link href="/programs">See the programmes</Link> open to join.
            </p>
          ) : (
            <p>
              You are not in any programme yet. <Link href="/programs">See the programmes</Link> open to join.
            </p>
          )}
        </div>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-6 p-0">
          {programmes.map((entry) => (
            <Programme entry={entry} key={entry.membershipId} />
          ))}
        </ul>
      )}
    </div>
  )
}

function Programme({ entry }: { entry: MyProgramme }) {
  const { program } = entry
  const headingId = `programme-${entry.membershipId}`
  const active = entry.status === 'active'
  const current = active || entry.status === 'awaiting-approval' || entry.status === 'confirming-email'
  return (
    <li className="m-0 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5" data-testid="programme">
      <section aria-labelledby={headingId} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="m-0 text-xl" id={headingId}>
            <Link href={`/programs/${program.slug}`}>{program.name}</Link>
          </h2>
          <Badge variant={badge[entry.status].variant}>{badge[entry.status].text}</Badge>
          <span className="text-sm text-muted-foreground">As a {sideWord(entry.side)}</span>
        </div>
        <p className="m-0" data-testid="programme-status">
          {statusInWords(entry)}
        </p>
        {entry.statusReason && (entry.status === 'declined' || entry.status === 'removed') && (
          <p className="m-0 border-s-4 border-border ps-3" data-testid="programme-reason">
            <strong>Their reason:</strong> {entry.statusReason}
          </p>
        )}
        {(entry.status === 'declined' || entry.status === 'removed') && program.contactEmail && (
          <p className="m-0 text-sm text-muted-foreground">
            Questions about it: <a href={`mailto:${program.contactEmail}`}>{program.contactEmail}</a>
          </p>
        )}

        {active && entry.owed.length > 0 && (
          <div className="rounded-lg border border-border bg-muted p-3" data-testid="agreements-owed">
            <p className="m-0">
              {entry.owed.length === 1 ? 'An agreement of this programme has' : 'Agreements of this programme have'} a new version to accept before you send or
              answer requests in it: {entry.owed.map((agreement) => agreement.title).join(', ')}.
            </p>
            <p className="mt-2 mb-0">
              <Link className="font-medium" href={entry.agreementsPath}>
                Read and accept {entry.owed.length === 1 ? 'it' : 'them'}
              </Link>
            </p>
          </div>
        )}

        {active && entry.side === 'mentor' && (
          <div className="flex flex-col gap-2">
            <h3 className="m-0 text-base">Its mentoring pages</h3>
            <p className="m-0 text-sm text-muted-foreground">
              {entry.hiddenFromListings
                ? 'You are not shown on the programme’s page or in the directory filtered to it. You stay a member, and mentees who know you can still write.'
                : 'You are shown on the programme’s page and in the directory filtered to it.'}
              {entry.activeMentorships > 0 ? ` You mentor ${entry.activeMentorships} ${entry.activeMentorships === 1 ? 'person' : 'people'} in it now.` : ''}
            </p>
            <form action={changeListing}>
              <input name="membership" type="hidden" value={String(entry.membershipId)} />
              <input name="hidden" type="hidden" value={entry.hiddenFromListings ? 'no' : 'yes'} />
              <Button type="submit" variant="outline" className="h-auto min-h-9 py-2 text-left whitespace-normal">
                {entry.hiddenFromListings ? 'List me on its mentoring pages again' : 'Take me off this programme’s mentoring pages'}
              </Button>
            </form>
          </div>
        )}

        {current && (
          <details className="rounded-lg border border-border p-3">
            <summary className="cursor-pointer font-medium">Leave this programme</summary>
            <div className="mt-3 flex flex-col gap-3">
              <p className="m-0 text-sm">
                {entry.side === 'mentor'
                  ? 'Anyone you are mentoring in it, and anyone waiting for your answer in it, is emailed first; then those mentorships and requests close. Your other mentorships are not affected.'
                  : 'Your waiting requests in it are withdrawn and your mentorships in it end; each mentor is told. Your requests outside the programme are not affected.'}
              </p>
              <LeaveForm activeMentorships={entry.activeMentorships} membershipId={entry.membershipId} programName={program.name} side={entry.side} />
            </div>
          </details>
        )}
      </section>
    </li>
  )
}
