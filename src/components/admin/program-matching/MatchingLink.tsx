'use client'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { programMatchingPath } from './paths'

/** On a programme's edit page, when its staff propose the pairs: a link to its matching round. */
export function MatchingLink() {
  const { id } = useDocumentInfo()
  const matching = useFormFields(([fields]) => fields.matching?.value)
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (id == null || matching !== 'staff') return null
  return (
    <div className="field-type">
      <Button el="link" url={`${admin}${programMatchingPath}/${id}`} buttonStyle="secondary" size="medium" margin={false}>
        Match waiting mentees
      </Button>
      <p className="field-description">Propose a mentor for every mentee still waiting, review the pairs and send the introductions.</p>
    </div>
  )
}
