import fs from 'node:fs'
import path from 'node:path'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leaveMentorsGroup } from '@/accounts/involvement'
import { blockMember } from '@/blocks/manage'
import { photoOf, removeProfilePhoto, saveProfilePhoto, type UploadedPhoto } from '@/directory/photos'
import { parseDirectoryParams } from '@/directory/params'
import { getMentorProfile, searchMentors } from '@/queries/mentors'
import { guardedREST } from '@/server/api-route'

import type { MentorProfile, ProfilePhoto, User } from '../../payload-types'
import { listMember, profileOf } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A Mentor uploads a photo for their directory profile. It is cropped to squares and stored
 * without its camera data; only JPEG, PNG and WebP of at most 5 MB are taken, each refusal with
 * a message saying what to do. The photo is shown exactly to those who see the profile: a member
 * on the other side of a block gets nothing from REST, GraphQL or the file route, while its owner
 * still does; when the profile goes, the photo and its files go with it.
 */

const password = 'a-long-test-password'
const photosDir = () => process.env.PROFILE_PHOTOS_DIR!

let payload: Payload
let config: SanitizedConfig
let count = 0

const jpeg = (width = 900, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 60, b: 160 } } })
    .withExif({ IFD0: { Copyright: 'Taken at 12 Hidden Lane', Artist: 'Sam Rivera' } })
    .jpeg()
    .toBuffer()
const asUpload = (data: Buffer, name: string, mimetype: string): UploadedPhoto => ({ data, name, mimetype, size: data.length })

const newMentor = async () => {
  count += 1
  return listMember(payload, { name: `Photo Mentor ${count}`, headline: `Mentor ${count}`, lastActiveAt: new Date().toISOString() })
}
const newStudent = async () => (await createUser(payload, ['career-candidate'], { chosenName: `Photo Student ${(count += 1)}` })) as User
const freshProfile = async (member: User) => (await profileOf(payload, member)) as MentorProfile
const tokenOf = async (member: User) => (await payload.login({ collection: 'users', data: { email: member.email, password } })).token!

/** GET /api/<path> through the platform's REST route, as `member` or signed out. */
async function get(apiPath: string, member?: User): Promise<Response> {
  const route = guardedREST(config, (request) => handleEndpoints({ config, request }))
  const headers = new Headers()
  if (member) headers.set('Authorization', `JWT ${await tokenOf(member)}`)
  return route(new Request(`http://localhost:3000/api/${apiPath}`, { headers }), { params: Promise.resolve({}) })
}

