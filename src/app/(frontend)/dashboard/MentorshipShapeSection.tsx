import Link from 'next/link'

import { Badge } from '@/components/ui/badge'
import type { ShapeTask } from '@/mentorship/shape'

import { Row, Rows, Section } from './Section'

const labels: Record<ShapeTask['kind'], { text: (name: string) => string; anchor: string; badge: string }> = {
  'confirm-agreement': { text: (name) => `Confirm your agreement with ${name}`, anchor: 'agreement', badge: 'Agreement' },
  'check-in': { text: (name) => `Check-in due: how is it going with ${name}?`, anchor: 'check-in', badge: 'Check-in' },
  'closing-feedback': { text: (name) => `Give feedback on your mentorship with ${name}`, anchor: 'closing-feedback', badge: 'Feedback' },
}

/** What the member's mentorships need from them (src/mentorship/shape.ts shapeTasksFor); shown only when something does. */
export function MentorshipShapeSection({ tasks }: { tasks: ShapeTask[] }) {
  if (tasks.length === 0) return null
  return (
    <Section id="mentorship-shape" title="Your mentorships" description="A moment each: these help your mentorships go well.">
      <Rows label="What your mentorships need from you">
        {tasks.map((task) => {
          const label = labels[task.kind]
          return (
            <Row key={`${task.requestId}-${task.kind}`}>
              <Link className="font-medium" href={`/account/requests/${task.requestId}#${label.anchor}`}>
                {label.text(task.otherName)}
              </Link>
              <Badge variant="warning">{label.badge}</Badge>
            </Row>
          )
        })}
      </Rows>
    </Section>
  )
}
