import { defaultTimezones } from 'payload/shared'

import { isTimeZone } from './languages'

/** Where the platform's events usually happen, when nobody chose otherwise: the seeds' network is in the United States. */
const fallbackTimeZone = 'America/Chicago'

/**
 * The zones an event or an organisation can be set to: the list Payload's date fields offer
 * beside the time (`timezone: true`), so an organisation's choice is always one the event form
 * accepts.
 */
export const eventTimeZones: readonly { label: string; value: string }[] = defaultTimezones

const isOffered = (zone: string) => eventTimeZones.some(({ value }) => value === zone)

/**
 * The zone new events start in (SITE_TIME_ZONE, an IANA name such as Europe/Berlin). A name the
 * runtime does not know, or one the event form does not offer, stops the server at start with the
 * setting named, instead of events silently published in the wrong zone or refused at save.
 */
export function siteTimeZone(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_TIME_ZONE?.trim()
  if (!value) return fallbackTimeZone
  if (!isTimeZone(value))
    throw new Error(`SITE_TIME_ZONE is not a time zone this server knows: "${value}". Use an IANA name, e.g. America/New_York or Europe/London.`)
  if (!isOffered(value))
    throw new Error(
      `SITE_TIME_ZONE "${value}" is not one of the zones the event form offers. Use the main zone of that region, e.g. Europe/Berlin for Paris or America/New_York for Toronto.`,
    )
  return value
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>()

/** What a clock in `zone` reads at `instant`, written as if that reading were UTC. */
function wallClockAt(instant: number, zone: string): number {
  let format = wallClockFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    wallClockFormats.set(zone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]))
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
}

/**
 * The moment a clock in `to` reads what a clock in `from` read at `instant`: 17:00 in Berlin
 * becomes 17:00 in Chicago. Someone who typed a time and then picked the zone meant that time in
 * that zone. Checked twice because the offset may change between the two guesses.
 */
export function keepWallClock(instant: string, from: string, to: string): string {
  const time = new Date(instant).getTime()
  if (Number.isNaN(time) || from === to) return instant
  const milliseconds = ((time % 1000) + 1000) % 1000
  // How far the clock in `to` is ahead of UTC at `at` (whole minutes; Intl reads whole seconds).
  const offset = (at: number) => wallClockAt(at, to) - (at - milliseconds)
  const wallClock = wallClockAt(time, from) + milliseconds
  const guess = wallClock - offset(wallClock)
  return new Date(wallClock - offset(guess)).toISOString()
}
