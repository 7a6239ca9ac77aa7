import { genericSocialCard, ogContentType, ogSize, socialCard } from '@/lib/og-image'
import { getOrganization, organizationKindLabels } from '@/queries/organizations'

export const alt = 'An organisation on Pride Career Network'
export const size = ogSize
export const contentType = ogContentType
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** An organisation's picture: its name, kind, place and summary (never its plan). */
export default async function Image({ params }: Props) {
  const organization = await getOrganization((await params).slug).catch(() => null)
  if (!organization) return genericSocialCard()
  return socialCard({
    kind: organizationKindLabels[organization.kind],
    title: organization.name,
    lines: [organization.institution ?? organization.location, organization.summary],
    badge: { name: organization.name, shape: 'square' },
  })
}
