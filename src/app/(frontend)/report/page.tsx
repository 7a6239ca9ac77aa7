import type { Metadata } from 'next'

import { getSignedInMember } from '@/accounts/session'

import { ReportForm } from './ReportForm'

export const metadata: Metadata = { title: 'Report a conduct concern' }

type Props = { searchParams: Promise<{ message?: string; kind?: string; subject?: string }> }

export default async function ReportPage({ searchParams }: Props) {
  const member = await getSignedInMember()
  const { message, kind, subject } = await searchParams
  return (
    <>
      <h1>Report a conduct concern</h1>
      <p className="lead">
        If someone on the platform broke the Code of Conduct, made you feel unsafe, or an organisation, event or job is not what it seems, tell us here.
      </p>
      <ul>
        <li>Only the platform’s admins read reports. The person or organisation you report is never told who reported them.</li>
        <li>
          {member
            ? 'You are signed in, so the admins can see the report is from you and write back.'
            : 'You do not need an account, and you may stay anonymous.'}
        </li>
        <li>If someone is in immediate danger, contact your local emergency services first.</li>
      </ul>
      <ReportForm
        signedIn={Boolean(member)}
        preset={{
          subjectKind: message ? 'message' : (kind ?? ''),
          subject: message ? 'A message in one of my conversations' : (subject ?? '').slice(0, 300),
          messageId: message && /^[0-9a-f]+$/i.test(message) ? message : undefined,
        }}
      />
    </>
  )
}
