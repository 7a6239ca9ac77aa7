import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteMemberAccount, exportMemberData } from '@/accounts/my-data'
import { downloadsOf } from '@/resumes/manage'

import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Organization, Resume, User } from '../../payload-types'

/*
 * A Career Candidate's résumé: one PDF, released to nobody, to every company with an active
 * partnership plan, or to companies they choose. Reading the record and downloading the file go
 * through the same access rule; the file is fetched through Payload's own file route, called
 * here in process exactly as the REST route calls it.
 */

let payload: Payload
const org = {} as Record<'chosen' | 'other' | 'lapsed' | 'campus', Organization>
type Person = 'owner' | 'otherStudent' | 'chosenRep' | 'otherRep' | 'lapsedRep' | 'campusStaff' | 'mentor' | 'admin'
const people = {} as Record<Person, User>
const tokens = {} as Record<Person, string>
const password = 'a-long-test-password'
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const pdf = (text = 'Résumé') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\nxref\n0 2\ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`, 'utf8')
const upload = (data: Buffer, name = 'Sam_Rivera_resume.pdf', mimetype = 'application/pdf') => ({ data, mimetype, name, size: data.length })

async function refusal(action: () => Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await action()
  } catch (error) {
    const failure = error as { status?: number; message: string }
    return { status: failure.status ?? 500, message: failure.message }
  }
  throw new Error('the action was allowed')
}

/** GET /api/resumes/file/<filename>, signed in as `person` (or nobody). */
async function download(filename: string, person?: Person): Promise<Response> {
  const headers = new Headers()
  if (person) headers.set('Authorization', `JWT ${tokens[person]}`)
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api/resumes/file/${filename}`, { headers }) })
}

/** The résumés `person` sees in their list; signed out, the list itself is refused. */
async function listedFor(person: Person | undefined) {
  if (!person) {
    expect((await refusal(() => payload.find({ collection: 'resumes', overrideAccess: false }))).status).toBe(403)
    return []
  }
  const { docs } = await payload.find({ collection: 'resumes', overrideAccess: false, user: people[person], depth: 0, pagination: false })
  return docs.map((doc) => doc.id)
}

async function resumeOf(person: User, release: Resume['release'], chosenCompanies: (number | string)[] = []): Promise<Resume> {
  const removed = await payload.delete({ collection: 'resumes', where: { owner: { equals: person.id } }, overrideAccess: true })
  if (removed.errors.length) throw new Error(JSON.stringify(removed.errors))
  return payload.create({
    collection: 'resumes',
    data: { headline: 'Data science student, graduating 2027', release, chosenCompanies: chosenCompanies as number[] } as never,
    file: upload(pdf()),
    overrideAccess: false,
    user: person,
    depth: 0,
  })
}

