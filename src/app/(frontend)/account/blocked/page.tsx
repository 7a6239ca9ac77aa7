import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { listBlockedMembers } from '@/blocks/manage'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { FormMessage } from '@/components/forms/Field'
import { PageHeader } from '@/components/page/PageHeader'
import { Button } from '@/components/ui/button'

import { unblock } from './actions'

export const metadata: Metadata = memberPageMetadata({
  title: 'Blocked members',
  description: 'The members you blocked, and how to unblock them.',
  path: '/account/blocked',
})

type Props = { searchParams: Promise<{ blocked?: string; reported?: string; unblocked?: string }> }

export default async function BlockedMembersPage({ searchParams }: Props) {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/blocked')
  const { blocked, reported, unblocked } = await searchParams
  const people = await listBlockedMembers(await getPayloadClient(), member)
  const notice = blocked
    ? `Blocked: they can no longer send you requests or messages, and they are not told.${reported ? ' Your report is with the admins, confidentially; an acknowledgement is on its way to your inbox.' : ''}`
    : unblocked
      ? 'Unblocked. You can find and write to each other again.'
      : null

  return (
    <div className="mx-auto w-full max-w-2xl">
      <PageHeader
        back={{ href: '/account', label: 'Your account' }}
        lead="People you blocked cannot send you requests or messages, and you do not see each other in the directory. They are not told."
        title="Blocked members"
      >
        {notice && <FormMessage message={notice} />}
      </PageHeader>
      {people.length === 0 ? (
        <p className="notice">You have not blocked anyone. You can block someone from their profile, a request or a message.</p>
      ) : (
        <ul className="m-0 flex list-none flex-col divide-y divide-border rounded-xl border border-border bg-card p-0" data-testid="blocked-members">
          {people.map((person) => (
            <li key={person.blockId}>
              <form action={unblock} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <input name="block" type="hidden" value={String(person.blockId)} />
                <span>
                  <span className="font-medium">{person.name}</span>
                  <span className="text-muted-foreground">, blocked on {formatDate(person.since)}</span>
                </span>{' '}
                <Button aria-label={`Unblock ${person.name}`} size="sm" type="submit" variant="outline">
                  Unblock
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
