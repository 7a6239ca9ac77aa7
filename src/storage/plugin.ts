import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { resolveObjectStorage, type ObjectStorageSettings } from './settings'

/**
 * Media, resource PDFs and résumés in the bucket named by S3_BUCKET (src/storage/settings.ts);
 * without it, on this machine's disk as each collection's `staticDir` says.
 *
 * Every file is still served by Payload's `/api/<collection>/file/<name>`, which runs the
 * collection's read access first: a résumé only for its owner, the companies it was released to
 * and admins (recording the download); a resource's PDF only while the resource is public. So
 * the objects stay private (no ACL is sent, no public bucket address is ever stored in `url`, no
 * presigned redirect), and media follow the same path for one way of serving files.
 *
 * The plugin is applied either way, so the collections have the same fields (`prefix`,
 * `_objectKey`) on disk and in a bucket, and one set of migrations serves both.
 */
export function objectStorage(settings: ObjectStorageSettings | null = resolveObjectStorage()): Plugin {
  // Each collection under its own folder: media/, resources/, resumes/ (below S3_PREFIX, if set).
  const folder = (name: string) => (settings?.prefix ? `${settings.prefix}/${name}` : name)
  // Neither `disablePayloadAccessControl` nor `generateFileURL`: both put the bucket's address in
  // `url`. No `signedDownloads`: a redirect to a presigned address skips the download record.
  const privately = { signedDownloads: false } as const
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: {
      media: { prefix: folder('media'), ...privately },
      'profile-photos': { prefix: folder('profile-photos'), ...privately },
      resources: { prefix: folder('resources'), ...privately },
      resumes: { prefix: folder('resumes'), ...privately },
    },
    signedDownloads: false,
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          forcePathStyle: settings.forcePathStyle,
          credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
          // Services other than Amazon S3 do not all accept the checksums newer SDKs add to every
          // upload; ask for them only where an operation requires one.
          ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        }
      : {},
  })
}
