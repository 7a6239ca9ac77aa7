'use client'

import { ProgramPageLink } from '../ProgramPageLink'
import { programHealthPath } from './paths'

/** On a programme's edit page: a link to its mentorships' health. */
export function ProgramHealthLink() {
  return (
    <ProgramPageLink
      path={programHealthPath}
      label="See the mentorships’ health"
      description="Unanswered check-ins, worries raised, end dates passed, and the feedback of ended mentorships."
    />
  )
}
