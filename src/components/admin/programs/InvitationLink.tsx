import type { Payload, TypedUser } from 'payload'

import { idOf } from '@/access'
import { siteURL } from '@/lib/site-url'

type InvitationData = { token?: string | null; side?: string | null; program?: number | string | { id: number | string } | null }

/** The address a person opens to join a programme through an invitation. */
export const invitationJoinLink = (programSlug: string, side: string, token: string) =>
  `${siteURL()}/programs/${encodeURIComponent(programSlug)}/join?as=${encodeURIComponent(side)}&invite=${encodeURIComponent(token)}`

/**
 * The invitation's link written out in full, to copy and share, on the invitation in /admin. It
 * reads the token through the viewer's own field access, so only those who may see it get a link.
 */
export async function InvitationLink({ data, payload, user }: { data?: InvitationData; payload: Payload; user?: TypedUser | null }) {
  const programId = idOf(data?.program)
  const program =
    programId != null && user
      ? await payload.findByID({ collection: 'programs', id: programId, depth: 0, select: { slug: true }, overrideAccess: false, user }).catch(() => null)
      : null
  const link = data?.token && program?.slug ? invitationJoinLink(program.slug, data.side ?? 'mentee', data.token) : null
  return (
    <div className="field-type">
      <label className="field-label" htmlFor="invitation-join-link">
        Link to share
      </label>
      {link ? (
        <input id="invitation-join-link" type="text" readOnly value={link} style={{ width: '100%', fontFamily: 'monospace' }} />
      ) : (
        <p id="invitation-join-link">The link appears here once the invitation is saved.</p>
      )}
      <p className="field-description">Anyone who has this link can join the programme on this side until it expires or runs out.</p>
    </div>
  )
}
