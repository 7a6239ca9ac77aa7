import type { PayloadRequest, TypeWithID } from 'payload'

import { hasRole, idOf, isSameId, staffOrganizationOf } from '@/access'

const sameDownloadWindowMs = 10 * 60 * 1000

/**
 * Runs on Payload's file route after its access check has passed: records who downloaded a
 * résumé that is not theirs. A PDF viewer fetches one file in several byte ranges, and people
 * open a file twice in a row; one record per reader every ten minutes says what happened.
 */
export async function recordDownload(req: PayloadRequest, { doc, params }: { doc: TypeWithID | boolean; params: { filename: string } }): Promise<void> {
  const user = req.user
  if (!user?.id) return
  const resume =
    typeof doc === 'object' && doc
      ? (doc as TypeWithID & { owner?: unknown })
      : (
          await req.payload.find({
            collection: 'resumes',
            where: { filename: { equals: params.filename } },
            depth: 0,
            limit: 1,
            overrideAccess: true,
            req,
          })
        ).docs[0]
  if (!resume || isSameId(user.id, idOf(resume.owner as never))) return
  const organization = hasRole(user, 'admin') ? null : staffOrganizationOf(user)
  const recent = await req.payload.count({
    collection: 'resume-downloads',
    where: {
      resume: { equals: resume.id },
      downloadedBy: { equals: user.id },
      createdAt: { greater_than: new Date(Date.now() - sameDownloadWindowMs).toISOString() },
    },
    overrideAccess: true,
    req,
  })
  if (recent.totalDocs > 0) return
  const company =
    organization == null
      ? null
      : await req.payload.findByID({
          collection: 'organizations',
          id: organization,
          select: { name: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  await req.payload.create({
    collection: 'resume-downloads',
    data: {
      resume: resume.id as number,
      student: idOf(resume.owner as never) as number,
      organization: organization as number | null,
      companyName: company?.name ?? null,
      downloadedBy: user.id,
    },
    overrideAccess: true,
    req,
  })
}

/** Résumés are never cached on the way, nor sniffed; they download as attachments (nameDownloadedFile). */
export function downloadHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('Cache-Control', 'private, no-store')
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
