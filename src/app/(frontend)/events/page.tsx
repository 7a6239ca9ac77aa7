import type { Metadata } from 'next'

import Link from 'next/link'

import { CalendarPlus, Clock, MapPin } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { Field } from '@/components/forms/Field'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { FilterBar } from '@/components/page/FilterBar'
import { PageHeader } from '@/components/page/PageHeader'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardLink, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
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

export const metadata: Metadata = pageMetadata({
  title: 'Events',
  description: 'Workshops, open evenings and talks from Career Centers, companies and the platform team.',
  path: '/events',
})

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
      <PageHeader
        lead={`Workshops, open evenings and talks from Career Centers, companies and the ${settings.siteName} team.`}
        title={upcoming ? 'Events' : 'Past events'}
      >
        <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <a className="inline-flex items-center gap-1.5 font-medium no-underline hover:underline" href="/events/calendar.ics">
            <CalendarPlus aria-hidden className="size-4" />
            Subscribe to the calendar
          </a>
          <span className="meta text-muted-foreground"> (an iCalendar feed of upcoming events for your calendar app)</span>
        </p>
      </PageHeader>

      <FilterBar action="/events" className="event-filters" label="Events" submitLabel="Show events">
        <div className="field flex min-w-0 flex-col gap-1.5">
          <Label htmlFor="when">When</Label>
          <Select id="when" name="when" defaultValue={search.when}>
            <option value="upcoming">Upcoming</option>
            <option value="past">Past</option>
          </Select>
        </div>
        <div className="field flex min-w-0 flex-col gap-1.5">
          <Label htmlFor="host">Host</Label>
          <Select id="host" name="host" defaultValue={search.host ?? ''}>
            <option value="">Any host</option>
            {hosts.platform && <option value="platform">{settings.siteName}</option>}
            {hosts.organizations.map((host) => (
              <option key={host.id} value={host.slug}>
                {host.name}
              </option>
            ))}
          </Select>
        </div>
        <FilterSelect name="format" label="Format" value={search.format} anyLabel="Any format" options={eventFormats} />
        <Field defaultValue={search.from ?? ''} label="Starting from" name="from" type="date" />
        <Field defaultValue={search.to ?? ''} label="Until" name="to" type="date" />
      </FilterBar>

      {problems.length > 0 && (
        <Alert className="form-error mb-4" role="alert" variant="destructive" data-testid="search-problems">
          <AlertDescription>
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </AlertDescription>
        </Alert>
      )}

      <p role="status" className="meta mb-4 text-sm text-muted-foreground" data-testid="result-count">
        {result.totalDocs === 1 ? `1 ${noun}` : `${result.totalDocs} ${noun}s`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice flex flex-col gap-2" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p className="m-0">
              There are no more events on this page. <Link href={eventsHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : (
            <>
              <p className="m-0">
                {filtered ? `No ${noun}s match these choices.` : upcoming ? 'No events are planned just now.' : 'No events have taken place yet.'}
              </p>
              <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 font-medium">
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
            <li className="flex" key={event.id}>
              <Card className="w-full">
                <CardHeader>
                  <CardTitle as="h2">
                    <CardLink href={`/events/${event.slug}`}>{event.title}</CardLink>
                  </CardTitle>
                  {/* Shown above the title, read after it: a heading starts each card for screen readers. */}
                  <p className="event-time order-first m-0 flex items-start gap-1.5 text-sm font-semibold text-primary">
                    <Clock aria-hidden className="mt-0.5 size-4 shrink-0" />
                    <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.startsAt_tz)}</time>
                  </p>
                  <p className="meta m-0 flex items-start gap-1.5 text-sm text-muted-foreground">
                    <MapPin aria-hidden className="mt-0.5 size-4 shrink-0" />
                    <span>
                      {eventFormatLabel(event.format)} · Hosted by {event.host?.name ?? settings.siteName}
                    </span>
                  </p>
                </CardHeader>
                <CardContent>
                  <CardDescription className="text-base text-card-foreground">{event.summary}</CardDescription>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => eventsHref(search, { page })} />
      {upcoming && result.docs.length > 0 && (
        <p className="meta mt-6 text-sm">
          <Link className="font-medium no-underline hover:underline" href={eventsHref({ ...search, when: 'past', page: 1 })}>
            See past events
          </Link>
        </p>
      )}
    </>
  )
}
