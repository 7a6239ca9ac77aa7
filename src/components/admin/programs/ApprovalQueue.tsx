import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'

import { hasRole, staffOrganizationOf } from '@/access'

type Waiting = { id: number | string; name: string; count: number }

/** The list of memberships waiting in one programme, as a Payload list URL. */
export function awaitingListPath(adminRoute: string, programId: number | string): string {
  const where = `where[and][0][status][equals]=awaiting-approval&where[and][1][program][equals]=${encodeURIComponent(String(programId))}`
  return `${adminRoute}/collections/program-memberships?${where}`
}

/** How many people wait for approval in each programme the viewer runs (admins: every programme). */
export async function waitingIn(payload: Payload, user: TypedUser): Promise<Waiting[]> {
  const admin = hasRole(user, 'admin')
  const organization = staffOrganizationOf(user)
  if (!admin && organization == null) return []
  const { docs: programs } = await payload.find({
    collection: 'programs',
    where: admin ? {} : { organization: { equals: organization } },
    select: { name: true },
    depth: 0,
    limit: 100,
    sort: 'name',
    overrideAccess: false,
    user,
  })
  const counted = await Promise.all(
    programs.map(async (program) => {
      const { totalDocs } = await payload.count({
        collection: 'program-memberships',
        where: { and: [{ program: { equals: program.id } }, { status: { equals: 'awaiting-approval' } }] },
        overrideAccess: false,
        user,
      })
      return { id: program.id, name: program.name, count: totalDocs }
    }),
  )
  return counted.filter((each) => each.count > 0)
}

/**
 * The approval queue staff find first: on the dashboard and above the members list, one line
 * per programme with people waiting, linking to them. It counts through the viewer's access.
 * Above the list it takes the list's margins (`inList`, set in the collection's config).
 */
export async function ApprovalQueue({ payload, user, inList = false }: { payload: Payload; user?: TypedUser | null; inList?: boolean }) {
  if (!user) return null
  const waiting = await waitingIn(payload, user)
  if (waiting.length === 0) return null
  const adminRoute = payload.config.routes.admin
  return (
    <section
      aria-labelledby="approval-queue-heading"
      className={inList ? 'approval-queue gutter--left gutter--right' : 'approval-queue'}
      style={{ marginBottom: 'var(--base)' }}
    >
      <h2 id="approval-queue-heading" style={{ fontSize: '1.1rem', margin: '0 0 calc(var(--base) / 2)' }}>
        Waiting for approval
      </h2>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {waiting.map((program) => (
          <li key={program.id}>
            <Link href={awaitingListPath(adminRoute, program.id)} prefetch={false}>
              {`${program.count} ${program.count === 1 ? 'person' : 'people'} waiting for approval in ${program.name}`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
