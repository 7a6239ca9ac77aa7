import { calendarResponse, eventsCalendar } from '@/events/calendar'
import { upcomingEventsForFeed } from '@/queries/events'
import { getSiteShell } from '@/queries/site'

// Rendered on each request: the publish hooks refresh pages, not feeds, and a feed must drop an
// unpublished event at once. calendarResponse lets HTTP caches keep it for five minutes instead.
export const dynamic = 'force-dynamic'

/** Every upcoming event, as a calendar feed to subscribe to. */
export async function GET() {
  const [events, { settings }] = await Promise.all([upcomingEventsForFeed(), getSiteShell()])
  return calendarResponse(eventsCalendar(events, { name: `${settings.siteName} events` }), 'events.ics')
}
