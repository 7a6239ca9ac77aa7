import { createHash, randomBytes } from 'node:crypto'

import type { CollectionBeforeDeleteHook, Payload } from 'payload'

import { idOf } from '@/access'
import { deliverQueuedEmails, queueEmail } from '@/email/outbox'
import { confirmNewEmailMessage, confirmNewEmailSubject, emailChangeNoticeMessage, emailChangeNoticeSubject } from '@/email/templates/email-change'
import { inTransaction } from '@/lib/transaction'
import { isEmailAddress } from '@/schemas/fields'

import type { EmailChange, User } from '../../payload-types'
import { checkCurrentPassword, passwordCheckMessages, requestPasswordReset } from './password'

/*
 * Changing the address a member signs in with. The new address is pending until it is
 * confirmed from the link sent to it; the old address is told at once, with a link that cancels
 * the change or, once confirmed, puts the old address back. Members have no other way to change
 * it: the Users collection refuses their own updates of `email` (admins may still set it).
 */

const hour = 60 * 60 * 1000
/** The confirmation link sent to the new address works this long. */
export const confirmWithinMs = 24 * hour
/** The undo link sent to the old address works this long, confirmed or not. */
export const undoWithinMs = 7 * 24 * hour
/** Change requests one account may make in a day: each one emails two addresses. */
export const changesPerDay = 5

/** Set on the update that confirms a change, which the Users hook lets through. */
export const confirmedEmailChange = 'emailChangeConfirmed'

const newToken = () => randomBytes(32).toString('hex')
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')
const isToken = (token: string) => /^[0-9a-f]{64}$/.test(token)

export type EmailChangeErrors = { email?: string; currentPassword?: string; form?: string }
export type EmailChangeRequestResult = { ok: true; newEmail: string } | { ok: false; errors: EmailChangeErrors }

