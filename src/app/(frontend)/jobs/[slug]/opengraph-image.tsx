import { formatDate } from '@/lib/dates'
import { genericSocialCard, ogContentType, ogSize, socialCard } from '@/lib/og-image'
import { opportunityKindLabel } from '@/opportunities/options'
import { getOpportunity } from '@/queries/opportunities'

export const alt = 'A job or internship on Pride Career Network'
export const size = ogSize
export const contentType = ogContentType
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** A job's picture while it is on the board: title, company, kind and deadline. */
export default async function Image({ params }: Props) {
  const job = await getOpportunity((await params).slug).catch(() => null)
  if (!job) return genericSocialCard()
  return socialCard({
    kind: opportunityKindLabel(job.kind),
    title: job.title,
    lines: [job.company?.name, job.location, job.deadline ? `Apply by ${formatDate(job.deadline)}` : null],
  })
}
