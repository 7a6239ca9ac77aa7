import { S3 } from '@aws-sdk/client-s3'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { deleteMemberAccount } from '@/accounts/my-data'
import { guardedREST } from '@/server/api-route'
import { objectStorage } from '@/storage/plugin'
import { ObjectStorageConfigError, resolveObjectStorage } from '@/storage/settings'

import { startLocalS3, type LocalS3 } from '../helpers/s3-server'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Organization, User } from '../../payload-types'

/*
 * With S3_* set, uploads live in a bucket: a local S3-compatible server started here. Media,
 * resource PDFs and résumés each go under their own folder; every file is still served through
 * Payload's file route (wrapped as the REST route wraps it), after the collection's read access,
 * and a résumé is never reachable at the bucket without credentials.
 */

let s3: LocalS3
let bucket: S3
let payload: Payload
let config: Promise<SanitizedConfig>
const people = {} as Record<'owner' | 'stranger' | 'rep' | 'staff' | 'admin', User>
const tokens = {} as Record<keyof typeof people, string>
type Person = keyof typeof people
let company: Organization

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\nxref\n0 2\ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`, 'utf8')
const upload = (data: Buffer, name: string, mimetype: string) => ({ data, mimetype, name, size: data.length })

/** GET /api/<path> through the platform's REST route, signed in as `person` (or nobody). */
async function get(path: string, person?: Person): Promise<Response> {
  const route = guardedREST(config, (request) => handleEndpoints({ config, request }))
  const headers = new Headers()
  if (person) headers.set('Authorization', `JWT ${tokens[person]}`)
  return route(new Request(`http://localhost:3000/api/${path}`, { headers }), { params: Promise.resolve({}) })
}

/** The object's bytes read with the bucket's credentials, or null when there is no such key. */
async function stored(key: string): Promise<Buffer | null> {
  try {
    const object = await bucket.getObject({ Bucket: s3.bucket, Key: key })
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return null
    throw error
  }
}

const keysUnder = (folder: string) => s3.keys(`${folder}/`)

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

