import type { Access, FieldAccess, FilterOptions, PayloadRequest, Where } from 'payload'

import type { Role } from '@/lib/roles'
import { staffRoles } from '@/lib/roles'
import { planState } from '@/organizations/plan'

/**
 * Access rules, one small predicate each. Collections compose them; a rule that returns a
 * `where` query filters lists instead of refusing them.
 */

type MaybeUser = { id?: number | string; roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean => Boolean(user?.roles?.includes(role))

export const anyone: Access = () => true

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)

/** Who may open /admin at all: admins and organisation staff, not members. */
export const canUseAdminPanel = ({ req: { user } }: { req: { user: MaybeUser } }): boolean => staffRoles.some((role) => hasRole(user, role))

export const isSelfOrAdmin: Access = ({ req: { user } }) => {
  if (!user?.id) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** For records that belong to a member through a `field` pointing at their account. */
export const isSelfOrAdminBy =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (!user?.id) return false
    if (hasRole(user, 'admin')) return true
    return { [field]: { equals: user.id } }
  }

const published: Where = { _status: { equals: 'published' } }

/** Drafts stay invisible to everyone but admins. */
export const publishedOrAdmin: Access = ({ req: { user } }) => (hasRole(user, 'admin') ? true : published)

/** Past published versions are public record; draft versions are admins' work in progress. */
export const publishedVersionsOrAdmin: Access = ({ req: { user } }) => (hasRole(user, 'admin') ? true : { 'version._status': { equals: 'published' } })

/* Organisation staff: company representatives and Career Center staff belong to one organisation. */

export type RelationValue = number | string | { id: number | string } | null | undefined
type MaybeStaff = (NonNullable<MaybeUser> & { organization?: RelationValue; organizationRole?: string | null }) | null | undefined

export const idOf = (value: RelationValue): number | string | null => (value == null ? null : typeof value === 'object' ? value.id : value)

/** The organisation a staff member works for, or null for everyone else. */
export const staffOrganizationOf = (user: MaybeStaff): number | string | null =>
  hasRole(user, 'company-representative') || hasRole(user, 'career-center-staff') ? idOf(user?.organization) : null

/** Representatives speak for their organisation: they invite employees and answer affiliation requests. */
export const representedOrganizationOf = (user: MaybeStaff): number | string | null =>
  user?.organizationRole === 'representative' ? staffOrganizationOf(user) : null

export const isSameId = (a: RelationValue, b: RelationValue): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left != null && right != null && String(left) === String(right)
}

/** On `organizations` itself: admins all, staff their own organisation's record. */
export const isAdminOrOwnOrganization: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const organization = staffOrganizationOf(user)
  return organization == null ? false : { id: { equals: organization } }
}

/** For records owned by an organisation through `field`: admins all, that organisation's staff theirs. */
export const isStaffOfOwningOrganization =
  (field = 'organization'): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin')) return true
    const organization = staffOrganizationOf(user)
    return organization == null ? false : { [field]: { equals: organization } }
  }

/** Like isStaffOfOwningOrganization, limited to the organisation's representatives. */
export const isRepresentativeOfOwningOrganization =
  (field = 'organization'): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin')) return true
    const organization = representedOrganizationOf(user)
    return organization == null ? false : { [field]: { equals: organization } }
  }

/** Field access for an organisation's private fields: admins, and staff reading their own record. */
export const isAdminOrStaffOfThisOrganization: FieldAccess = ({ req: { user }, doc, id }) =>
  hasRole(user, 'admin') || isSameId(staffOrganizationOf(user), (doc?.id as RelationValue) ?? (id as RelationValue))

/** Relationship choices for organisation staff: only their own organisation; admins see `forAdmins`. */
export const ownOrganizationOption =
  (forAdmins: Where | true = true): FilterOptions =>
  ({ user }): Where | boolean => {
    // No user: the platform itself writing (an invitation being answered), already checked.
    if (!user) return true
    if (hasRole(user, 'admin')) return forAdmins
    const organization = staffOrganizationOf(user)
    return organization == null ? false : { id: { equals: organization } }
  }

/**
 * The admin list view for staff: only their own organisation's records. (Access rules still
 * decide; this keeps public records of other organisations out of their working lists.)
 */
export const ownOrganizationListFilter =
  (field: string) =>
  ({ req: { user } }: { req: { user?: MaybeStaff } }): Where | null => {
    const organization = hasRole(user, 'admin') ? null : staffOrganizationOf(user)
    return organization == null ? null : { [field]: { equals: organization } }
  }

/* Identity fields on directory profiles: each carries a visibility its owner picks. */

export { identityVisibilities, type IdentityVisibility } from './visibility'

/**
 * Whether `user` may see an identity field set to `visibility` on a profile owned by `owner`,
 * as far as the user and the setting alone decide. Company representatives count as the
 * public: they see only what is public. "Contacts" needs the requests too: see below.
 */
