import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access'
import { queueEmail } from '@/email/outbox'
import { newAgreementVersionMessage, newAgreementVersionSubject, reacceptancePath } from '@/email/templates/program-agreements'
import { UserFacingError } from '@/lib/errors'
import { inTransaction } from '@/lib/transaction'

import type { Program, ProgramAgreement, User } from '../../payload-types'
import { agreementsOwedBy, recordAgreementAcceptances, type OwedAgreement } from './agreements'
import type { MembershipStatus, ProgramSide } from './options'

type Id = number | string
type Member = Pick<User, 'id'>

/**
 * Memberships whose members keep the programme's current agreements: those in, and those waiting
 * for approval (they are asked now, so nothing stands between approval and mentoring). Someone
 * still confirming an address accepts the agreements as they finish joining.
 */
export const acceptingMembershipStatuses: MembershipStatus[] = ['active', 'awaiting-approval']

/** The sides an agreement is accepted by. */
export const sidesOf = (appliesTo: ProgramAgreement['appliesTo']): ProgramSide[] => (appliesTo === 'everyone' ? ['mentor', 'mentee'] : [appliesTo])

export type ProgramOwed = {
  program: Pick<Program, 'id' | 'slug' | 'name'>
  /** What this member owes in the programme, each agreement once even if they are on both sides. */
  agreements: OwedAgreement[]
}

