import { hasRole } from '@/access'
import { formatDate } from '@/lib/dates'

import type { Program, User } from '../../payload-types'
import type { ProgramSide } from './options'

/*
 * A programme's rules in plain words, and the checks that read the same rules: whether joining
 * is open now, which sides take members, and whether a member's role fits a side. The page says
 * what the domain function enforces (src/programs/join.ts), from one place.
 */

export type ProgramRules = Pick<Program, 'status' | 'period' | 'mentorRoles' | 'menteesJoin' | 'mentorRules' | 'menteeRules'>
type Member = Pick<User, 'roles'>

export type JoiningWindow = { open: true } | { open: false; reason: 'not-open' | 'not-yet' | 'closed'; message: string }

/** Whether the programme takes new members now, and if not, why in a sentence. */
export function joiningWindow(program: ProgramRules, now: Date = new Date()): JoiningWindow {
  if (program.status !== 'open') return { open: false, reason: 'not-open', message: 'This programme is not taking new members.' }
  const opensAt = program.period?.joinOpensAt
  const closesAt = program.period?.joinClosesAt
  if (opensAt && new Date(opensAt) > now) return { open: false, reason: 'not-yet', message: `Joining opens on ${formatDate(opensAt)}.` }
  if (closesAt && new Date(closesAt) <= now) return { open: false, reason: 'closed', message: `Joining closed on ${formatDate(closesAt)}.` }
  return { open: true }
}

/** The joining rules of one side. */
export const rulesOf = (program: ProgramRules, side: ProgramSide) => (side === 'mentor' ? program.mentorRules : program.menteeRules) ?? {}

/** The institution domains a side confirms an address at, tidied ("@Lakeside.edu " → "lakeside.edu"). */
export function domainsOf(program: ProgramRules, side: ProgramSide): string[] {
  return (rulesOf(program, side).emailDomains ?? []).map((domain) => domain.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '')).filter(Boolean)
}

/** Which sides take members at all: mentors when some role may join as one, mentees when Career Candidates may. */
export function openSides(program: ProgramRules): ProgramSide[] {
  const sides: ProgramSide[] = []
  if ((program.mentorRoles ?? []).length > 0) sides.push('mentor')
  if (program.menteesJoin) sides.push('mentee')
  return sides
}

/** Whether this member's role lets them join this side (a Mentor or Connector as a mentor, a Career Candidate as a mentee). */
export function roleFits(program: ProgramRules, side: ProgramSide, member: Member): boolean {
  if (side === 'mentee') return Boolean(program.menteesJoin) && hasRole(member, 'career-candidate')
  return (program.mentorRoles ?? []).some((role) => hasRole(member, role))
}

/** Who a side is for, by role: "Mentors and Connectors", "Career Candidates". */
export function sideAudience(program: ProgramRules, side: ProgramSide): string {
  if (side === 'mentee') return 'Career Candidates'
  const roles = program.mentorRoles ?? []
  if (roles.includes('mentor') && roles.includes('connector')) return 'Mentors and Connectors'
  return roles.includes('connector') ? 'Connectors' : 'Mentors'
}

/** The address an institution address must be at, or null when it fits one of the domains (exact or a subdomain). */
export function addressFitsDomains(address: string, domains: string[]): string | null {
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  // "lakeside.edu" and "mail.lakeside.edu" fit; "lakeside.edu.evil.com" and "notlakeside.edu" do not.
  return domains.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? null
}

const list = (items: string[], last = 'or') => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? ''))

/** One side's rules as a sentence: "Mentees (Career Candidates): confirm an address at lakeside.edu; programme staff approve each member." */
export function describeSide(program: ProgramRules, side: ProgramSide): string {
  const rules = rulesOf(program, side)
  const domains = domainsOf(program, side)
  const who = `${side === 'mentor' ? 'Mentors' : 'Mentees'} (${sideAudience(program, side)})`
  const steps: string[] = []
  if (rules.invitationOnly) steps.push('join through an invitation link from the programme')
  if (domains.length > 0) steps.push(`confirm an address at ${list(domains)}`)
  if (rules.requireApproval) steps.push('programme staff approve each member')
  if (steps.length === 0) return `${who}: join at once.`
  return `${who}: ${steps.join('; ')}.`
}

/** The joining period and the mentoring period, in words. */
export function describePeriod(program: ProgramRules, now: Date = new Date()): string[] {
  const lines: string[] = []
  const { joinOpensAt, joinClosesAt, mentoringStartsAt, mentoringEndsAt } = program.period ?? {}
  if (joinOpensAt && new Date(joinOpensAt) > now) lines.push(`Joining opens on ${formatDate(joinOpensAt)}.`)
  if (joinClosesAt)
    lines.push(new Date(joinClosesAt) > now ? `Joining closes on ${formatDate(joinClosesAt)}.` : `Joining closed on ${formatDate(joinClosesAt)}.`)
  if (mentoringStartsAt && mentoringEndsAt) lines.push(`Mentoring runs from ${formatDate(mentoringStartsAt)} to ${formatDate(mentoringEndsAt)}.`)
  else if (mentoringStartsAt) lines.push(`Mentoring starts on ${formatDate(mentoringStartsAt)}.`)
  else if (mentoringEndsAt) lines.push(`Mentoring runs until ${formatDate(mentoringEndsAt)}.`)
  return lines
}

/** Everything a visitor needs to know about who may join, one sentence a line. */
export function describeEligibility(program: ProgramRules, now: Date = new Date()): string[] {
  const sides = openSides(program)
  if (sides.length === 0) return ['This programme does not take members through the site.']
  return [...sides.map((side) => describeSide(program, side)), ...describePeriod(program, now)]
}
