import { calendarResponse, eventsCalendar } from '@/events/calendar'
import { findHost, upcomingEventsForFeed } from '@/queries/events'

// Rendered on each request: the publish hooks refresh pages, not feeds, and a feed must drop an
// unpublished event at once. calendarResponse lets HTTP caches keep it for five minutes instead.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** One organisation's upcoming events, as a calendar feed to subscribe to. */
export async function GET(_request: Request, { params }: Context) {
  const host = await findHost((await params).slug)
  if (!host) return new Response('No organisation has this address.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const events = await upcomingEventsForFeed({ organization: host.id })
  return calendarResponse(eventsCalendar(events, { name: `${host.name} events` }), `${host.slug}-events.ics`)
}
