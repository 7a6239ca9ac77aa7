import { Forbidden, type Access, type CollectionBeforeOperationHook, type FieldAccess, type PayloadRequest, type Where } from 'payload'

import { publicProgramStatuses } from '@/programs/options'

import { hasRole, idOf, isSameId, staffOrganizationOf } from './index'

/*
 * Programme scoping, the one function applied to every programme collection's access (as
 * plugin-multi-tenant does for tenants): admins see all; the owning organisation's staff see
 * their programmes' records; a platform-owned programme (no organisation) is admins' only.
 */

type RelationValue = number | string | { id: number | string } | null | undefined

/** The ids of the programmes matching `where`, looked up once per request under `key`. */
async function programIds(req: PayloadRequest, key: string, where: Where): Promise<(number | string)[]> {
  const cached = req.context[key] as (number | string)[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'programs',
    where,
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((program) => program.id)
  req.context[key] = ids
  return ids
}

/** The programmes whose owning organisation the viewer works for. */
export async function programsStaffedBy(req: PayloadRequest): Promise<(number | string)[]> {
  const organization = staffOrganizationOf(req.user)
  return organization == null ? [] : programIds(req, 'programsStaffedByViewer', { organization: { equals: organization } })
}

/** The programmes a visitor may see (open or closed). An empty list still makes a valid `in` query that matches nothing. */
export const publicProgramIds = (req: PayloadRequest): Promise<(number | string)[]> =>
  programIds(req, 'publicProgramIds', { status: { in: publicProgramStatuses } })

/** Whether the viewer is an admin or staff of the organisation that runs this programme. */
export async function isProgramStaff(req: PayloadRequest, program: RelationValue): Promise<boolean> {
  if (hasRole(req.user, 'admin')) return true
  const id = idOf(program)
  return id != null && (await programsStaffedBy(req)).some((staffed) => isSameId(staffed, id))
}

/** A condition no record meets, on any database. */
const none = (field: string): Where => ({ and: [{ [field]: { exists: true } }, { [field]: { exists: false } }] })

/** The `where` for records of the programmes the viewer runs (through `field`), or null when they run none. */
async function staffedWhere(req: PayloadRequest, field: string): Promise<Where | null> {
  const ids = await programsStaffedBy(req)
  return ids.length > 0 ? { [field]: { in: ids } } : null
}

/** Records of a programme through `field`: admins all, the owning organisation's staff theirs. */
export const isProgramStaffBy =
  (field = 'program'): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    return (await staffedWhere(req, field)) ?? false
  }

/**
 * Creating a record in a programme the viewer runs (an agreement, an invitation). A `where`
 * answer would not do: Payload checks nothing against it on create, so the programme named in
 * the data is checked. Without data (the admin asking whether to show "Create new"), staff of
 * any programme may.
 */
export const mayCreateInStaffedProgram: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  if (data?.program != null) return isProgramStaff(req, data.program)
  return (await programsStaffedBy(req)).length > 0
}

/**
 * The same rule where create access cannot see the programme: a duplicate. Payload hands create
 * access only the data sent (`{}` for "Duplicate"), so another organisation's staff could copy a
 * programme's published agreement, and the copy stays in that programme. Before any create with
 * the caller's access, the programme the record will belong to (the data's, else the original's)
 * must be one the caller runs.
 */
export const refuseCreateOutsideStaffedProgram: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' || overrideAccess === true || hasRole(req.user, 'admin')) return args
  const data = (args as { data?: { program?: RelationValue } }).data
  const duplicateFromID = (args as { duplicateFromID?: number | string }).duplicateFromID
  let program = data?.program
  if (program == null && duplicateFromID != null) {
    const original = await req.payload.findByID({
      collection: collection.slug as 'program-agreements',
      id: duplicateFromID,
      select: { program: true },
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    program = original?.program as RelationValue
  }
  if (program != null && !(await isProgramStaff(req, program))) throw new Forbidden(req.t)
  return args
}

/** A member's own records of a programme (through `ownerField`), and the programme staff's view of them. */
export const isSelfOrProgramStaffBy =
  (ownerField = 'user', programField = 'program'): Access =>
  async ({ req }) => {
    const { user } = req
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    const staffed = await staffedWhere(req, programField)
    const own: Where = { [ownerField]: { equals: user.id } }
    return staffed ? { or: [own, staffed] } : own
  }

/** On `programs` itself: the public sees open and closed programmes; staff also their own drafts and archive. */
export const visibleProgramsOrOwnStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const visible: Where = { status: { in: publicProgramStatuses } }
  const organization = staffOrganizationOf(user)
  return organization == null ? visible : { or: [visible, { organization: { equals: organization } }] }
}

/** Creating a programme: admins, and Career Center staff or company representatives for their organisation. */
export const mayCreateProgram: Access = ({ req: { user } }) =>
  hasRole(user, 'admin') || (staffOrganizationOf(user) != null && (hasRole(user, 'career-center-staff') || hasRole(user, 'company-representative')))

/** On `programs`: admins all, staff their organisation's programmes. Platform programmes are admins'. */
export const isStaffOfProgramOwner: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const organization = staffOrganizationOf(user)
  return organization == null ? false : { organization: { equals: organization } }
}

/** Field access for what only the member and admins may read (an institution address). */
export const isOwnerOrAdminField =
  (ownerField = 'user'): FieldAccess =>
  ({ req: { user }, doc }) =>
    hasRole(user, 'admin') || (user?.id != null && isSameId(user.id, doc?.[ownerField] as RelationValue))

/**
 * Field access for the member, their programme's staff and admins (answers, decisions, an
 * invitation's secret). Only for collections whose read access already scopes staff to their own
 * programmes' records (isSelfOrProgramStaffBy, isProgramStaffBy): a staff member who can read the
 * record runs its programme, so no per-record look-up is needed. (With one, evaluated per record
 * and asynchronously, Payload's admin edit view left the answers out for staff.)
 */
export const isOwnerOrProgramStaffField =
  (ownerField = 'user'): FieldAccess =>
  ({ req: { user }, doc }) =>
    hasRole(user, 'admin') || staffOrganizationOf(user) != null || (user?.id != null && isSameId(user.id, doc?.[ownerField] as RelationValue))

export { none as nothingMatches }
