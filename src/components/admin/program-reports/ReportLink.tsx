'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'

import { ProgramHealthLink } from '../program-health/ProgramHealthLink'
import { programReportsPath } from './paths'

/** On a programme's edit page: a link to its report (members, requests, first answers, who left). */
export function ReportLink() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (id == null) return null
  return (
    <div className="field-type">
      <Button el="link" url={`${admin}${programReportsPath}/${id}`} buttonStyle="secondary" size="medium" margin={false}>
        Read the programme’s report
      </Button>
      <p className="field-description">Members, requests, first answers, mentorships and who left, for a period you choose, with CSV downloads.</p>
      <ProgramHealthLink />
    </div>
  )
}
