/** The words of mentoring programmes: sides, statuses and question kinds, with their labels. */

/** The two sides of a programme. A Mentor or Connector joins as a mentor; a Career Candidate as a mentee. */
export const programSides = [
  ['mentor', 'Mentor'],
  ['mentee', 'Mentee'],
] as const
export type ProgramSide = (typeof programSides)[number][0]

export const programStatuses = [
  ['draft', 'Draft: only your staff see it'],
  ['open', 'Open for joining'],
  ['closed', 'Closed: running, not taking new members'],
  ['archived', 'Archived: ended, kept for the record'],
] as const
export type ProgramStatus = (typeof programStatuses)[number][0]

/** Statuses a visitor may see a programme in. Drafts and archived programmes are staff's. */
export const publicProgramStatuses: ProgramStatus[] = ['open', 'closed']

export const membershipStatuses = [
  ['confirming-email', 'Confirming their institution address'],
  ['awaiting-approval', 'Waiting for approval'],
  ['active', 'Member'],
  ['declined', 'Declined'],
  ['left', 'Left'],
  ['removed', 'Removed by staff'],
] as const
export type MembershipStatus = (typeof membershipStatuses)[number][0]

/** Memberships that still hold a place: the member is in, or on the way in. */
export const currentMembershipStatuses: MembershipStatus[] = ['confirming-email', 'awaiting-approval', 'active']

export const agreementAudiences = [
  ['everyone', 'Everyone in the programme'],
  ['mentor', 'Mentors'],
  ['mentee', 'Mentees'],
] as const
export type AgreementAudience = (typeof agreementAudiences)[number][0]

export const questionKinds = [
  ['short-text', 'Short answer'],
  ['choice', 'One choice'],
  ['multiple-choice', 'Several choices'],
] as const
export type QuestionKind = (typeof questionKinds)[number][0]

export const questionAudiences = [
  ['mentee', 'Mentees'],
  ['mentor', 'Mentors'],
  ['everyone', 'Both'],
] as const

export const matchingModes = [
  ['self', 'Mentees choose their mentor from the directory'],
  ['staff', 'Programme staff propose the pairs'],
] as const

export const labelOf = (table: readonly (readonly [string, string])[], value: string | null | undefined): string =>
  table.find(([key]) => key === value)?.[1] ?? String(value ?? '')
