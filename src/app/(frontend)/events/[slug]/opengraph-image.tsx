import { formatEventTime } from '@/events/times'
import { genericSocialCard, ogContentType, ogSize, socialCard } from '@/lib/og-image'
import { getEvent } from '@/queries/events'

export const alt = 'An event on Pride Career Network'
export const size = ogSize
export const contentType = ogContentType
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** A published event's picture: its title, time in its own zone and host, as the public page shows them. */
export default async function Image({ params }: Props) {
  const event = await getEvent((await params).slug).catch(() => null)
  if (!event) return genericSocialCard()
  return socialCard({
    kind: 'Event',
    title: event.title,
    lines: [formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz), event.host ? `Hosted by ${event.host.name}` : null],
  })
}
