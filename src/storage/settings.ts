/**
 * Where uploaded files live: on this machine's disk (MEDIA_DIR, RESOURCE_FILES_DIR, RESUMES_DIR)
 * unless S3_BUCKET names a bucket, then in that bucket. Read here alone, so the server, the
 * worker and the scripts agree; a half-given setting stops the start with the variable to set.
 */
export type ObjectStorageSettings = {
  bucket: string
  /** An S3-compatible service's address (MinIO, Garage, R2, …); unset for Amazon S3. */
  endpoint?: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Prepended to every key, for a bucket shared with something else; '' for none. */
  prefix: string
}

export class ObjectStorageConfigError extends Error {}

const variables = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX'] as const

const booleans = { true: true, false: false, '1': true, '0': false, yes: true, no: false } as const

const localDisk = 'uploads are kept on this machine’s disk (MEDIA_DIR, RESOURCE_FILES_DIR, RESUMES_DIR)'

export function resolveObjectStorage(env: Record<string, string | undefined> = process.env): ObjectStorageSettings | null {
  const value = (name: (typeof variables)[number]) => env[name]?.trim() || undefined
  const given = variables.filter((name) => value(name) !== undefined)
  if (given.length === 0) return null

  const bucket = value('S3_BUCKET')
  if (!bucket) {
    throw new ObjectStorageConfigError(
      `${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not. Set S3_BUCKET to the bucket’s name to keep uploads in object storage, ` +
        `or unset every S3_* variable: then ${localDisk}.`,
    )
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ObjectStorageConfigError(`S3_BUCKET “${bucket.slice(0, 80)}” is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.`)
  }
  const missing = (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !value(name))
  if (missing.length > 0) {
    throw new ObjectStorageConfigError(
      `S3_BUCKET is set but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not: set the access key the storage service gave for bucket “${bucket}”.`,
    )
  }

  const endpoint = value('S3_ENDPOINT')
  if (endpoint !== undefined && !isHttpAddress(endpoint)) {
    throw new ObjectStorageConfigError(
      `S3_ENDPOINT must be the storage service’s address, such as https://s3.example.org or http://127.0.0.1:9000 (it was “${endpoint.slice(0, 80)}”).`,
    )
  }

  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle !== undefined && !Object.hasOwn(booleans, pathStyle)) {
    throw new ObjectStorageConfigError(`S3_FORCE_PATH_STYLE must be true or false (it was “${pathStyle.slice(0, 20)}”).`)
  }

  const prefix = (value('S3_PREFIX') ?? '').replace(/^\/+|\/+$/g, '')
  if (prefix && (!/^[A-Za-z0-9._/-]+$/.test(prefix) || prefix.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))) {
    throw new ObjectStorageConfigError(
      `S3_PREFIX must be a folder name such as “pride-careers” (letters, digits, . _ - and /), it was “${prefix.slice(0, 80)}”.`,
    )
  }

  return {
    bucket,
    endpoint,
    region: value('S3_REGION') ?? 'us-east-1',
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
    // Self-hosted services (MinIO and most others) address buckets by path, Amazon S3 by host name.
    forcePathStyle: pathStyle === undefined ? endpoint !== undefined : booleans[pathStyle as keyof typeof booleans],
    prefix,
  }
}

function isHttpAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.replace(/\/+$/, '') === '' && !url.search
  } catch {
    return false
  }
}
