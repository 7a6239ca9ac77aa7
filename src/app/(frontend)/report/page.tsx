import type { Metadata } from 'next'

import { pageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { meetingReportSubject } from '@/conduct/report'
import { getPayloadClient } from '@/lib/payload'

import { ShieldCheck } from 'lucide-react'

import { NarrowPage } from '@/components/page/NarrowPage'

import { ReportForm } from './ReportForm'

export const metadata: Metadata = pageMetadata({
  title: 'Report a conduct concern',
  description: 'Tell the platform team, in confidence, about behaviour that breaks the code of conduct.',
  path: '/report',
})

type Props = { searchParams: Promise<{ message?: string; kind?: string; subject?: string; meeting?: string }> }

export default async function ReportPage({ searchParams }: Props) {
  const member = await getSignedInMember()
  const { message, kind, subject, meeting } = await searchParams
  // A meeting is named only for one of its two people; for anyone else the parameter is ignored.
  const meetingPreset = member && meeting && !message ? await meetingReportSubject(await getPayloadClient(), member, meeting) : null
  return (
    <NarrowPage
      lead="If someone on the platform broke the Code of Conduct, made you feel unsafe, or an organisation, event or job is not what it seems, tell us here."
      title="Report a conduct concern"
    >
      <ul className="m-0 flex list-none flex-col gap-2 rounded-lg bg-muted p-4 text-sm">
        {[
          'Only the platform’s admins read reports. The person or organisation you report is never told who reported them.',
          member
            ? 'You are signed in, so the admins can see the report is from you and write back.'
            : 'You do not need an account, and you may stay anonymous.',
          'If someone is in immediate danger, contact your local emergency services first.',
        ].map((point) => (
          <li className="flex gap-2" key={point}>
            <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
            {point}
          </li>
        ))}
      </ul>
      <ReportForm
        signedIn={Boolean(member)}
        preset={{
          subjectKind: message ? 'message' : meetingPreset ? 'person' : (kind ?? ''),
          subject: message ? 'A message in one of my conversations' : (meetingPreset?.subject ?? subject ?? '').slice(0, 300),
          messageId: message && /^[0-9a-f]+$/i.test(message) ? message : undefined,
          meetingId: meetingPreset?.meetingId,
        }}
      />
    </NarrowPage>
  )
}