async function addressInUse(payload: Payload, email: string, except: number | string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { and: [{ email: { equals: email } }, { id: { not_equals: except } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** A signed-in member asks to use `newEmail`, with their current password. Both addresses are emailed. */
export async function requestEmailChange(
  payload: Payload,
  member: Pick<User, 'id' | 'email' | 'chosenName'>,
  input: { newEmail: string; currentPassword: string },
  now: Date = new Date(),
): Promise<EmailChangeRequestResult> {
  const newEmail = input.newEmail.trim().toLowerCase()
  if (!isEmailAddress(newEmail)) return { ok: false, errors: { email: 'Enter an email address like name@example.org.' } }
  if (newEmail === member.email.toLowerCase()) return { ok: false, errors: { email: 'This is already your address.' } }
  const check = await checkCurrentPassword(payload, member, input.currentPassword)
  if (check !== 'right') return { ok: false, errors: { currentPassword: passwordCheckMessages[check] } }
  // As at sign-up: the member may know that the address has an account (they could sign up with it to find out).
  if (await addressInUse(payload, newEmail, member.id)) {
    return { ok: false, errors: { email: 'Another account already uses this address. Choose another one.' } }
  }
  const today = await payload.count({
    collection: 'email-changes',
    where: { user: { equals: member.id }, createdAt: { greater_than: new Date(now.getTime() - 24 * hour).toISOString() } },
    overrideAccess: true,
  })
  if (today.totalDocs >= changesPerDay) {
    return { ok: false, errors: { form: `You have asked to change your address ${today.totalDocs} times today. Please try again tomorrow.` } }
  }

  const confirmToken = newToken()
  const undoToken = newToken()
  const undoUntil = new Date(now.getTime() + undoWithinMs).toISOString()
  await inTransaction(payload, async (req) => {
    // One change waits at a time: asking again replaces the one before (its link stops working).
    await payload.update({
      collection: 'email-changes',
      where: { user: { equals: member.id }, status: { equals: 'pending' } },
      data: { status: 'superseded', confirmTokenHash: null, closedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    await payload.create({
      collection: 'email-changes',
      data: {
        user: member.id as number,
        previousEmail: member.email,
        newEmail,
        status: 'pending',
        confirmTokenHash: hashOf(confirmToken),
        undoTokenHash: hashOf(undoToken),
        expiresAt: new Date(now.getTime() + confirmWithinMs).toISOString(),
        undoUntil,
      },
      overrideAccess: true,
      req,
    })
    await queueEmail(
      payload,
      {
        to: newEmail,
        subject: confirmNewEmailSubject(),
        content: confirmNewEmailMessage({ token: confirmToken, name: member.chosenName }),
        purpose: 'email-change-confirm',
      },
      req,
    )
    await queueEmail(
      payload,
      {
        to: member.email,
        subject: emailChangeNoticeSubject(),
        content: emailChangeNoticeMessage({ token: undoToken, name: member.chosenName, newEmail, undoUntil }),
        purpose: 'email-change-notice',
      },
      req,
    )
  })
  void deliverQueuedEmails(payload)
  return { ok: true, newEmail }
}

async function changeByToken(payload: Payload, field: 'confirmTokenHash' | 'undoTokenHash', token: string): Promise<EmailChange | null> {
  if (!isToken(token)) return null
  const { docs } = await payload.find({ collection: 'email-changes', where: { [field]: { equals: hashOf(token) } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0] ?? null
}

export type ConfirmResult = { ok: true; email: string } | { ok: false; reason: 'used' | 'expired' | 'taken' }

/** The link in the email to the new address: from now on the member signs in with it. */
export async function confirmEmailChange(payload: Payload, token: string, now: Date = new Date()): Promise<ConfirmResult> {
  const change = await changeByToken(payload, 'confirmTokenHash', token)
  if (!change || change.status !== 'pending') return { ok: false, reason: 'used' }
  if (new Date(change.expiresAt) <= now) return { ok: false, reason: 'expired' }
  const user = idOf(change.user)!
  if (await addressInUse(payload, change.newEmail, user)) return { ok: false, reason: 'taken' }
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'users',
      id: user,
      data: { email: change.newEmail },
      overrideAccess: true,
      context: { [confirmedEmailChange]: true },
      req,
    })
    await payload.update({
      collection: 'email-changes',
      id: change.id,
      data: { status: 'confirmed', confirmTokenHash: null, closedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
  })
  return { ok: true, email: change.newEmail }
}

export type UndoResult = { ok: true; outcome: 'cancelled' | 'restored'; email: string } | { ok: false; reason: 'used' | 'expired' | 'taken' }

/**
 * The link in the notice to the old address. Before confirmation it cancels the change. After,
 * it puts the old address back, replaces the password with one nobody knows (which signs every
 * session out) and sends a reset link to the old address: whoever made the change knew the
 * password, so it must not keep working.
 */
export async function undoEmailChange(payload: Payload, token: string, now: Date = new Date()): Promise<UndoResult> {
  const change = await changeByToken(payload, 'undoTokenHash', token)
  if (!change || (change.status !== 'pending' && change.status !== 'confirmed')) return { ok: false, reason: 'used' }
  if (new Date(change.undoUntil) <= now) return { ok: false, reason: 'expired' }
  const closed = { confirmTokenHash: null, undoTokenHash: null, closedAt: now.toISOString() }
  if (change.status === 'pending') {
    await payload.update({ collection: 'email-changes', id: change.id, data: { status: 'cancelled', ...closed }, overrideAccess: true })
    return { ok: true, outcome: 'cancelled', email: change.previousEmail }
  }
  const user = idOf(change.user)!
  if (await addressInUse(payload, change.previousEmail, user)) return { ok: false, reason: 'taken' }
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'users',
      id: user,
      data: { email: change.previousEmail, password: newToken() },
      overrideAccess: true,
      context: { [confirmedEmailChange]: true },
      req,
    })
    // Later changes by the same hand are undone with it: none of them may stay pending.
    await payload.update({
      collection: 'email-changes',
      where: { user: { equals: user }, status: { equals: 'pending' } },
      data: { status: 'cancelled', ...closed },
      overrideAccess: true,
      req,
    })
    await payload.update({ collection: 'email-changes', id: change.id, data: { status: 'undone', ...closed }, overrideAccess: true, req })
  })
  await requestPasswordReset(payload, change.previousEmail)
  void deliverQueuedEmails(payload)
  return { ok: true, outcome: 'restored', email: change.previousEmail }
}

/** The change waiting for confirmation, if any, as the member may read it. */
export async function pendingEmailChangeOf(
  payload: Payload,
  member: User,
  now: Date = new Date(),
): Promise<Pick<EmailChange, 'newEmail' | 'expiresAt'> | null> {
  const { docs } = await payload.find({
    collection: 'email-changes',
    where: { user: { equals: member.id }, status: { equals: 'pending' }, expiresAt: { greater_than: now.toISOString() } },
    select: { newEmail: true, expiresAt: true },
    sort: '-createdAt',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: member,
  })
  return docs[0] ?? null
}

/** Deleting an account deletes its address changes with it. */
export const removeEmailChangesOfAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'email-changes', where: { user: { equals: id } }, overrideAccess: true, req })
}
