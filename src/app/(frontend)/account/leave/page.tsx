import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'

import { NarrowPage } from '@/components/page/NarrowPage'
import { Button } from '@/components/ui/button'

import { leaveMentors } from '../actions'

export const metadata: Metadata = memberPageMetadata({
  title: 'Leave the mentors group',
  description: 'Stop being listed as a Mentor or Connector; your account stays.',
  path: '/account/leave',
})

export default async function LeaveMentorsPage() {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/leave')
  const kind = mentorKindOf(member)
  if (!kind) redirect('/account')
  return (
    <NarrowPage
      back={{ href: '/account', label: 'Your account' }}
      lead={`You will no longer be a ${kind === 'mentor' ? 'Mentor' : 'Connector'}.`}
      title="Leave the mentors group"
    >
      <ul className="m-0 flex list-disc flex-col gap-2 ps-5">
        <li>Your directory profile is removed at once: students can no longer find or contact you.</li>
        <li>
          Students you are mentoring, and students whose requests are waiting for you, are emailed first that you are leaving; those mentorships and requests
          close. Your conversations stay readable in your requests.
        </li>
        <li>Your account stays, as a Career Candidate. You can delete it from your account page.</li>
        <li>
          If you only need a break, you can{' '}
          <Link className="underline underline-offset-4" href="/account">
            pause your involvement
          </Link>{' '}
          instead.
        </li>
      </ul>
      <form action={leaveMentors}>
        <Button type="submit" variant="destructive">
          Leave the mentors group
        </Button>
      </form>
    </NarrowPage>
  )
}
