'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'

import { programHealthPath } from './paths'

/** On a programme's edit page: a link to its mentorships' health. */
export function ProgramHealthLink() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (id == null) return null
  return (
    <div className="field-type">
      <Button el="link" url={`${admin}${programHealthPath}/${id}`} buttonStyle="secondary" size="medium" margin={false}>
        See the mentorships’ health
      </Button>
      <p className="field-description">Unanswered check-ins, worries raised, end dates passed, and the feedback of ended mentorships.</p>
    </div>
  )
}
