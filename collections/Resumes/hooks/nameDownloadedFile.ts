import type { PayloadRequest, TypeWithID } from 'payload'

/**
 * "data-science-student-graduating-2027-resume.pdf", from the headline the student wrote for
 * companies: stored names are random (giveStoredFileAnAnonymousName) and every download used to
 * be "resume.pdf". Never the account's chosen name: a student may share a résumé under another
 * name than the one they use here, and the file name must not say more than the file.
 */
export function downloadName(headline: string | null | undefined): string {
  const words = (headline ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return words ? `${words}-resume.pdf` : 'resume.pdf'
}

/**
 * Runs on Payload's file route after its access check: names the download. Set on the request's
 * response headers, which Payload adds to the file's response whether it comes from disk or
 * from the bucket (downloadHeaders, which has no request, no longer sets it).
 */
export async function nameDownloadedFile(req: PayloadRequest, { doc, params }: { doc: TypeWithID | boolean; params: { filename: string } }): Promise<void> {
  const resume =
    typeof doc === 'object' && doc
      ? (doc as TypeWithID & { headline?: string | null })
      : (
          await req.payload.find({
            collection: 'resumes',
            where: { filename: { equals: params.filename } },
            select: { headline: true },
            depth: 0,
            limit: 1,
            overrideAccess: true,
            req,
          })
        ).docs[0]
  const headers = new Headers(req.responseHeaders)
  headers.set('Content-Disposition', `attachment; filename="${downloadName(resume?.headline)}"`)
  req.responseHeaders = headers
}