beforeAll(async () => {
  s3 = await startLocalS3()
  bucket = new S3({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  })
  payload = await startTestPayload(s3.env)
  config = (await import('@payload-config')).default
  company = await payload.create({
    collection: 'organizations',
    data: { name: 'Bucket Hiring Co', kind: 'company', slug: '', plan: { status: 'active', startDate: inDays(-10), renewalDate: inDays(100) } },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const campus = await payload.create({
    collection: 'organizations',
    data: {
      name: 'Bucket Campus Career Center',
      kind: 'career-center',
      slug: '',
      plan: { status: 'active', startDate: inDays(-10), renewalDate: inDays(100) },
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  people.owner = await createUser(payload, ['career-candidate'])
  people.stranger = await createUser(payload, ['career-candidate'])
  people.rep = await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'representative' })
  people.staff = await createUser(payload, ['career-center-staff'], { organization: campus.id, organizationRole: 'representative' })
  people.admin = await createUser(payload, ['admin'])
  for (const person of Object.keys(people) as Person[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: people[person].email, password: 'a-long-test-password' } })
    tokens[person] = token!
  }
})

afterAll(async () => {
  await stopTestPayload(payload)
  await s3?.stop()
})

describe('a résumé in object storage', () => {
  afterEach(() => payload.delete({ collection: 'resumes', where: { owner: { equals: people.owner.id } }, overrideAccess: true }))

  const uploadResume = (person: User, text: string, release: 'nobody' | 'active-companies' = 'nobody') =>
    payload.create({
      collection: 'resumes',
      data: { headline: 'Data science student, graduating 2027', release } as never,
      file: upload(pdf(text), 'Sam_Rivera_resume.pdf', 'application/pdf'),
      overrideAccess: false,
      user: person,
      depth: 0,
    })

  it('is stored in the bucket under resumes/, with an address on the platform, never the bucket’s', async () => {
    const resume = await uploadResume(people.owner, 'stored in the bucket')
    expect(await stored(`resumes/${resume.filename}`)).toEqual(pdf('stored in the bucket'))
    expect(resume.url).toMatch(new RegExp(`^/api/resumes/file/${resume.filename}(\\?|$)`))
    expect(resume.url).not.toContain(s3.endpoint)
    expect(resume.url).not.toContain(s3.bucket)
  })

  it('is downloaded by its owner through the access-checked route, as an attachment never cached', async () => {
    const resume = await uploadResume(people.owner, 'the owner’s bytes')
    const response = await get(`resumes/file/${resume.filename}`, 'owner')
    expect(response.status).toBe(200)
    expect(await bytesOf(response)).toEqual(pdf('the owner’s bytes'))
    // Named from the headline the student wrote, never from their name.
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="data-science-student-graduating-2027-resume.pdf"')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    // The address the résumé record gives is that same route.
    expect((await get(resume.url!.replace(/^\/api\//, ''), 'owner')).status).toBe(200)
  })

  it('is refused to another student and to anybody signed out, and at the bucket without credentials', async () => {
    const resume = await uploadResume(people.owner, 'private')
    for (const person of ['stranger', 'rep', undefined] as const) {
      const response = await get(`resumes/file/${resume.filename}`, person)
      expect(response.status, `as ${person ?? 'nobody'}`).toBe(403)
      expect((await bytesOf(response)).includes('private')).toBe(false)
    }
    // The object is there, yet its bucket address answers only a signed request.
    expect(await stored(`resumes/${resume.filename}`)).not.toBeNull()
    const direct = await fetch(`${s3.endpoint}/${s3.bucket}/resumes/${resume.filename}`)
    expect(direct.status).toBe(403)
    expect(s3.publicKeys.size).toBe(0)
  })

  it('cannot be fetched from the bucket through the public media route', async () => {
    const resume = await uploadResume(people.owner, 'not media')
    for (const path of [`media/file/${resume.filename}`, `media/file/${resume.filename}?prefix=resumes`, `media/file/..%2Fresumes%2F${resume.filename}`]) {
      const response = await get(path)
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
      expect((await bytesOf(response)).includes('not media'), path).toBe(false)
    }
  })

  it('downloaded by a company it was released to is recorded for the student', async () => {
    const resume = await uploadResume(people.owner, 'released', 'active-companies')
    const response = await get(`resumes/file/${resume.filename}`, 'rep')
    expect(response.status).toBe(200)
    expect(await bytesOf(response)).toEqual(pdf('released'))
    const { docs } = await payload.find({
      collection: 'resume-downloads',
      where: { resume: { equals: resume.id } },
      overrideAccess: false,
      user: people.owner,
      depth: 1,
    })
    expect(docs.map((download) => (typeof download.organization === 'object' ? download.organization?.name : download.organization))).toEqual([
      'Bucket Hiring Co',
    ])
  })

  it('replaced by a new file leaves only the new object in the bucket', async () => {
    const first = await uploadResume(people.owner, 'first version')
    const second = await payload.update({
      collection: 'resumes',
      id: first.id,
      data: {},
      file: upload(pdf('second version'), 'resume-v2.pdf', 'application/pdf'),
      overrideAccess: false,
      user: people.owner,
      depth: 0,
    })
    expect(second.filename).not.toBe(first.filename)
    expect(await stored(`resumes/${second.filename}`)).toEqual(pdf('second version'))
    expect(await stored(`resumes/${first.filename}`)).toBeNull()
    expect(await keysUnder('resumes')).toEqual([`resumes/${second.filename}`])
    expect(await bytesOf(await get(`resumes/file/${second.filename}`, 'owner'))).toEqual(pdf('second version'))
  })

  it('deleted by its owner is gone from the bucket, and its address answers as for any unknown name', async () => {
    const resume = await uploadResume(people.owner, 'to delete')
    await payload.delete({ collection: 'resumes', id: resume.id, overrideAccess: false, user: people.owner })
    expect(await stored(`resumes/${resume.filename}`)).toBeNull()
    expect((await get(`resumes/file/${resume.filename}`, 'owner')).status).toBe(403)
  })

  it('goes with the student’s account when they delete it', async () => {
    const student = await createUser(payload, ['career-candidate'])
    const resume = await uploadResume(student, 'leaving')
    expect(await stored(`resumes/${resume.filename}`)).not.toBeNull()
    await deleteMemberAccount(payload, student)
    expect(await stored(`resumes/${resume.filename}`)).toBeNull()
  })
})

describe('media in object storage', () => {
  it('stores the image and its sizes under media/, served to anyone through the platform, and deletes them all with the record', async () => {
    const image = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#7a3cff' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A purple banner' },
      file: upload(image, 'banner.png', 'image/png'),
      overrideAccess: false,
      user: people.admin,
      depth: 0,
    })
    const names = [media.filename, media.sizes?.thumbnail?.filename, media.sizes?.card?.filename]
    expect(names.every(Boolean)).toBe(true)
    expect(await keysUnder('media')).toEqual(names.map((name) => `media/${name}`).sort())
    expect(await stored(`media/${media.filename}`)).toEqual(image)
    expect(media.url).toMatch(/^\/api\/media\/file\//)
    expect(media.sizes?.thumbnail?.url).toMatch(/^\/api\/media\/file\//)

    const response = await get(media.url!.replace(/^\/api\//, ''))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await bytesOf(response)).toEqual(image)
    expect((await fetch(`${s3.endpoint}/${s3.bucket}/media/${media.filename}`)).status).toBe(403)

    await payload.delete({ collection: 'media', id: media.id, overrideAccess: false, user: people.admin })
    expect(await keysUnder('media')).toEqual([])
    expect((await get(`media/file/${media.filename}`)).status).toBe(404)
  })
})

describe('a resource PDF in object storage', () => {
  it('is stored under resources/, served while the resource is published, refused while it is a draft, and deleted with it', async () => {
    const resource = await payload.create({
      collection: 'resources',
      data: {
        title: 'Bucket interview guide',
        slug: '',
        category: 'interviews',
        summary: 'How to prepare.',
        audience: ['career-candidates'],
        _status: 'draft',
      } as never,
      file: upload(pdf('the guide'), 'interview-guide.pdf', 'application/pdf'),
      overrideAccess: false,
      user: people.staff,
      depth: 0,
      draft: true,
      context: { disableRevalidate: true },
    })
    expect(await stored(`resources/${resource.filename}`)).toEqual(pdf('the guide'))
    expect((await get(`resources/file/${resource.filename}`)).status).toBe(403)
    expect((await get(`resources/file/${resource.filename}`, 'staff')).status).toBe(200)

    await payload.update({
      collection: 'resources',
      id: resource.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: people.staff,
      context: { disableRevalidate: true },
    })
    const response = await get(`resources/file/${resource.filename}`)
    expect(response.status).toBe(200)
    expect(await bytesOf(response)).toEqual(pdf('the guide'))
    expect((await fetch(`${s3.endpoint}/${s3.bucket}/resources/${resource.filename}`)).status).toBe(403)

    await payload.delete({ collection: 'resources', id: resource.id, overrideAccess: false, user: people.staff, context: { disableRevalidate: true } })
    expect(await keysUnder('resources')).toEqual([])
  })
})

describe('object storage settings', () => {
  const complete = { S3_BUCKET: 'pcn-uploads', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }
  const refusal = (env: Record<string, string>) => {
    try {
      resolveObjectStorage(env)
    } catch (error) {
      expect(error).toBeInstanceOf(ObjectStorageConfigError)
      return (error as Error).message
    }
    throw new Error('the settings were accepted')
  }

  it('keep uploads on the disk when no S3_* variable is set', () => {
    expect(resolveObjectStorage({})).toBeNull()
    expect(resolveObjectStorage({ S3_BUCKET: '  ' })).toBeNull()
  })

  it('refuse to start with a bucket but no keys, naming the missing variable', () => {
    expect(refusal({ S3_BUCKET: 'pcn-uploads' })).toContain('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY')
    expect(refusal({ S3_BUCKET: 'pcn-uploads', S3_ACCESS_KEY_ID: 'key' })).toMatch(/S3_SECRET_ACCESS_KEY is not/)
    expect(() => objectStorage(resolveObjectStorage({ S3_BUCKET: 'pcn-uploads', S3_SECRET_ACCESS_KEY: 'secret' }))).toThrow(/S3_ACCESS_KEY_ID is not/)
  })

  it('refuse keys or an endpoint without a bucket', () => {
    expect(refusal({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'key' })).toMatch(/^S3_ENDPOINT, S3_ACCESS_KEY_ID are set but S3_BUCKET is not/)
  })

  it('refuse an endpoint, a path style or a prefix they cannot use, saying what to write', () => {
    expect(refusal({ ...complete, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT must be')
    expect(refusal({ ...complete, S3_FORCE_PATH_STYLE: 'sometimes' })).toContain('S3_FORCE_PATH_STYLE must be true or false')
    expect(refusal({ ...complete, S3_FORCE_PATH_STYLE: 'constructor' })).toContain('S3_FORCE_PATH_STYLE must be true or false')
    expect(refusal({ ...complete, S3_PREFIX: 'a/../b' })).toContain('S3_PREFIX must be')
    expect(refusal({ ...complete, S3_BUCKET: 'Uploads_Bucket' })).toContain('is not a bucket name')
  })

  it('default to us-east-1, host-style addresses on Amazon S3 and path-style ones on a service of its own', () => {
    expect(resolveObjectStorage(complete)).toMatchObject({ region: 'us-east-1', forcePathStyle: false, prefix: '', endpoint: undefined })
    expect(resolveObjectStorage({ ...complete, S3_ENDPOINT: 'https://s3.campus.example', S3_PREFIX: '/careers/' })).toMatchObject({
      forcePathStyle: true,
      prefix: 'careers',
    })
    expect(resolveObjectStorage({ ...complete, S3_ENDPOINT: 'https://s3.campus.example', S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({
      forcePathStyle: false,
    })
  })
})
