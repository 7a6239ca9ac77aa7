import type { Metadata } from 'next'

import Link from 'next/link'

import { FilterSelect } from '@/components/forms/FilterSelect'
import { Pagination } from '@/components/Pagination'
import { eventFormatLabel, eventFormats } from '@/events/options'
import { formatEventTime } from '@/events/times'
import { eventsHref, eventsPerPage, listEvents, listHosts, parseEventSearch } from '@/queries/events'
import { getSiteShell } from '@/queries/site'

/**
 * The unfiltered list every visitor shares, from the page cache and refreshed on publish. An
 * address with a filter or a page number is rewritten to /filtered/events, this same page rendered
 * per request (src/server/filtered-lists.mjs); here `searchParams` is always empty.
 */
export const dynamic = 'force-static'
export const revalidate = 600

export const metadata: Metadata = {
  title: 'Events',
  description: 'Workshops, open evenings and talks from Career Centers, companies and the platform team.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function EventsPage({ searchParams }: Props) {
  const { search, problems } = parseEventSearch(await searchParams)
  const [result, hosts, { settings }] = await Promise.all([listEvents(search), listHosts(), getSiteShell()])
  const filtered = Boolean(search.host || search.format || search.from || search.to)
  const upcoming = search.when === 'upcoming'
  const noun = upcoming ? 'upcoming event' : 'past event'
  const first = (result.page - 1) * eventsPerPage + 1

  return (
    <>
      <h1>{upcoming ? 'Events' : 'Past events'}</h1>
      <p className="lead">Workshops, open evenings and talks from Career Centers, companies and the {settings.siteName} team.</p>
      <p>
        <a href="/events/calendar.ics">Subscribe to the calendar</a>
        <span className="meta"> (an iCalendar feed of upcoming events for your calendar app)</span>
      </p>

      <form className="filter-form event-filters" method="get" action="/events" role="search" aria-label="Events">
        <div className="field">
          <label htmlFor="when">When</label>
          <select id="when" name="when" defaultValue={search.when}>
            <option value="upcoming">Upcoming</option>
            <option value="past">Past</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="host">Host</label>
          <select id="host" name="host" defaultValue={search.host ?? ''}>
            <option value="">Any host</option>
            {hosts.platform && <option value="platform">{settings.siteName}</option>}
            {hosts.organizations.map((host) => (
              <option key={host.id} value={host.slug}>
                {host.name}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect name="format" label="Format" value={search.format} anyLabel="Any format" options={eventFormats} />
        <div className="field">
          <label htmlFor="from">Starting from</label>
          <input id="from" name="from" type="date" defaultValue={search.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="to">Until</label>
          <input id="to" name="to" type="date" defaultValue={search.to ?? ''} />
        </div>
        <button type="submit">Show events</button>
      </form>

      {problems.length > 0 && (
        <div className="form-error" role="alert" data-testid="search-problems">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}

      <p role="status" className="meta" data-testid="result-count">
        {result.totalDocs === 1 ? `1 ${noun}` : `${result.totalDocs} ${noun}s`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p>
              There are no more events on this page. <Link href={eventsHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : (
            <>
              <p>{filtered ? `No ${noun}s match these choices.` : upcoming ? 'No events are planned just now.' : 'No events have taken place yet.'}</p>
              <ul>
                {filtered && (
                  <li>
                    <Link href={eventsHref({ when: search.when, page: 1 })}>Clear the filters</Link>
                  </li>
                )}
                <li>{upcoming ? <Link href="/events?when=past">See past events</Link> : <Link href="/events">See upcoming events</Link>}</li>
              </ul>
            </>
          )}
        </div>
      ) : (
        <ul className="card-grid event-list">
          {result.docs.map((event) => (
            <li className="card" key={event.id}>
              <h2>
                <Link href={`/events/${event.slug}`}>{event.title}</Link>
              </h2>
              <p className="event-time">
                <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</time>
              </p>
              <p className="meta">
                {eventFormatLabel(event.format)} · Hosted by {event.host?.name ?? settings.siteName}
              </p>
              <p>{event.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => eventsHref(search, { page })} />
      {upcoming && result.docs.length > 0 && (
        <p className="meta">
          <Link href={eventsHref({ ...search, when: 'past', page: 1 })}>See past events</Link>
        </p>
      )}
    </>
  )
}
