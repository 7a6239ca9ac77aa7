import { calendarResponse, eventsCalendar } from '@/events/calendar'
import { getEvent } from '@/queries/events'

// Rendered on each request, like the feeds: an unpublished event must stop downloading at once.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** One event as an .ics file, for "Add to my calendar". */
export async function GET(_request: Request, { params }: Context) {
  const event = await getEvent((await params).slug)
  if (!event) return new Response('No published event has this address.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return calendarResponse(eventsCalendar([event]), `${event.slug}.ics`)
}
