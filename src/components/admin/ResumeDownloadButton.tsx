'use client'

import { Button, useFormFields } from '@payloadcms/ui'

/**
 * A download button on a résumé in /admin. It goes through Payload's file route like every
 * résumé download, so the access check and the download record the student sees still apply.
 */
export function ResumeDownloadButton() {
  const url = useFormFields(([fields]) => fields?.url?.value as string | null | undefined)
  const filesize = useFormFields(([fields]) => fields?.filesize?.value as number | null | undefined)
  if (!url) return null
  return (
    <div className="field-type">
      <Button el="anchor" url={url} buttonStyle="primary" size="medium" margin={false}>
        Download résumé (PDF{filesize ? `, ${Math.max(1, Math.round(filesize / 1024))} KB` : ''})
      </Button>
      <p className="field-description">Each download is recorded and shown to the student.</p>
    </div>
  )
}
