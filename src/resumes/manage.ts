import type { Payload } from 'payload'

import { isRefusal, validationIssues } from '@/lib/errors'
import { planState } from '@/organizations/plan'

import type { Resume, ResumeDownload, User } from '../../payload-types'
import { isResumeRelease, type ResumeRelease } from './access'

/** What the résumé form sends: the file is optional once a résumé is stored. */
export type ResumeInput = {
  headline: string
  release: string
  chosenCompanies: string[]
  file?: { data: Buffer; name: string; mimetype: string; size: number } | null
}

export type ResumeErrors = Partial<Record<'file' | 'headline' | 'release' | 'chosenCompanies' | 'form', string>>

export type SaveResumeResult = { ok: true; resume: Resume } | { ok: false; errors: ResumeErrors }

/**
 * The member's own résumé. Looked up by owner with the platform's rights: the owner field is
 * hidden from queries so that nobody else can ask whose a résumé is.
 */
export async function resumeOf(payload: Payload, member: User): Promise<Resume | null> {
  const { docs } = await payload.find({
    collection: 'resumes',
    where: { owner: { equals: member.id } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  return docs[0] ?? null
}

export type CompanyChoice = { id: number | string; name: string; canDownload: boolean }

/** Every company a student can release their résumé to, saying which can download today. */
export async function companiesToChooseFrom(payload: Payload): Promise<CompanyChoice[]> {
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { kind: { equals: 'company' } },
    select: { name: true, kind: true, plan: true },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'name',
  })
  const now = new Date()
  return docs.map((company) => ({ id: company.id, name: company.name, canDownload: planState(company, now).active }))
}

/** The downloading company's name, also after the company has left the platform. */
export const companyOf = (download: ResumeDownload): string | null =>
  (typeof download.organization === 'object' && download.organization ? download.organization.name : null) ?? download.companyName ?? null

/** Who downloaded the résumé, newest first: company names only (or "a platform admin"). */
export async function downloadsOf(payload: Payload, member: User, resume: Resume): Promise<{ by: string; at: string }[]> {
  const { docs } = await payload.find({
    collection: 'resume-downloads',
    where: { resume: { equals: resume.id } },
    overrideAccess: false,
    user: member,
    depth: 1,
    limit: 200,
    sort: '-createdAt',
    populate: { organizations: { name: true } },
  })
  return docs.map((download: ResumeDownload) => ({
    by: companyOf(download) ?? 'A platform admin',
    at: download.createdAt,
  }))
}

/**
 * Checks the form, then uploads a new résumé or updates the member's one (replacing its file
 * when a new one is sent). Access rules decide as for any API call: only Career Candidates,
 * only their own. Refusals come back per field; nothing is half stored.
 */
export async function saveResume(payload: Payload, member: User, input: ResumeInput): Promise<SaveResumeResult> {
  const errors: ResumeErrors = {}
  const headline = input.headline.trim()
  if (!headline) errors.headline = 'Describe yourself in a line, for example “Data science student, graduating 2027”.'
  else if (headline.length > 120) errors.headline = `Keep it to 120 characters (now ${headline.length}).`
  const release: ResumeRelease | null = isResumeRelease(input.release) ? input.release : null
  if (!release) errors.release = 'Choose who may download your résumé.'
  const companies = await companiesToChooseFrom(payload)
  const chosen = companies.filter((company) => input.chosenCompanies.includes(String(company.id)))
  if (release === 'chosen-companies' && chosen.length === 0) errors.chosenCompanies = 'Choose at least one company, or pick another option.'
  const existing = await resumeOf(payload, member)
  if (!existing && !input.file) errors.file = 'Choose your résumé as a PDF file.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const data = {
    headline,
    release: release!,
    chosenCompanies: release === 'chosen-companies' ? chosen.map((company) => company.id as number) : [],
  }
  try {
    const resume = existing
      ? await payload.update({ collection: 'resumes', id: existing.id, data, file: input.file ?? undefined, overrideAccess: false, user: member, depth: 0 })
      : await payload.create({ collection: 'resumes', data: { ...data, owner: member.id }, file: input.file!, overrideAccess: false, user: member, depth: 0 })
    return { ok: true, resume }
  } catch (error) {
    if (isRefusal(error) && (error.status === 413 || error.status === 415)) return { ok: false, errors: { file: error.message } }
    const issues = validationIssues(error)
    if (issues) {
      const fieldErrors: ResumeErrors = {}
      for (const { path, message } of issues) {
        const field = path === 'file' || path === 'headline' || path === 'release' || path === 'chosenCompanies' ? path : 'form'
        fieldErrors[field] = path === 'file' ? 'That file could not be read as a PDF. Export it again as PDF and try once more.' : message
      }
      return { ok: false, errors: fieldErrors }
    }
    if (isRefusal(error) && error.status === 403) {
      return { ok: false, errors: { form: 'Only Career Candidates keep a résumé here.' } }
    }
    throw error
  }
}

/** Removes the résumé, its file and its download records. */
export async function deleteResume(payload: Payload, member: User): Promise<void> {
  const existing = await resumeOf(payload, member)
  if (existing) await payload.delete({ collection: 'resumes', id: existing.id, overrideAccess: false, user: member })
}