async function graphql(query: string, member?: User) {
  const response = await GRAPHQL_POST(Promise.resolve(config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(member ? { Authorization: `JWT ${await tokenOf(member)}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, { docs?: { id: unknown }[] } | { id: unknown } | null>; errors?: unknown[] }
}

const fileNames = (photo: ProfilePhoto) => [photo.filename!, photo.sizes!.small!.filename!, photo.sizes!.medium!.filename!, photo.sizes!.large!.filename!]
const onDisk = (name: string) => fs.existsSync(path.join(photosDir(), name))

async function uploaded(member: User, file?: UploadedPhoto, alt = '') {
  const result = await saveProfilePhoto(payload, member, await freshProfile(member), { alt, file: file ?? asUpload(await jpeg(), 'me.jpg', 'image/jpeg') })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.photo
}

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000' })
  config = await (await import('@payload-config')).default
})
afterAll(() => stopTestPayload(payload))

describe('a Mentor uploads a profile photo', () => {
  it('stores square WebP sizes of 96, 256 and 512 pixels, under a random name, without the camera data', async () => {
    const { user } = await newMentor()
    const photo = await uploaded(user, asUpload(await jpeg(900, 600), 'Sam Rivera.jpg', 'image/jpeg'))

    expect(photo.alt).toBe(`Photo of ${user.chosenName}`)
    expect(photo.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    for (const [size, side] of [
      ['small', 96],
      ['medium', 256],
      ['large', 512],
    ] as const) {
      const stored = photo.sizes![size]!
      expect({ width: stored.width, height: stored.height, mimeType: stored.mimeType }, size).toEqual({ width: side, height: side, mimeType: 'image/webp' })
      const metadata = await sharp(path.join(photosDir(), stored.filename!)).metadata()
      expect({ width: metadata.width, height: metadata.height, format: metadata.format }, size).toEqual({ width: side, height: side, format: 'webp' })
    }
    const original = fs.readFileSync(path.join(photosDir(), photo.filename!))
    expect((await sharp(original).metadata()).exif, 'EXIF kept on the stored original').toBeUndefined()
    expect(original.includes('Hidden Lane')).toBe(false)
    expect((await freshProfile(user)).photo).toEqual(photo.id)
  })

  it('keeps the description the member writes, and changes it without a new file', async () => {
    const { user } = await newMentor()
    const first = await uploaded(user, undefined, 'Smiling, in a green jacket')
    expect(first.alt).toBe('Smiling, in a green jacket')
    const described = await saveProfilePhoto(payload, user, await freshProfile(user), { alt: 'At my desk', file: null })
    expect(described.ok && described.photo).toMatchObject({ id: first.id, alt: 'At my desk', filename: first.filename })
  })

  it('refuses other types and large files with a 4xx saying what to do, and stores nothing', async () => {
    const { user } = await newMentor()
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const text = Buffer.from('not an image at all, only text named like one')
    const cases = [
      { file: asUpload(gif, 'moving.gif', 'image/gif'), status: 415 },
      { file: asUpload(svg, 'face.svg', 'image/svg+xml'), status: 415 },
      { file: asUpload(text, 'face.jpg', 'image/jpeg'), status: 415 },
      { file: asUpload(Buffer.concat([await jpeg(), Buffer.alloc(5 * 1024 * 1024)]), 'huge.jpg', 'image/jpeg'), status: 413 },
    ]
    const before = fs.readdirSync(photosDir()).length
    for (const { file, status } of cases) {
      const result = await saveProfilePhoto(payload, user, await freshProfile(user), { alt: '', file })
      expect(result.ok, file.name).toBe(false)
      if (result.ok) continue
      expect(result.status, file.name).toBe(status)
      expect(result.errors.file, file.name).toMatch(status === 413 ? /at most 5 MB\. This file is 5\.\d MB/ : /must be a JPEG, PNG or WebP image/)
    }
    const long = await saveProfilePhoto(payload, user, await freshProfile(user), { alt: 'x'.repeat(201), file: asUpload(await jpeg(), 'me.jpg', 'image/jpeg') })
    expect(long).toEqual({ ok: false, status: 400, errors: { alt: 'Keep the description to 200 characters (it has 201).' } })
    const none = await saveProfilePhoto(payload, user, await freshProfile(user), { alt: '', file: null })
    expect(none).toMatchObject({ ok: false, status: 400, errors: { file: expect.stringMatching(/Choose a photo/) } })
    expect(fs.readdirSync(photosDir()).length).toBe(before)
    expect(await payload.count({ collection: 'profile-photos', where: { owner: { equals: user.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('takes PNG and WebP too', async () => {
    const { user } = await newMentor()
    const png = await sharp({ create: { width: 300, height: 400, channels: 4, background: '#3a7' } })
      .png()
      .toBuffer()
    const webp = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a37' } })
      .webp()
      .toBuffer()
    expect((await uploaded(user, asUpload(png, 'a.png', 'image/png'))).mimeType).toBe('image/png')
    // Smaller than every size: enlarged, so each size still exists and is square.
    const small = await uploaded(user, asUpload(webp, 'b.webp', 'application/octet-stream'))
    expect(small.mimeType).toBe('image/webp')
    expect(small.sizes?.large).toMatchObject({ width: 512, height: 512 })
  })

  it('replaces the old photo and removes its files; removing leaves no file behind', async () => {
    const { user } = await newMentor()
    const first = await uploaded(user)
    const second = await uploaded(user)
    expect(second.id).not.toEqual(first.id)
    for (const name of fileNames(first)) expect(onDisk(name), name).toBe(false)
    for (const name of fileNames(second)) expect(onDisk(name), name).toBe(true)
    expect((await get(`profile-photos/file/${first.filename}`)).status).toBeGreaterThanOrEqual(400)

    await removeProfilePhoto(payload, user, await freshProfile(user))
    for (const name of fileNames(second)) expect(onDisk(name), name).toBe(false)
    expect((await freshProfile(user)).photo ?? null).toBeNull()
    expect(await photoOf(payload, user, await freshProfile(user))).toBeNull()
  })

  it('cannot be written by members through the API: not a photo of their own, nor another member’s photo on their profile', async () => {
    const { user } = await newMentor()
    const other = await newMentor()
    const theirs = await uploaded(other.user)
    const profile = await freshProfile(user)
    await expect(
      payload.create({
        collection: 'profile-photos',
        data: { alt: 'me', visibility: 'public' },
        file: asUpload(await jpeg(), 'me.jpg', 'image/jpeg'),
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { photo: theirs.id }, overrideAccess: false, user })
    expect((await freshProfile(user)).photo ?? null).toBeNull()
  })
})

describe('who sees a photo: exactly those who see the profile', () => {
  let mentor: { user: User; profile: MentorProfile }
  let photo: ProfilePhoto
  let blocked: User
  let stranger: User
  let admin: User

  beforeAll(async () => {
    mentor = await newMentor()
    photo = await uploaded(mentor.user)
    blocked = await newStudent()
    stranger = await newStudent()
    admin = (await createUser(payload, ['admin'])) as User
    // A student blocks the Mentor from the Mentor's profile: neither sees the other's any more.
    const result = await blockMember(payload, blocked, { profile: mentor.profile.slug }, null, { address: '198.51.100.7' })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
  })

  it('serves the image and each size to visitors, other members, the owner and admins', async () => {
    for (const viewer of [undefined, stranger, mentor.user, admin]) {
      for (const name of fileNames(photo)) {
        const response = await get(`profile-photos/file/${name}`, viewer)
        expect(response.status, `${viewer?.chosenName ?? 'visitor'}: ${name}`).toBe(200)
        // Never kept by a shared cache: who may see it depends on the reader.
        expect(response.headers.get('cache-control'), name).toMatch(/^private, /)
      }
      expect((await get(`profile-photos/${photo.id}`, viewer)).status).toBe(200)
    }
    // The pages' reads: the profile page and the directory's cards.
    const card = await getMentorProfile(payload, mentor.profile.slug, null)
    expect(card?.card.photo).toEqual({ small: photo.sizes?.small?.url, medium: photo.sizes?.medium?.url, large: photo.sizes?.large?.url, alt: photo.alt })
    // Most recently active first: the newest profiles open the directory's first page.
    const listed = await searchMentors(payload, parseDirectoryParams({}), stranger)
    expect(listed.docs.find((doc) => doc.slug === mentor.profile.slug)?.photo?.small).toBe(photo.sizes?.small?.url)
    // Still found by name after the upload (the directory's full-text index follows the profile).
    const byName = await searchMentors(payload, parseDirectoryParams({ q: mentor.user.chosenName }), stranger)
    expect(byName.docs.map((doc) => doc.slug)).toContain(mentor.profile.slug)
  })

  it('refuses it to the member on the other side of a block, on REST, GraphQL and the file route', async () => {
    expect(await getMentorProfile(payload, mentor.profile.slug, blocked)).toBeNull()
    // Cards never carry it either (the profile itself is not found for them).
    expect((await searchMentors(payload, parseDirectoryParams({}), blocked)).docs.map((doc) => doc.slug)).not.toContain(mentor.profile.slug)
    for (const name of fileNames(photo)) expect((await get(`profile-photos/file/${name}`, blocked)).status, name).toBe(403)
    expect((await get(`profile-photos/${photo.id}`, blocked)).status).toBe(404)
    const list = (await (await get(`profile-photos?limit=100`, blocked)).json()) as { docs: { id: unknown }[] }
    expect(list.docs.map((doc) => doc.id)).not.toContain(photo.id)
    const query = await graphql(
      `
        {
          ProfilePhotos(limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      blocked,
    )
    expect(query.errors).toBeUndefined()
    expect((query.data!.ProfilePhotos as { docs: { id: unknown }[] }).docs.map((doc) => String(doc.id))).not.toContain(String(photo.id))
    const one = await graphql(`{ ProfilePhoto(id: ${JSON.stringify(photo.id)}) { id url } }`, blocked)
    expect(one.data?.ProfilePhoto ?? null).toBeNull()
    // The stranger's GraphQL sees it, so the query itself is right.
    const seen = await graphql(
      `
        {
          ProfilePhotos(limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      stranger,
    )
    expect((seen.data!.ProfilePhotos as { docs: { id: unknown }[] }).docs.map((doc) => String(doc.id))).toContain(String(photo.id))
  })

  it('never says whose account a photo belongs to, and cannot be searched by it', async () => {
    const doc = (await (await get(`profile-photos/${photo.id}`, stranger)).json()) as Record<string, unknown>
    expect(doc.owner).toBeUndefined()
    const search = await get(`profile-photos?where[owner][equals]=${mentor.user.id}`, stranger)
    expect(search.status).toBe(400)
    expect(JSON.stringify(await search.json())).toMatch(/owner/)
  })

  it('goes, with every file, when the Mentor leaves the directory', async () => {
    const leaving = await newMentor()
    const gone = await uploaded(leaving.user)
    expect((await get(`profile-photos/file/${gone.filename}`)).status).toBe(200)
    await leaveMentorsGroup(payload, leaving.user)
    expect(await payload.count({ collection: 'profile-photos', where: { id: { equals: gone.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    for (const name of fileNames(gone)) {
      expect(onDisk(name), name).toBe(false)
      expect((await get(`profile-photos/file/${name}`)).status, name).toBeGreaterThanOrEqual(400)
    }
  })

  it('is not served once it belongs to no profile, even to signed-out visitors', async () => {
    const { user } = await newMentor()
    const loose = await uploaded(user)
    await payload.update({ collection: 'profile-photos', id: loose.id, data: { profile: null }, overrideAccess: true })
    expect((await get(`profile-photos/file/${loose.filename}`)).status).toBe(403)
    expect((await get(`profile-photos/file/${loose.filename}`, user)).status).toBe(200)
  })
})

describe('the Mentor chooses who sees their photo, from the same audiences as their pronouns', () => {
  let mentor: { user: User; profile: MentorProfile }
  let photo: ProfilePhoto
  let student: User
  let recruiter: User
  let admin: User

  const describeAs = async (visibility: string) => {
    const result = await saveProfilePhoto(payload, mentor.user, await freshProfile(mentor.user), { alt: photo.alt, visibility })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    return result.photo
  }
  const statuses = async (viewers: (User | undefined)[]) =>
    Promise.all(viewers.map(async (viewer) => (await get(`profile-photos/file/${photo.sizes!.medium!.filename}`, viewer)).status))

  beforeAll(async () => {
    mentor = await newMentor()
    photo = await uploaded(mentor.user)
    student = await newStudent()
    recruiter = (await createUser(payload, ['company-representative'], { chosenName: 'Photo Recruiter' })) as User
    admin = (await createUser(payload, ['admin'])) as User
  })

  it('is shown to everyone unless the Mentor chooses otherwise', async () => {
    expect(photo.visibility).toBe('public')
    expect(await statuses([undefined, student, recruiter])).toEqual([200, 200, 200])
  })

  it('shows signed-in members only: visitors and company representatives get initials and a 403', async () => {
    await describeAs('members')
    expect(await statuses([undefined, recruiter, student, mentor.user, admin])).toEqual([403, 403, 200, 200, 200])
    expect((await getMentorProfile(payload, mentor.profile.slug, null))?.card.photo ?? null).toBeNull()
    expect((await getMentorProfile(payload, mentor.profile.slug, student))?.card.photo?.medium).toBe(photo.sizes?.medium?.url)
    const cards = await searchMentors(payload, parseDirectoryParams({ q: mentor.user.chosenName }), recruiter)
    const card = cards.docs.find((doc) => doc.slug === mentor.profile.slug)
    expect(card).toBeDefined()
    expect(card?.photo ?? null).toBeNull()
  })

  it('shows nobody but the Mentor (and admins) when they choose “Nobody”, on REST and GraphQL too', async () => {
    await describeAs('hidden')
    expect(await statuses([undefined, student, recruiter, mentor.user, admin])).toEqual([403, 403, 403, 200, 200])
    expect((await get(`profile-photos/${photo.id}`, student)).status).toBe(404)
    const query = await graphql(`{ ProfilePhoto(id: ${JSON.stringify(photo.id)}) { id url } }`, student)
    expect(query.data?.ProfilePhoto ?? null).toBeNull()
    expect((await getMentorProfile(payload, mentor.profile.slug, student))?.card.photo ?? null).toBeNull()
    // The Mentor still sees their own photo, and what they chose.
    const own = await photoOf(payload, mentor.user, await freshProfile(mentor.user))
    expect(own?.visibility).toBe('hidden')
  })

  it('keeps the choice itself private, and refuses a choice that does not exist with a message', async () => {
    await describeAs('public')
    const seen = (await (await get(`profile-photos/${photo.id}`, student)).json()) as Record<string, unknown>
    expect(seen.id).toEqual(photo.id)
    expect(seen).not.toHaveProperty('visibility')
    const refused = await saveProfilePhoto(payload, mentor.user, await freshProfile(mentor.user), { alt: '', visibility: 'recruiters' })
    expect(refused).toMatchObject({ ok: false, status: 400, errors: { visibility: 'Choose who may see your photo.' } })
    expect(await statuses([undefined])).toEqual([200])
  })
})
