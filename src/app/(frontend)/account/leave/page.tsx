import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'

import { leaveMentors } from '../actions'

export const metadata: Metadata = { title: 'Leave the mentors group', robots: { index: false } }

export default async function LeaveMentorsPage() {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/leave')
  const kind = mentorKindOf(member)
  if (!kind) redirect('/account')
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Leave the mentors group</h1>
      <p className="lead">You will no longer be a {kind === 'mentor' ? 'Mentor' : 'Connector'}.</p>
      <ul>
        <li>Your directory profile is removed at once: students can no longer find or contact you.</li>
        <li>
          Students you are mentoring, and students whose requests are waiting for you, are emailed first that you are leaving; those mentorships and requests
          close. Your conversations stay readable in your requests.
        </li>
        <li>Your account stays, as a Career Candidate. You can delete it from your account page.</li>
        <li>
          If you only need a break, you can <Link href="/account">pause your involvement</Link> instead.
        </li>
      </ul>
      <form action={leaveMentors} className="stacked-form">
        <button className="danger" type="submit">
          Leave the mentors group
        </button>
      </form>
    </>
  )
}
