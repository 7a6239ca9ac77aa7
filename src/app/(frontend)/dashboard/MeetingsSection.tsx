import Link from 'next/link'

import { Badge } from '@/components/ui/badge'
import type { MeetingView } from '@/meetings/book'

import { Row, Rows, Section } from './Section'

/** The member's next meetings, soonest first, on their own clock: shown once they have any coming up. */
export function MeetingsSection({ meetings, total }: { meetings: MeetingView[]; total: number }) {
  return (
    <Section
      action={{ href: '/account/meetings', label: 'All meetings' }}
      description={total === 1 ? '1 meeting coming up.' : `${total} meetings coming up.`}
      id="next-meetings"
      title="Your next meetings"
    >
      <Rows label="Your next meetings">
        {meetings.map((meeting) => (
          <Row key={meeting.id}>
            <span className="flex flex-col">
              <Link className="font-medium" href={`/account/meetings#meeting-${meeting.id}`}>
                {meeting.when} · {meeting.lengthMinutes} min
              </Link>
              <span className="text-sm text-muted-foreground">With {meeting.otherName}</span>
            </span>
            {meeting.status === 'proposed' ? (
              <Badge variant="warning">{meeting.side === 'student' ? 'Waiting for your answer' : 'Waiting for their answer'}</Badge>
            ) : (
              <Badge variant="success">Booked</Badge>
            )}
          </Row>
        ))}
      </Rows>
    </Section>
  )
}