export function canSeeIdentity(user: MaybeStaff, owner: RelationValue, visibility: unknown): boolean {
  if (hasRole(user, 'admin') || (user?.id != null && isSameId(user.id, owner))) return true
  if (visibility === 'public') return true
  if (visibility === 'members') return Boolean(user) && !hasRole(user, 'company-representative')
  return false
}

const contactsKey = 'acceptedMentorsOfViewer'

/**
 * The Mentors and Connectors who accepted a request from this viewer (now or in the past),
 * looked up once per request and kept on its context.
 */
export async function mentorsWhoAccepted(req: PayloadRequest): Promise<Set<string>> {
  const cached = req.context[contactsKey] as Set<string> | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: req.user!.id }, status: { in: ['accepted', 'ended'] } },
    select: { mentor: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const mentors = new Set(docs.map((request) => String(idOf(request.mentor as RelationValue))))
  req.context[contactsKey] = mentors
  return mentors
}

/** Field access for an identity field whose visibility is stored in `visibilityField` beside it. */
export const identityVisibleBy =
  (visibilityField: string): FieldAccess =>
  async ({ req, doc }) => {
    const visibility = doc?.[visibilityField]
    if (canSeeIdentity(req.user, doc?.user as RelationValue, visibility)) return true
    if (visibility !== 'contacts' || !req.user || hasRole(req.user, 'company-representative')) return false
    const owner = idOf(doc?.user as RelationValue)
    return owner != null && (await mentorsWhoAccepted(req)).has(String(owner))
  }

/* Organisations' postings: events, jobs and internships, resources. */

const activePlansKey = 'organizationsWithActivePlan'

/**
 * The organisations whose plan is active at this moment, looked up once per request. A plan
 * whose renewal date has passed counts as expired here too, so postings leave public lists the
 * day it lapses without anyone flipping a status.
 */
export async function organizationsWithActivePlan(req: PayloadRequest): Promise<(number | string)[]> {
  const cached = req.context[activePlansKey] as (number | string)[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { 'plan.status': { equals: 'active' } },
    select: { name: true, kind: true, plan: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const now = new Date()
  const active = docs.filter((organization) => planState(organization, now).active).map((organization) => organization.id)
  req.context[activePlansKey] = active
  return active
}

/** A condition no record meets, for lists that must come back empty on any database. */
const nothing = (field: string): Where => ({ and: [{ [field]: { exists: true } }, { [field]: { exists: false } }] })

type PostingOptions = {
  /** Records with no organisation are the platform's own (admins post them). */
  platformPosts?: boolean
  /** Extra conditions every public record meets, such as an open application deadline. */
  publicAlso?: (now: Date) => Where[]
}

/**
 * Read access for what organisations post. The public sees published records whose
 * organisation's plan is active now (and the platform's own); the organisation's staff also see
 * their drafts and lapsed postings; admins see everything.
 */
export const publishedByActivePlanOrOwnStaff =
  (field: string, { platformPosts = false, publicAlso }: PostingOptions = {}): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    const active = await organizationsWithActivePlan(req)
    const hosts: Where[] = [active.length > 0 ? { [field]: { in: active } } : nothing(field)]
    if (platformPosts) hosts.push({ [field]: { exists: false } })
    const visible: Where = { and: [published, { or: hosts }, ...(publicAlso?.(new Date()) ?? [])] }
    const own = staffOrganizationOf(req.user)
    return own == null ? visible : { or: [visible, { [field]: { equals: own } }] }
  }

/** Creating postings: admins, and staff holding one of `roles` for their organisation. */
export const isAdminOrStaffWithRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'admin') || (staffOrganizationOf(user) != null && roles.some((role) => hasRole(user, role)))

/* Mentorship requests and their conversations: the two participants, and admins handling a report. */

const reportedRequestsKey = 'requestsNamedInConductReports'

/**
 * The mentorship requests a conduct report names, looked up once per request. Only these open a
 * request's text and conversation to admins; nothing else does.
 */
export async function requestsNamedInReports(req: PayloadRequest): Promise<(number | string)[]> {
  const cached = req.context[reportedRequestsKey] as (number | string)[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'conduct-reports',
    where: { request: { exists: true } },
    select: { request: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((report) => idOf(report.request as RelationValue)).filter((id): id is number | string => id != null)
  req.context[reportedRequestsKey] = ids
  return ids
}

/**
 * Field access for what the student and the mentor wrote on a request (its message, times and
 * status notes): the two of them, and admins once a conduct report names the request.
 */
export const isRequestParticipantOrHandlingAdmin: FieldAccess = async ({ req, doc }) => {
  const { user } = req
  if (!user?.id || !doc) return false
  if (isSameId(user.id, doc.student as RelationValue) || isSameId(user.id, doc.mentor as RelationValue)) return true
  if (!hasRole(user, 'admin')) return false
  return (await requestsNamedInReports(req)).some((id) => isSameId(id, doc.id as RelationValue))
}
