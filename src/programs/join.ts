import { createHash, randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { policiesOwedBy, policyGateMessage } from '@/accounts/policy-gate'
import { isSameId } from '@/access'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/programs'
import { takeFromLimit } from '@/limits'
import { inTransaction } from '@/lib/transaction'
import { oneAtATime } from '@/lib/one-at-a-time'
import { answersSchema, institutionEmailSchema, joinProgramSchema, questionsFor, type JoinProgramInput } from '@/schemas/program'

import type { Program, ProgramInvitation, ProgramMembership, User } from '../../payload-types'
import { currentAgreementsFor, recordAgreementAcceptances, type CurrentAgreement } from './agreements'
import { addressFitsDomains, domainsOf, joiningWindow, openSides, roleFits, rulesOf, sideAudience } from './eligibility'
import { currentMembershipStatuses, type MembershipStatus, type ProgramSide } from './options'

/*
 * Joining a programme on one side, and confirming the institution address that a side with
 * email domains asks for. Every rule of the programme is checked here (the page only explains
 * them); the membership, its agreement acceptances, the invitation's count and the email are
 * written in one transaction.
 *
 * Decisions:
 * - An institution address equal to the member's own sign-in address, already confirmed when
 *   they joined the platform, counts as confirmed at once: no second email to the same inbox.
 * - A member who left, or whom staff declined, may join again (a declined member's new place waits
 *   for staff again where the side asks for approval); one removed by staff may not (they are
 *   told to write to the programme), so a removal cannot be undone by joining again.
 * - One institution address confirms one account per programme side. This is checked when the
 *   link is pressed, by the address's owner, never when typed: telling whoever typed an address
 *   that it is in use would tell them its owner is in the programme.
 */

type Id = number | string
export type Member = Pick<User, 'id' | 'roles'> & Partial<Pick<User, 'chosenName' | '_verified'>>

/** Errors keyed by the form's control names: `form`, `side`, `institutionEmail`, `answer.<id>`, `agreement.<id>`. */
export type JoinErrors = Partial<Record<string, string>>
export type JoinRefusal = {
  ok: false
  status: 400 | 403 | 404 | 409 | 429
  errors: JoinErrors
  /** The side's agreements at their current versions, for the form to show again (set when one changed). */
  agreements?: CurrentAgreement[]
}
export type JoinResult = { ok: true; membershipId: Id; status: MembershipStatus } | JoinRefusal

const hour = 60 * 60 * 1000
/** How long the link in the confirmation email works. */
export const confirmationValidForMs = 48 * hour

const refuse = (status: JoinRefusal['status'], form: string): JoinRefusal => ({ ok: false, status, errors: { form } })

const newToken = () => randomBytes(32).toString('hex')
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')
const isToken = (token: string) => /^[0-9a-f]{64}$/.test(token)
const isInvitationToken = (token: string) => /^[A-Za-z0-9_-]{8,64}$/.test(token)

const sideWords = (side: ProgramSide) => (side === 'mentor' ? 'a mentor' : 'a mentee')
const contactLine = (program: Pick<Program, 'contactEmail'>) =>
  program.contactEmail ? ` If you think this is a mistake, write to ${program.contactEmail}.` : ' If you think this is a mistake, write to the programme.'

/** A programme by its address, as joining needs it; drafts and archived programmes are nobody's to join. */
async function loadProgram(payload: Payload, slug: string, req?: PayloadRequest): Promise<Program | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const { docs } = await payload.find({ collection: 'programs', where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true, req })
  const program = docs[0]
  return program && (program.status === 'open' || program.status === 'closed') ? program : null
}

