'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { ReactNode } from 'react'

type ProgramPageLinkProps = {
  /** The page's path under the admin route; the programme's id is appended. */
  path: string
  label: string
  description: string
  /** Shown after the description, inside the same block. */
  children?: ReactNode
}

/** On a programme's edit page: a button to one of its admin pages (report, health, matching round). */
export function ProgramPageLink({ path, label, description, children }: ProgramPageLinkProps) {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (id == null) return null
  return (
    <div className="field-type">
      <Button el="link" url={`${admin}${path}/${id}`} buttonStyle="secondary" size="medium" margin={false}>
        {label}
      </Button>
      <p className="field-description">{description}</p>
      {children}
    </div>
  )
}
