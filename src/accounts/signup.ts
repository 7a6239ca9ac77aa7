import type { Payload, PayloadRequest } from 'payload'

import { deliverQueuedEmails, queueEmail } from '@/email/outbox'
import { verifyEmailMessage, verifyEmailSubject } from '@/email/templates/verify-email'
import type { Role } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'
import { accountLimits, signUpSchema } from '@/schemas/account'
import { fieldErrors } from '@/schemas/fields'

/** The roles anyone may join as; organisation staff are invited instead. */
export const joinableRoles = ['career-candidate', 'mentor', 'connector'] as const satisfies readonly Role[]
export type JoinableRole = (typeof joinableRoles)[number]

export const isJoinableRole = (value: unknown): value is JoinableRole => typeof value === 'string' && (joinableRoles as readonly string[]).includes(value)

export const minimumPasswordLength = accountLimits.password.min

export type PolicyToAccept = { id: number | string; slug: string; title: string; versionNumber: number }

/** Every published policy a new member of `role` must accept, at its current version. */
export async function policiesToAccept(payload: Payload, role: JoinableRole): Promise<PolicyToAccept[]> {
  const { docs } = await payload.find({
    collection: 'policies',
    where: { requiredFor: { contains: role } },
    overrideAccess: false,
    depth: 0,
    limit: 50,
    sort: 'title',
    select: { slug: true, title: true, versionNumber: true },
  })
  return docs.map(({ id, slug, title, versionNumber }) => ({ id, slug, title, versionNumber: versionNumber ?? 1 }))
}

export type SignUpInput = {
  role: string
  chosenName: string
  email: string
  password: string
  pronouns?: string
  /** policy slug → the version number the person ticked */
  accepted: Record<string, number>
}

export type SignUpErrors = Partial<Record<string, string>>
export type SignUpResult = { ok: true; userId: number | string; emailSent: boolean } | { ok: false; errors: SignUpErrors }

/**
 * Creates a member account and records their acceptance of each required policy version, all
 * or nothing. The confirmation email is sent after the account is saved, so a mail outage never
 * loses a sign-up (the person can ask for a new email from the sign-in page).
 */
export async function signUp(payload: Payload, input: SignUpInput): Promise<SignUpResult> {
  const fields = signUpSchema.safeParse(input)
  const errors: SignUpErrors = fields.success ? {} : fieldErrors(fields.error)
  if (!isJoinableRole(input.role)) errors.role = 'Choose whether you are joining as a Career Candidate, a Mentor or a Connector.'

  const policies = isJoinableRole(input.role) ? await policiesToAccept(payload, input.role) : []
  for (const policy of policies) {
    const ticked = input.accepted[policy.slug]
    if (ticked === undefined) errors[`accept-${policy.slug}`] = `Please read and accept the ${policy.title} to join.`
    else if (ticked !== policy.versionNumber) {
      errors[`accept-${policy.slug}`] = `The ${policy.title} changed while you were signing up. Please read version ${policy.versionNumber} and accept it.`
    }
  }

  const email = input.email.trim().toLowerCase()
  if (!errors.email) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
    if (totalDocs > 0) errors.email = 'An account with this email already exists. Sign in, or reset your password from the sign-in page.'
  }
  if (!fields.success || Object.keys(errors).length > 0) return { ok: false, errors }
  const { chosenName, pronouns } = fields.data

  const userId = await inTransaction(payload, async (req) => {
    const user = await payload.create({
      collection: 'users',
      data: { chosenName, email, password: input.password, pronouns: pronouns || undefined, roles: [input.role as JoinableRole] },
      overrideAccess: true,
      disableVerificationEmail: true,
      req,
    })
    const acceptedAt = new Date().toISOString()
    for (const policy of policies) {
      await payload.create({
        collection: 'policy-acceptances',
        data: { user: user.id, policy: policy.id as number, versionNumber: policy.versionNumber, acceptedAt },
        overrideAccess: true,
        req,
      })
    }
    // The confirmation link is queued with the account: if the mail server is down it is sent later.
    await queueVerificationEmail(payload, user.id, req)
    return user.id
  })

  return { ok: true, userId, emailSent: true }
}

/** Puts the confirmation link in the outbox; false when the account is already confirmed. */
async function queueVerificationEmail(payload: Payload, userId: number | string, req?: PayloadRequest): Promise<boolean> {
  const user = await payload.findByID({ collection: 'users', id: userId, overrideAccess: true, showHiddenFields: true, depth: 0, req })
  const token = (user as { _verificationToken?: string | null })._verificationToken
  if (!token || user._verified) return false
  await queueEmail(payload, { to: user.email, subject: verifyEmailSubject(), content: verifyEmailMessage({ token, user }), purpose: 'verify-email' }, req)
  return true
}

/** Sends the confirmation link again (from the sign-in page), through the outbox. */
export async function sendVerificationEmail(payload: Payload, userId: number | string): Promise<boolean> {
  const queued = await queueVerificationEmail(payload, userId)
  if (queued) void deliverQueuedEmails(payload)
  return queued
}
