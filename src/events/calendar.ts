import { createEvents, type EventAttributes } from 'ics'

import { siteURL } from '@/lib/site-url'

import type { Event } from '../../payload-types'

/**
 * iCalendar files for events: one event to add to a calendar, or a feed to subscribe to.
 * Times are written in UTC; calendar apps show them in their reader's own zone.
 */

export type CalendarEvent = Pick<Event, 'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'endsAt' | 'format' | 'place' | 'joiningLink'>

/** Where UIDs live: the site's host name, so an event keeps its UID across feeds and downloads. */
function uidDomain(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return env.SERVER_URL ? new URL(env.SERVER_URL).hostname || 'pride-career-network' : 'pride-career-network'
  } catch {
    return 'pride-career-network'
  }
}

export const eventPageURL = (slug: string) => `${siteURL()}/events/${encodeURIComponent(slug)}`

function toAttributes(event: CalendarEvent, domain: string): EventAttributes {
  const page = eventPageURL(event.slug)
  // A hybrid event's place is its location; the online way in goes with the description.
  const alsoOnline = event.place && event.joiningLink ? `\n\nJoin online: ${event.joiningLink}` : ''
  return {
    uid: `event-${event.id}@${domain}`,
    title: event.title,
    description: `${event.summary}${alsoOnline}\n\nDetails: ${page}`,
    location: event.place || event.joiningLink || undefined,
    url: page,
    status: 'CONFIRMED',
    start: Date.parse(event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
  }
}

/** The ICS text for `events`; `name` titles a feed in the calendar app that subscribes to it. */
export function eventsCalendar(events: CalendarEvent[], { name }: { name?: string } = {}): string {
  const domain = uidDomain()
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, domain)),
    { productId: 'pride-career-network/events', ...(name ? { calName: name } : {}) },
  )
  if (error || !value) throw error ?? new Error('The calendar could not be written.')
  return value
}

/** A calendar file as a download. */
export function calendarResponse(text: string, filename: string): Response {
  const safeName = filename.replace(/[^a-z0-9.-]+/gi, '-')
  return new Response(text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safeName}"`,
      // Calendar apps poll feeds often; five minutes in HTTP caches spares the database without
      // keeping an unpublished event around for long.
      'Cache-Control': 'public, max-age=300',
    },
  })
}
