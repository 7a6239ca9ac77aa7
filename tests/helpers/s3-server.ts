import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/**
 * A local S3-compatible server for the storage tests: s3rver (the maintained @20minutes fork,
 * pure JavaScript, Node 20) on a free port, keeping its objects in a temporary folder, with one
 * bucket created. It checks every signed request against its single key pair.
 *
 * s3rver serves any object to an unsigned request; a real bucket does not (S3 buckets are private
 * unless an object is uploaded with a public ACL or the bucket has a public policy). The server is
 * fronted here by that rule, so a test that reads an object's bucket address without credentials
 * sees what it would see on S3: 403, unless the upload asked for `x-amz-acl: public-read`.
 */
export type LocalS3 = {
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  /** The S3_* settings that point the platform at this server. */
  env: Record<string, string>
  /** Object keys uploaded with a public ACL (there should be none). */
  publicKeys: ReadonlySet<string>
  /**
   * The keys in the bucket under `prefix`, read from the server's own store: s3rver refuses the
   * signature of every list request a current AWS SDK sends (it leaves `list-type` and `prefix`
   * out of the string it signs).
   */
  keys(prefix?: string): Promise<string[]>
  stop(): Promise<void>
}

type S3rverOptions = {
  directory: string
  silent: boolean
  vhostBuckets: boolean
  configureBuckets: { name: string }[]
}
type S3rverInstance = {
  configureBuckets(): Promise<unknown>
  getMiddleware(): http.RequestListener
  store: { listObjects(bucket: string, options: { prefix: string }): Promise<{ objects: { key: string }[] }> }
}
const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (options: S3rverOptions) => S3rverInstance

// s3rver's one account: it refuses any other key, and any signature made with another secret.
const accessKeyId = 'S3RVER'
const secretAccessKey = 'S3RVER'

const isSigned = (request: http.IncomingMessage, url: URL) =>
  'authorization' in request.headers || url.searchParams.has('X-Amz-Signature') || url.searchParams.has('Signature')

const publicAcls = new Set(['public-read', 'public-read-write'])

export async function startLocalS3({ bucket = 'pcn-uploads' }: { bucket?: string } = {}): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-s3-'))
  const publicKeys = new Set<string>()
  let server: http.Server
  let s3rver: S3rverInstance
  try {
    s3rver = new S3rver({ directory, silent: true, vhostBuckets: false, configureBuckets: [{ name: bucket }] })
    await s3rver.configureBuckets()
    const answer = s3rver.getMiddleware()
    server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const key = decodeURIComponent(url.pathname).replace(/^\/[^/]+\//, '')
      if (request.method === 'PUT' && publicAcls.has(String(request.headers['x-amz-acl']))) publicKeys.add(key)
      if (!isSigned(request, url) && !publicKeys.has(key)) {
        response.writeHead(403, { 'Content-Type': 'application/xml' })
        response.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>')
        return
      }
      answer(request, response)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
  } catch (error) {
    fs.rmSync(directory, { recursive: true, force: true })
    throw new Error(`The local S3 server (s3rver) could not start, so the object storage tests cannot run: ${(error as Error).message}`, { cause: error })
  }
  const { port } = server.address() as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  const region = 'us-east-1'
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    region,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    publicKeys,
    keys: async (prefix = '') => (await s3rver.store.listObjects(bucket, { prefix })).objects.map((object) => object.key).sort(),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