async function currentMemberships(payload: Payload, member: Id, req?: PayloadRequest, program?: Id) {
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: {
      and: [{ user: { equals: member } }, { status: { in: acceptingMembershipStatuses } }, ...(program != null ? [{ program: { equals: program } }] : [])],
    },
    select: { program: true, side: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

async function owedIn(payload: Payload, member: Id, program: Id, sides: ProgramSide[], req?: PayloadRequest): Promise<OwedAgreement[]> {
  const owed = new Map<string, OwedAgreement>()
  for (const side of new Set(sides)) {
    for (const agreement of await agreementsOwedBy(payload, member, program, side, req)) owed.set(String(agreement.id), agreement)
  }
  return [...owed.values()].sort((a, b) => a.title.localeCompare(b.title))
}

/** For each programme the member is currently in (or waiting to be approved for), the agreements they owe; programmes owing nothing are left out. */
export async function programAgreementsOwed(payload: Payload, member: Member, req?: PayloadRequest): Promise<ProgramOwed[]> {
  const memberships = await currentMemberships(payload, member.id, req)
  const sidesByProgram = new Map<string, { id: Id; sides: ProgramSide[] }>()
  for (const membership of memberships) {
    const id = idOf(membership.program)
    if (id == null) continue
    const entry = sidesByProgram.get(String(id)) ?? { id, sides: [] }
    entry.sides.push(membership.side)
    sidesByProgram.set(String(id), entry)
  }
  const result: ProgramOwed[] = []
  for (const { id, sides } of sidesByProgram.values()) {
    const agreements = await owedIn(payload, member.id, id, sides, req)
    if (agreements.length === 0) continue
    const program = await payload.findByID({ collection: 'programs', id, select: { slug: true, name: true }, depth: 0, overrideAccess: true, req })
    result.push({ program: { id: program.id, slug: program.slug, name: program.name }, agreements })
  }
  return result.sort((a, b) => a.program.name.localeCompare(b.program.name))
}

/** What one programme's member owes there, by the programme's slug; null when they are not a current member of it. */
export async function programAgreementsOwedIn(payload: Payload, member: Member, programSlug: string, req?: PayloadRequest): Promise<ProgramOwed | null> {
  const { docs } = await payload.find({
    collection: 'programs',
    where: { slug: { equals: programSlug } },
    select: { slug: true, name: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const program = docs[0]
  if (!program) return null
  const memberships = await currentMemberships(payload, member.id, req, program.id)
  if (memberships.length === 0) return null
  const agreements = await owedIn(
    payload,
    member.id,
    program.id,
    memberships.map((membership) => membership.side),
    req,
  )
  return { program: { id: program.id, slug: program.slug, name: program.name }, agreements }
}

/** The form field of one agreement's checkbox on the re-acceptance page: its value is the version read. */
export const acceptFieldName = (agreement: Pick<OwedAgreement, 'id'>) => `accept-${agreement.id}`

export type AcceptProgramAgreementsResult =
  | { ok: true; accepted: number }
  | { ok: false; status: 403 | 404; message: string }
  | { ok: false; status: 400 | 409; message: string; errors: Record<string, string> }

/**
 * Records the member's acceptance of every agreement they owe in the programme, at the version
 * they read (`accepted`: agreement id → version number), all or nothing, in one transaction.
 * An agreement left unticked, or published again since the page was opened, asks again.
 */
export async function acceptProgramAgreements(
  payload: Payload,
  member: Member,
  programSlug: string,
  accepted: Record<string, number>,
): Promise<AcceptProgramAgreementsResult> {
  return inTransaction(payload, async (req) => {
    const owed = await programAgreementsOwedIn(payload, member, programSlug, req)
    if (!owed) return { ok: false, status: 404, message: 'You are not a member of this programme, so there is nothing to accept here.' }
    const errors: Record<string, string> = {}
    let stale = false
    for (const agreement of owed.agreements) {
      const read = accepted[String(agreement.id)]
      if (read === undefined || !Number.isFinite(read)) errors[acceptFieldName(agreement)] = `Please read and accept the ${agreement.title} to continue.`
      else if (read !== agreement.currentVersion) {
        stale = true
        errors[acceptFieldName(agreement)] = `The ${agreement.title} changed again while you were reading. Please read version ${agreement.currentVersion}.`
      }
    }
    if (Object.keys(errors).length > 0) {
      return {
        ok: false,
        status: stale ? 409 : 400,
        message: stale ? 'An agreement changed while you were reading it: please read the new version.' : 'Please accept every agreement to continue.',
        errors,
      }
    }
    await recordAgreementAcceptances(
      payload,
      member.id,
      owed.program.id,
      owed.agreements.map((agreement) => ({ agreement: agreement.id, versionNumber: agreement.currentVersion })),
      req,
    )
    return { ok: true, accepted: owed.agreements.length }
  })
}

/**
 * Says what to accept and where: "Please accept version 2 of the Code of Conduct of Lakeside
 * Mentors first, at /account/programs/lakeside-mentors/agreements."
 */
export function programGateMessage({
  program,
  agreements,
}: {
  program: Pick<Program, 'slug' | 'name'>
  agreements: Pick<OwedAgreement, 'title' | 'currentVersion'>[]
}): string {
  const names = agreements.map((agreement) => `version ${agreement.currentVersion} of the ${agreement.title}`)
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
  return `Please accept ${list} of ${program.name} first, at ${reacceptancePath(program.slug)}.`
}

/** Refused within a programme until its agreements are accepted: a 403 whose message says what and where. */
export class ProgramAgreementsRequired extends UserFacingError {
  constructor(owed: Parameters<typeof programGateMessage>[0]) {
    super(programGateMessage(owed), 403)
  }
}

/** Throws ProgramAgreementsRequired when the member owes an agreement of this programme on this side. */
export async function assertProgramAgreementsAccepted(
  payload: Payload,
  member: Id,
  program: Pick<Program, 'id' | 'slug' | 'name'>,
  side: ProgramSide,
  req?: PayloadRequest,
): Promise<void> {
  const agreements = await agreementsOwedBy(payload, member, program.id, side, req)
  if (agreements.length > 0) throw new ProgramAgreementsRequired({ program, agreements })
}

/**
 * A new published version asks the programme's current members on its side (both sides for an
 * agreement for everyone) to accept it, by email through the outbox, in the publish's own
 * transaction. Members of other programmes, and people who left or were declined, are not asked.
 */
export async function askMembersToAcceptNewVersion(payload: Payload, agreement: ProgramAgreement, req: PayloadRequest): Promise<number> {
  const programId = idOf(agreement.program)
  if (programId == null || !agreement.versionNumber) return 0
  const [program, { docs: memberships }] = await Promise.all([
    payload.findByID({ collection: 'programs', id: programId, select: { slug: true, name: true }, depth: 0, overrideAccess: true, req }),
    payload.find({
      collection: 'program-memberships',
      where: {
        and: [{ program: { equals: programId } }, { status: { in: acceptingMembershipStatuses } }, { side: { in: sidesOf(agreement.appliesTo) } }],
      },
      select: { user: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  // A member on both sides of the programme is told once.
  const memberIds = [...new Set(memberships.map((membership) => idOf(membership.user)).filter((id) => id != null))]
  if (memberIds.length === 0) return 0
  const { docs: members } = await payload.find({
    collection: 'users',
    where: { id: { in: memberIds } },
    select: { email: true, chosenName: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const version = {
    programName: program.name,
    programSlug: program.slug,
    agreementTitle: agreement.title,
    versionNumber: agreement.versionNumber,
    changeSummary: agreement.changeSummary,
  }
  for (const member of members) {
    if (!member.email) continue
    await queueEmail(
      payload,
      {
        to: member.email,
        subject: newAgreementVersionSubject(version),
        content: newAgreementVersionMessage(version, member.chosenName),
        purpose: 'program-agreement-version',
      },
      req,
    )
  }
  return members.length
}