beforeAll(async () => {
  payload = await startTestPayload()
  const organization = (name: string, kind: Organization['kind'], status: 'active' | 'expired') =>
    payload.create({
      collection: 'organizations',
      data: { name, kind, slug: '', plan: { status, startDate: inDays(-100), renewalDate: inDays(status === 'active' ? 100 : -1) } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  org.chosen = await organization('Chosen Résumé Co', 'company', 'active')
  org.other = await organization('Other Résumé Co', 'company', 'active')
  org.lapsed = await organization('Lapsed Résumé Co', 'company', 'expired')
  org.campus = await organization('Résumé Campus Career Center', 'career-center', 'active')
  const rep = (organization: Organization, role = 'company-representative') =>
    createUser(payload, [role], { organization: organization.id, organizationRole: 'representative' })
  people.owner = await createUser(payload, ['career-candidate'])
  people.otherStudent = await createUser(payload, ['career-candidate'])
  people.chosenRep = await rep(org.chosen)
  people.otherRep = await rep(org.other)
  people.lapsedRep = await rep(org.lapsed)
  people.campusStaff = await rep(org.campus, 'career-center-staff')
  people.mentor = await createUser(payload, ['mentor'])
  people.admin = await createUser(payload, ['admin'])
  for (const person of Object.keys(people) as Person[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: people[person].email, password } })
    tokens[person] = token!
  }
})

afterAll(() => stopTestPayload(payload))

describe('a Career Candidate’s résumé', () => {
  it('is stored under a random name, whatever the file was called', async () => {
    const resume = await resumeOf(people.owner, 'nobody')
    expect(resume.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(resume.url).not.toContain('Sam_Rivera')
    expect(resume.owner).toBe(people.owner.id)
  })

  it('refuses a file that is not a PDF by its content, even when named .pdf', async () => {
    const refused = await refusal(() =>
      payload.create({
        collection: 'resumes',
        data: { headline: 'Pretending', release: 'nobody' } as never,
        file: upload(Buffer.from('PK\u0003\u0004 a word document really'), 'resume.pdf'),
        overrideAccess: false,
        user: people.otherStudent,
      }),
    )
    expect(refused.status).toBe(415)
    expect(refused.message).toContain('must be a PDF')
    expect(await payload.count({ collection: 'resumes', where: { owner: { equals: people.otherStudent.id } }, overrideAccess: true })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('refuses a file over 5 MB with its size', async () => {
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024), pdf()])
    const refused = await refusal(() =>
      payload.create({
        collection: 'resumes',
        data: { headline: 'Long', release: 'nobody' } as never,
        file: upload(large),
        overrideAccess: false,
        user: people.otherStudent,
      }),
    )
    expect(refused.status).toBe(413)
    expect(refused.message).toContain('at most 5 MB')
  })

  it('can be uploaded only by Career Candidates', async () => {
    for (const person of ['mentor', 'chosenRep'] as const) {
      const refused = await refusal(() =>
        payload.create({
          collection: 'resumes',
          data: { headline: 'Not mine', release: 'nobody' } as never,
          file: upload(pdf()),
          overrideAccess: false,
          user: people[person],
        }),
      )
      expect(refused.status).toBe(403)
    }
  })

  it('needs at least one company when the student chooses companies', async () => {
    const refused = await refusal(() => resumeOf(people.otherStudent, 'chosen-companies', []))
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/chosen ?companies|Choose at least one company/i)
  })
})

describe('who may list and download a résumé', () => {
  type Case = { release: Resume['release']; readers: Person[] }
  const everyone: (Person | undefined)[] = [undefined, 'owner', 'otherStudent', 'chosenRep', 'otherRep', 'lapsedRep', 'campusStaff', 'mentor', 'admin']
  const cases: Case[] = [
    { release: 'nobody', readers: ['owner', 'admin'] },
    { release: 'active-companies', readers: ['owner', 'chosenRep', 'otherRep', 'admin'] },
    { release: 'chosen-companies', readers: ['owner', 'chosenRep', 'admin'] },
  ]

  for (const { release, readers } of cases) {
    it(`released to “${release}”: ${readers.join(', ')} and nobody else`, async () => {
      const resume = await resumeOf(people.owner, release, release === 'chosen-companies' ? [org.chosen.id, org.lapsed.id] : [])
      for (const person of everyone) {
        const allowed = person != null && readers.includes(person)
        expect({ person, listed: (await listedFor(person)).includes(resume.id) }).toEqual({ person, listed: allowed })
        const response = await download(resume.filename!, person)
        expect({ person, status: response.status }).toEqual({ person, status: allowed ? 200 : 403 })
        if (allowed) {
          expect(response.headers.get('content-type')).toBe('application/pdf')
          // Named from the headline companies see, never the random stored name nor the student's name; said once.
          expect(response.headers.get('content-disposition')).toBe('attachment; filename="data-science-student-graduating-2027-resume.pdf"')
          expect(
            Buffer.from(await response.arrayBuffer())
              .subarray(0, 5)
              .toString(),
          ).toBe('%PDF-')
        }
      }
    })
  }

  it('shows companies the headline and file only: never the student’s account or choices', async () => {
    const resume = await resumeOf(people.owner, 'chosen-companies', [org.chosen.id, org.other.id])
    const seen = await payload.findByID({ collection: 'resumes', id: resume.id, overrideAccess: false, user: people.chosenRep, depth: 2 })
    expect(seen.headline).toBe('Data science student, graduating 2027')
    expect(seen).not.toHaveProperty('owner')
    expect(seen).not.toHaveProperty('release')
    expect(seen).not.toHaveProperty('chosenCompanies')
    expect(JSON.stringify(seen)).not.toContain(people.owner.email)
    // Nor can a company ask whose résumé it is, or whose résumés exist.
    const probe = await refusal(() =>
      payload.find({ collection: 'resumes', where: { owner: { equals: people.owner.id } }, overrideAccess: false, user: people.chosenRep }),
    )
    expect(probe.status).toBe(400)
  })

  it('closes to a chosen company the day its plan expires', async () => {
    const resume = await resumeOf(people.owner, 'chosen-companies', [org.other.id])
    expect((await download(resume.filename!, 'otherRep')).status).toBe(200)
    await payload.update({
      collection: 'organizations',
      id: org.other.id,
      data: { plan: { status: 'active', renewalDate: inDays(-1) } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    try {
      expect(await listedFor('otherRep')).not.toContain(resume.id)
      expect((await download(resume.filename!, 'otherRep')).status).toBe(403)
    } finally {
      await payload.update({
        collection: 'organizations',
        id: org.other.id,
        data: { plan: { status: 'active', renewalDate: inDays(100) } },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
  })

  it('can be changed or removed only by its owner (admins may remove it)', async () => {
    const resume = await resumeOf(people.owner, 'active-companies')
    const edit = await refusal(() =>
      payload.update({ collection: 'resumes', id: resume.id, data: { headline: 'Changed' }, overrideAccess: false, user: people.chosenRep }),
    )
    expect(edit.status).toBe(403)
    const adminEdit = await refusal(() =>
      payload.update({ collection: 'resumes', id: resume.id, data: { release: 'nobody' }, overrideAccess: false, user: people.admin }),
    )
    expect(adminEdit.status).toBe(403)
    const updated = await payload.update({ collection: 'resumes', id: resume.id, data: { release: 'nobody' }, overrideAccess: false, user: people.owner })
    expect(updated.release).toBe('nobody')
  })
})

describe('the record of downloads', () => {
  it('records each company download once per visit and shows the student who downloaded it', async () => {
    const resume = await resumeOf(people.owner, 'active-companies')
    await download(resume.filename!, 'chosenRep')
    await download(resume.filename!, 'chosenRep')
    await download(resume.filename!, 'otherRep')
    await download(resume.filename!, 'owner')

    const forOwner = await payload.find({
      collection: 'resume-downloads',
      where: { resume: { equals: resume.id } },
      overrideAccess: false,
      user: people.owner,
      depth: 1,
    })
    const companies = forOwner.docs.map((entry) => (typeof entry.organization === 'object' ? entry.organization?.name : entry.organization)).sort()
    expect(companies).toEqual(['Chosen Résumé Co', 'Other Résumé Co'])
    expect(forOwner.docs[0]).not.toHaveProperty('downloadedBy')

    const forOtherCompany = await payload.find({
      collection: 'resume-downloads',
      where: { resume: { equals: resume.id } },
      overrideAccess: false,
      user: people.otherRep,
      depth: 0,
    })
    expect(forOtherCompany.totalDocs).toBe(1)
    const forOtherStudent = await payload.find({ collection: 'resume-downloads', overrideAccess: false, user: people.otherStudent, depth: 0 })
    expect(forOtherStudent.totalDocs).toBe(0)
    const refusedWrite = await refusal(() =>
      payload.create({
        collection: 'resume-downloads',
        data: { resume: resume.id, student: people.owner.id, downloadedBy: people.chosenRep.id },
        overrideAccess: false,
        user: people.chosenRep,
      }),
    )
    expect(refusedWrite.status).toBe(403)
  })

  it('goes with the résumé when its owner deletes it', async () => {
    const resume = await resumeOf(people.owner, 'active-companies')
    await download(resume.filename!, 'chosenRep')
    await payload.delete({ collection: 'resumes', id: resume.id, overrideAccess: false, user: people.owner })
    expect(await payload.count({ collection: 'resume-downloads', where: { resume: { equals: resume.id } }, overrideAccess: true })).toMatchObject({
      totalDocs: 0,
    })
    expect((await download(resume.filename!, 'owner')).status).toBe(403)
  })

  it('is in the student’s data export, and goes (file included) with their account', async () => {
    const student = await createUser(payload, ['career-candidate'])
    const resume = await resumeOf(student, 'chosen-companies', [org.chosen.id])
    await download(resume.filename!, 'chosenRep')

    const exported = await exportMemberData(payload, student)
    expect(exported.resume).toMatchObject({
      headline: 'Data science student, graduating 2027',
      whoMayDownload: 'chosen-companies',
      chosenCompanies: ['Chosen Résumé Co'],
      downloads: [{ by: 'Chosen Résumé Co', at: expect.any(String) }],
    })

    const stored = path.join(process.env.RESUMES_DIR!, resume.filename!)
    expect(fs.existsSync(stored)).toBe(true)
    await deleteMemberAccount(payload, student)
    expect(await payload.count({ collection: 'resumes', where: { id: { equals: resume.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    expect(await payload.count({ collection: 'resume-downloads', where: { resume: { equals: resume.id } }, overrideAccess: true })).toMatchObject({
      totalDocs: 0,
    })
    expect(fs.existsSync(stored)).toBe(false)
  })

  it('keeps the company on the student’s record when the downloading representative’s account is deleted', async () => {
    const rep = await createUser(payload, ['company-representative'], { organization: org.chosen.id, organizationRole: 'staff' })
    const { token } = await payload.login({ collection: 'users', data: { email: rep.email, password } })
    const resume = await resumeOf(people.owner, 'active-companies')
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/resumes/file/${resume.filename}`, { headers: { Authorization: `JWT ${token}` } }),
    })
    expect(response.status).toBe(200)
    await deleteMemberAccount(payload, rep)
    const { docs } = await payload.find({
      collection: 'resume-downloads',
      where: { resume: { equals: resume.id } },
      overrideAccess: false,
      user: people.owner,
      depth: 1,
    })
    expect(docs.map((entry) => (typeof entry.organization === 'object' ? entry.organization?.name : entry.organization))).toEqual(['Chosen Résumé Co'])
  })

  it('keeps the company’s name on the student’s record after the company is removed', async () => {
    const leaving = await payload.create({
      collection: 'organizations',
      data: { name: 'Departing Résumé Co', kind: 'company', slug: '', plan: { status: 'active', renewalDate: inDays(100) } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const rep = await createUser(payload, ['company-representative'], { organization: leaving.id, organizationRole: 'representative' })
    const { token } = await payload.login({ collection: 'users', data: { email: rep.email, password } })
    const resume = await resumeOf(people.owner, 'active-companies')
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/resumes/file/${resume.filename}`, { headers: { Authorization: `JWT ${token}` } }),
    })
    expect(response.status).toBe(200)
    await payload.delete({ collection: 'organizations', id: leaving.id, overrideAccess: true, context: { disableRevalidate: true } })

    expect(await downloadsOf(payload, people.owner, resume)).toEqual([{ by: 'Departing Résumé Co', at: expect.any(String) }])
  })
})