async function accountOf(payload: Payload, id: Id, req?: PayloadRequest) {
  return payload.findByID({ collection: 'users', id, select: { email: true, chosenName: true }, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/** The member's memberships of one side of a programme, newest first. */
async function membershipsOf(payload: Payload, member: Id, program: Id, side: ProgramSide, req?: PayloadRequest): Promise<ProgramMembership[]> {
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: { and: [{ program: { equals: program } }, { user: { equals: member } }, { side: { equals: side } }] },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Why a member with these memberships cannot join that side again, or null when they may (none yet, they left, or were declined). */
export function whyAlreadyIn(memberships: Pick<ProgramMembership, 'status'>[], side: ProgramSide, program: Pick<Program, 'contactEmail'>): JoinRefusal | null {
  const current = memberships.find((membership) => currentMembershipStatuses.includes(membership.status))
  if (current?.status === 'active') return refuse(409, `You are already a member of this programme as ${sideWords(side)}.`)
  if (current?.status === 'awaiting-approval')
    return refuse(409, 'You have joined already: programme staff are looking at your place, and we will email you when they decide.')
  if (current?.status === 'confirming-email') {
    return refuse(
      409,
      'You have joined already: please press the link we sent to your institution address. You can have it sent again from the programme’s page.',
    )
  }
  const latest = memberships[0]
  if (latest?.status === 'removed') return refuse(403, `Programme staff removed you from this programme, so you cannot join it again.${contactLine(program)}`)
  return null
}

type InvitationCheck = { ok: true; invitation: ProgramInvitation | null } | JoinRefusal

/** The invitation a member joins through: required on an invitation-only side, and checked whenever one is given. */
async function checkInvitation(payload: Payload, program: Program, side: ProgramSide, token: string | undefined, now: Date): Promise<InvitationCheck> {
  const required = Boolean(rulesOf(program, side).invitationOnly)
  if (!token) {
    return required
      ? refuse(
          403,
          `${side === 'mentor' ? 'Mentors' : 'Mentees'} join this programme only through an invitation link from its staff. Please use the link you were sent.`,
        )
      : { ok: true, invitation: null }
  }
  const broken = refuse(403, 'This invitation link does not work: it may be incomplete, or for another programme. Please ask the programme for a new one.')
  if (!isInvitationToken(token)) return broken
  const { docs } = await payload.find({
    collection: 'program-invitations',
    where: { and: [{ token: { equals: token } }, { program: { equals: program.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const invitation = docs[0]
  if (!invitation) return broken
  if (invitation.side !== side) return refuse(403, `This invitation is for joining as ${sideWords(invitation.side)}, not as ${sideWords(side)}.`)
  if (invitation.expiresAt && new Date(invitation.expiresAt) <= now)
    return refuse(403, 'This invitation link has expired. Please ask the programme for a new one.')
  if (invitation.maxUses != null && (invitation.uses ?? 0) >= invitation.maxUses) {
    return refuse(403, 'This invitation link has been used as many times as it allows. Please ask the programme for a new one.')
  }
  return { ok: true, invitation }
}

/** Thrown inside the transaction when something changed since the checks (an invitation used up meanwhile). */
class ChangedMeanwhile extends Error {
  constructor(readonly refusal: JoinRefusal) {
    super(refusal.errors.form)
  }
}

export type JoinOptions = { invite?: string; address?: string; now?: Date }

/**
 * A member joins one side of a programme. Refusals say why, in words the member can act on; on
 * success the membership is confirming its institution address (an email is on its way there),
 * waiting for approval, or active.
 */
export async function joinProgram(
  payload: Payload,
  member: Member,
  programSlug: string,
  input: JoinProgramInput,
  { invite, address, now = new Date() }: JoinOptions = {},
): Promise<JoinResult> {
  const program = await loadProgram(payload, programSlug)
  if (!program) return refuse(404, 'This programme does not exist, or it is not open to the public.')
  const joining = joiningWindow(program, now)
  if (!joining.open) return refuse(409, joining.message)

  const parsed = joinProgramSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: { side: 'Choose whether you join as a mentor or as a mentee.' } }
  const { side } = parsed.data
  if (!openSides(program).includes(side)) return refuse(409, `This programme does not take ${side === 'mentor' ? 'mentors' : 'mentees'} through the site.`)
  if (!roleFits(program, side, member)) return refuse(403, `Only ${sideAudience(program, side)} can join this programme as ${sideWords(side)}.`)
  if (!member._verified) return refuse(403, 'Please confirm your email address first, with the link we sent when you joined the site.')
  const owed = await policiesOwedBy(payload, member)
  if (owed.length > 0) return refuse(403, policyGateMessage(owed))

  const already = whyAlreadyIn(await membershipsOf(payload, member.id, program.id, side), side, program)
  if (already) return already

  const invitation = await checkInvitation(payload, program, side, invite?.trim() || undefined, now)
  if (!invitation.ok) return invitation

  const errors: JoinErrors = {}
  let status: JoinRefusal['status'] = 400

  const account = await accountOf(payload, member.id)
  if (!account) return refuse(404, 'Your account could not be found. Please sign in again.')
  const domains = domainsOf(program, side)
  let institutionEmail: string | null = null
  let confirmedDomain: string | null = null
  if (domains.length > 0) {
    const email = institutionEmailSchema.safeParse(parsed.data.institutionEmail)
    if (!email.success) errors.institutionEmail = email.error.issues[0].message
    else {
      const domain = addressFitsDomains(email.data, domains)
      if (!domain) errors.institutionEmail = `Use your address at ${domains.join(' or ')} (an address at one of its subdomains works too).`
      else {
        institutionEmail = email.data
        // Their confirmed sign-in address: nothing more to prove (see the decisions above).
        if (email.data === account.email.toLowerCase()) confirmedDomain = domain
      }
    }
  }

  const answers = answersSchema(questionsFor(program.questions, side)).safeParse(parsed.data.answers)
  if (!answers.success) for (const issue of answers.error.issues) errors[String(issue.path[0])] ??= issue.message

  const agreements = await currentAgreementsFor(payload, program.id, side)
  let changed = false
  for (const agreement of agreements) {
    const shown = parsed.data.agreements.find((entry) => entry.id === String(agreement.id))
    if (!shown || shown.version !== agreement.currentVersion) {
      changed = true
      errors[`agreement.${agreement.id}`] =
        `${agreement.title} has a new version (version ${agreement.currentVersion}) since this page was opened. Please read it and accept it again.`
    } else if (!shown.accepted) {
      errors[`agreement.${agreement.id}`] = `Please accept ${agreement.title} to join.`
    }
  }
  if (changed) status = 409
  if (Object.keys(errors).length > 0) return { ok: false, status, errors, ...(changed ? { agreements } : {}) }

  const confirming = institutionEmail !== null && confirmedDomain === null
  if (confirming) {
    const tooMany = await takeFromLimit(payload, 'programEmail', { account: member.id, address, email: institutionEmail })
    if (tooMany) return refuse(429, tooMany.message)
  }
  const nextStatus: MembershipStatus = confirming ? 'confirming-email' : rulesOf(program, side).requireApproval ? 'awaiting-approval' : 'active'
  const token = confirming ? newToken() : null
  const expiresAt = new Date(now.getTime() + confirmationValidForMs).toISOString()
  const stamp = now.toISOString()

  try {
    // Joins into one programme are written one at a time. The checks inside (already in, an
    // invitation's uses) read what the previous join wrote; run side by side, two people pressing
    // join at once both read a one-use link as unused and both got in. SQLite runs without
    // transactions here (the adapter's default), so a transaction alone would not keep them apart.
    const membershipId = await oneAtATime(`join:${program.id}`, () =>
      inTransaction(payload, async (req) => {
        // Read again inside the transaction: a second press of the button meanwhile joined already.
        const again = whyAlreadyIn(await membershipsOf(payload, member.id, program.id, side, req), side, program)
        if (again) throw new ChangedMeanwhile(again)
        if (invitation.invitation) {
          const fresh = await payload.findByID({ collection: 'program-invitations', id: invitation.invitation.id, depth: 0, overrideAccess: true, req })
          if (fresh.maxUses != null && (fresh.uses ?? 0) >= fresh.maxUses) {
            throw new ChangedMeanwhile(refuse(403, 'This invitation link has been used as many times as it allows. Please ask the programme for a new one.'))
          }
          await payload.update({ collection: 'program-invitations', id: fresh.id, data: { uses: (fresh.uses ?? 0) + 1 }, overrideAccess: true, req })
        }
        const membership = await payload.create({
          collection: 'program-memberships',
          data: {
            program: program.id,
            user: member.id as number,
            memberName: account.chosenName,
            side,
            status: nextStatus,
            institutionEmail,
            verifiedDomain: confirmedDomain,
            emailConfirmedAt: confirmedDomain ? stamp : null,
            emailToken: token ? hashOf(token) : null,
            emailTokenExpiresAt: token ? expiresAt : null,
            invitation: invitation.invitation?.id ?? null,
            answers: answers.success ? answers.data : [],
            hiddenFromListings: false,
            joinedAt: nextStatus === 'active' ? stamp : null,
          },
          overrideAccess: true,
          req,
        })
        await recordAgreementAcceptances(
          payload,
          member.id,
          program.id,
          agreements.map((agreement) => ({ agreement: agreement.id, versionNumber: agreement.currentVersion })),
          req,
        )
        const about = { name: program.name, slug: program.slug }
        if (token && institutionEmail) {
          await queueEmail(
            payload,
            {
              to: institutionEmail,
              subject: emails.confirmInstitutionSubject(program.name),
              content: emails.confirmInstitutionMessage({ token, program: about, expiresAt }),
              purpose: 'program-confirm-address',
            },
            req,
          )
        } else {
          await queueStatusEmail(payload, { to: account.email, name: account.chosenName, program: about, side, status: nextStatus }, req)
        }
        return membership.id
      }),
    )
    return { ok: true, membershipId, status: nextStatus }
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return error.refusal
    throw error
  }
}

/** "You're in" or "waiting for approval", to the member's own address. */
async function queueStatusEmail(
  payload: Payload,
  {
    to,
    name,
    program,
    side,
    status,
  }: { to: string; name?: string | null; program: { name: string; slug: string }; side: ProgramSide; status: MembershipStatus },
  req: PayloadRequest,
): Promise<void> {
  if (status === 'active') {
    await queueEmail(
      payload,
      { to, subject: emails.joinedSubject(program.name), content: emails.joinedMessage({ name, program, side }), purpose: 'program-joined' },
      req,
    )
  } else if (status === 'awaiting-approval') {
    await queueEmail(
      payload,
      {
        to,
        subject: emails.awaitingApprovalSubject(program.name),
        content: emails.awaitingApprovalMessage({ name, program }),
        purpose: 'program-awaiting-approval',
      },
      req,
    )
  }
}

export type ResendResult = { ok: true } | JoinRefusal

/** Sends a new confirmation link to the institution address of a membership still confirming it; the old link stops working. */
export async function resendInstitutionConfirmation(
  payload: Payload,
  member: Member,
  programSlug: string,
  side: ProgramSide,
  { address, now = new Date() }: { address?: string; now?: Date } = {},
): Promise<ResendResult> {
  const program = await loadProgram(payload, programSlug)
  if (!program) return refuse(404, 'This programme does not exist, or it is not open to the public.')
  const membership = (await membershipsOf(payload, member.id, program.id, side)).find((entry) => entry.status === 'confirming-email')
  if (!membership?.institutionEmail) return refuse(409, 'There is no institution address waiting to be confirmed for this programme.')
  const tooMany = await takeFromLimit(payload, 'programEmail', { account: member.id, address, email: membership.institutionEmail })
  if (tooMany) return refuse(429, tooMany.message)
  const token = newToken()
  const expiresAt = new Date(now.getTime() + confirmationValidForMs).toISOString()
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'program-memberships',
      id: membership.id,
      data: { emailToken: hashOf(token), emailTokenExpiresAt: expiresAt },
      overrideAccess: true,
      req,
    })
    await queueEmail(
      payload,
      {
        to: membership.institutionEmail!,
        subject: emails.confirmInstitutionSubject(program.name),
        content: emails.confirmInstitutionMessage({ token, program: { name: program.name, slug: program.slug }, expiresAt }),
        purpose: 'program-confirm-address',
      },
      req,
    )
  })
  return { ok: true }
}

export type ConfirmResult =
  | { ok: true; status: MembershipStatus; program: { name: string; slug: string } }
  | { ok: false; reason: 'invalid' | 'expired' | 'taken' | 'other-account'; program?: { name: string; slug: string } }

/**
 * The link in the confirmation email, pressed by the signed-in account that asked to join: the
 * address is confirmed and the membership moves on to waiting for approval or to active. The
 * link works once, for 48 hours. Pressed from any other account it does nothing, so someone who
 * typed a student's address cannot have the student confirm it for them.
 */
export async function confirmInstitutionAddress(payload: Payload, token: string, member: { id: Id }, now: Date = new Date()): Promise<ConfirmResult> {
  if (!isToken(token)) return { ok: false, reason: 'invalid' }
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: { emailToken: { equals: hashOf(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    // The expiry is a hidden field: read only here.
    showHiddenFields: true,
  })
  const membership = docs[0]
  if (!membership || membership.status !== 'confirming-email' || !membership.institutionEmail) return { ok: false, reason: 'invalid' }
  if (!isSameId(membership.user, member.id)) return { ok: false, reason: 'other-account' }
  const program = await payload.findByID({ collection: 'programs', id: membership.program as Id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!program) return { ok: false, reason: 'invalid' }
  const about = { name: program.name, slug: program.slug }
  if (!membership.emailTokenExpiresAt || new Date(membership.emailTokenExpiresAt) <= now) return { ok: false, reason: 'expired', program: about }

  const address = membership.institutionEmail.toLowerCase()
  const { docs: sameAddress } = await payload.find({
    collection: 'program-memberships',
    where: {
      and: [
        { program: { equals: program.id } },
        { side: { equals: membership.side } },
        { institutionEmail: { equals: address } },
        { status: { in: ['awaiting-approval', 'active'] } },
      ],
    },
    select: { user: true },
    depth: 0,
    limit: 5,
    overrideAccess: true,
  })
  if (sameAddress.some((other) => !isSameId(other.user, membership.user))) {
    await payload.update({ collection: 'program-memberships', id: membership.id, data: { emailToken: null, emailTokenExpiresAt: null }, overrideAccess: true })
    return { ok: false, reason: 'taken', program: about }
  }

  const side = membership.side
  const status: MembershipStatus = rulesOf(program, side).requireApproval ? 'awaiting-approval' : 'active'
  const domain = addressFitsDomains(address, domainsOf(program, side)) ?? address.slice(address.lastIndexOf('@') + 1)
  const stamp = now.toISOString()
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'program-memberships',
      id: membership.id,
      data: {
        status,
        verifiedDomain: domain,
        emailConfirmedAt: stamp,
        emailToken: null,
        emailTokenExpiresAt: null,
        ...(status === 'active' ? { joinedAt: stamp } : {}),
      },
      overrideAccess: true,
      req,
    })
    const account = membership.user == null ? null : await accountOf(payload, membership.user as Id, req)
    if (account) await queueStatusEmail(payload, { to: account.email, name: account.chosenName, program: about, side, status }, req)
  })
  return { ok: true, status, program: about }
}
