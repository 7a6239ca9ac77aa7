import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { listBlockedMembers } from '@/blocks/manage'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { unblock } from './actions'

export const metadata: Metadata = { title: 'Blocked members', robots: { index: false } }

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
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Blocked members</h1>
      {notice && (
        <p className="form-message" role="status">
          {notice}
        </p>
      )}
      <p className="lead">People you blocked cannot send you requests or messages, and you do not see each other in the directory. They are not told.</p>
      {people.length === 0 ? (
        <p>You have not blocked anyone. You can block someone from their profile, a request or a message.</p>
      ) : (
        <ul className="link-list" data-testid="blocked-members">
          {people.map((person) => (
            <li key={person.blockId}>
              <form action={unblock} className="inline-form">
                <input name="block" type="hidden" value={String(person.blockId)} />
                <span>
                  {person.name}, blocked on {formatDate(person.since)}
                </span>{' '}
                <button className="secondary" type="submit" aria-label={`Unblock ${person.name}`}>
                  Unblock
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
