'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { deleteResume, saveResume, type ResumeErrors, type ResumeInput } from '@/resumes/manage'

export type ResumeFormState = { errors: ResumeErrors; values?: Omit<ResumeInput, 'file'>; saved?: boolean }

async function signedInCandidate() {
  const member = await requireMember('/account/resume')
  const payload = await getPayloadClient()
  return { member, payload }
}

export async function submitResume(_previous: ResumeFormState, form: FormData): Promise<ResumeFormState> {
  const { member, payload } = await signedInCandidate()
  const upload = form.get('file')
  const file =
    upload instanceof File && upload.size > 0
      ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, mimetype: upload.type || 'application/octet-stream', size: upload.size }
      : null
  const values = {
    headline: String(form.get('headline') ?? ''),
    release: String(form.get('release') ?? ''),
    chosenCompanies: form.getAll('chosenCompanies').map(String),
  }
  const result = await saveResume(payload, member, { ...values, file })
  if (!result.ok) return { errors: result.errors, values }
  // The page around the form shows the résumé as saved (its summary, its downloads, "Replace the
  // file"), not the state it was in before the upload.
  revalidatePath('/account/resume')
  return { errors: {}, values, saved: true }
}

export async function removeResume(): Promise<void> {
  const { member, payload } = await signedInCandidate()
  await deleteResume(payload, member)
  redirect('/account/resume?removed=1')
}
