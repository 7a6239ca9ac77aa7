'use client'

import { useFormFields } from '@payloadcms/ui'

import { ProgramPageLink } from '../ProgramPageLink'
import { programMatchingPath } from './paths'

/** On a programme's edit page, when its staff propose the pairs: a link to its matching round. */
export function MatchingLink() {
  const matching = useFormFields(([fields]) => fields.matching?.value)
  if (matching !== 'staff') return null
  return (
    <ProgramPageLink
      path={programMatchingPath}
      label="Match waiting mentees"
      description="Propose a mentor for every mentee still waiting, review the pairs and send the introductions."
    />
  )
}
