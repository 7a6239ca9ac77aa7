import { genericSocialCard, ogContentType, ogSize, socialCard } from '@/lib/og-image'
import { getPayloadClient } from '@/lib/payload'
import { getMentorProfile } from '@/queries/mentors'

export const alt = 'A Mentor or Connector on Pride Career Network'
export const size = ogSize
export const contentType = ogContentType
// Read at each request: a profile that is removed stops being drawn at once.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** A profile's picture, read as a signed-out visitor reads it: pronouns only when their owner shows them to everyone. */
export default async function Image({ params }: Props) {
  const profile = await getMentorProfile(await getPayloadClient(), (await params).slug, null).catch(() => null)
  if (!profile) return genericSocialCard()
  const { card } = profile
  const role = card.kind === 'mentor' ? 'Mentor' : 'Connector'
  return socialCard({
    kind: card.organization ? `${role} · ${card.organization.name}` : role,
    title: card.pronouns ? `${card.displayName} (${card.pronouns})` : card.displayName,
    lines: [card.headline],
    badge: { name: card.displayName, shape: 'circle' },
  })
}
