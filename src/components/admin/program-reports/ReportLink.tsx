'use client'

import { ProgramHealthLink } from '../program-health/ProgramHealthLink'
import { ProgramPageLink } from '../ProgramPageLink'
import { programReportsPath } from './paths'

/** On a programme's edit page: a link to its report (members, requests, first answers, who left). */
export function ReportLink() {
  return (
    <ProgramPageLink
      path={programReportsPath}
      label="Read the programme’s report"
      description="Members, requests, first answers, mentorships and who left, for a period you choose, with CSV downloads."
    >
      <ProgramHealthLink />
    </ProgramPageLink>
  )
}
