import { tzOffset } from '@date-fns/tz'

/*
 * Wall clocks and instants. A "wall" time is a zone's local clock reading written as if it were UTC
 * milliseconds (Date.UTC(year, month, day, hour, minute)); an instant is real UTC milliseconds.
 *
 * Why @date-fns/tz: it is date-fns' own maintained time-zone package, already in the install (Payload's
 * admin uses it), tiny, and it reads the IANA rules from the runtime's Intl data, which Node keeps
 * current. Slot generation needs only "what is this zone's offset at this instant"; everything else
 * here is arithmetic on top of that one question, so a heavier library (luxon) buys us nothing.
 */

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

// Building a formatter costs far more than asking it; a zone, once known, stays known.
const knownZones = new Set<string>()

/** Whether the runtime knows `zone` as an IANA time zone (aliases such as Asia/Calcutta included). */
export function isKnownTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.trim() === '' || /^[+-]\d/.test(zone)) return false
  if (knownZones.has(zone)) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    knownZones.add(zone)
    return true
  } catch {
    return false
  }
}

/** The zone's offset from UTC at `instant`, in milliseconds (New York in winter: -5 hours). */
export function offsetAt(zone: string, instant: number): number {
  const minutes = tzOffset(zone, new Date(instant))
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${zone}`)
  return minutes * MINUTE
}

/** The wall time a zone's clock shows at `instant`. */
export const wallAt = (zone: string, instant: number) => instant + offsetAt(zone, instant)

/** A local date's number: days since 1970-01-01 of its wall midnight. */
export const dayNumberOf = (wall: number) => Math.floor(wall / DAY)

// Date#toISOString is the slowest step of laying out slots; a day's 'YYYY-MM-DD' is worked out once.
const isoDates = new Map<number, string>()

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(dayNumber: number): string {
  let date = isoDates.get(dayNumber)
  if (date === undefined) {
    if (isoDates.size > 20_000) isoDates.clear()
    date = new Date(dayNumber * DAY).toISOString().slice(0, 10)
    isoDates.set(dayNumber, date)
  }
  return date
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value))

/** 'HH:MM' of minutes after midnight. */
export const clockOfMinutes = (minutes: number) => `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`

/** 'HH:MM' of a wall time. */
export const clockOf = (wall: number) => clockOfMinutes(Math.floor((wall - dayNumberOf(wall) * DAY) / MINUTE))

/** The ISO 8601 UTC text of an instant, as Date#toISOString writes it. */
export function isoInstant(instant: number): string {
  if (instant % MINUTE !== 0) return new Date(instant).toISOString()
  return `${isoDate(dayNumberOf(instant))}T${clockOf(instant)}:00.000Z`
}

/** 'YYYY-MM-DD' → day number, or null when it is no real date. */
export function parseIsoDate(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const wall = Date.UTC(year, month - 1, day)
  const check = new Date(wall)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return wall / DAY
}

/**
 * One local day in a zone, with the offsets in force just before and just after it. They differ
 * only around a daylight-saving change, and only then do wall times need resolving one by one.
 */
export interface LocalDay {
  zone: string
  dayNumber: number
  date: string
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
  weekday: number
  before: number
  after: number
}

export function localDay(zone: string, dayNumber: number): LocalDay {
  const midnight = dayNumber * DAY
  // Instants that are surely before this local day begins and after it ends (offsets lie within
  // -12h…+14h), so any change of offset during the day shows as before ≠ after.
  const before = offsetAt(zone, midnight - 14 * HOUR)
  const after = offsetAt(zone, midnight + 36 * HOUR)
  return { zone, dayNumber, date: isoDate(dayNumber), weekday: new Date(midnight).getUTCDay(), before, after }
}

/**
 * The local days `first`…`last` (day numbers) in order, asking the zone one offset per day: the
 * offset 14 hours before a day's wall midnight is in force before that day begins, and the one
 * 34 hours after is in force after it ends for every zone at UTC-10 or east of it (all zones that
 * change their clocks are), so a day's `after` is the `before` of the day after next.
 */
export function localDays(zone: string, first: number, last: number): LocalDay[] {
  const samples: number[] = []
  for (let number = first; number <= last + 2; number++) samples.push(offsetAt(zone, number * DAY - 14 * HOUR))
  const days: LocalDay[] = []
  for (let number = first; number <= last; number++) {
    const midnight = number * DAY
    days.push({
      zone,
      dayNumber: number,
      date: isoDate(number),
      weekday: new Date(midnight).getUTCDay(),
      before: samples[number - first],
      after: samples[number - first + 2],
    })
  }
  return days
}

/**
 * The first instant at which the day's clock shows `minutes` after midnight, or null when the
 * clock skips that reading (spring forward). A reading the clock shows twice (fall back) resolves
 * to its first occurrence, so a repeated hour is never offered twice.
 */
export function instantAt(day: LocalDay, minutes: number): number | null {
  const wall = day.dayNumber * DAY + minutes * MINUTE
  if (day.before === day.after) return wall - day.before
  let first: number | null = null
  for (const offset of [day.before, day.after]) {
    const instant = wall - offset
    if (offsetAt(day.zone, instant) === offset && (first === null || instant < first)) first = instant
  }
  return first
}

/**
 * The first instant at which the day's clock shows `minutes` after midnight or later: where a
 * window ends, or a day begins, when that reading falls in a skipped hour.
 */
export function instantFrom(day: LocalDay, minutes: number): number {
  const exact = instantAt(day, minutes)
  if (exact !== null) return exact
  // Inside a gap: the change itself happens between these two instants; find it to the minute.
  const wall = day.dayNumber * DAY + minutes * MINUTE
  let early = wall - Math.max(day.before, day.after)
  let late = wall - Math.min(day.before, day.after)
  while (late - early > MINUTE) {
    const middle = early + Math.floor((late - early) / 2 / MINUTE) * MINUTE
    if (offsetAt(day.zone, middle) === day.before) early = middle
    else late = middle
  }
  return late
}

/** A readable place name for a zone: America/New_York → New York, America/Argentina/Buenos_Aires → Buenos Aires. */
export function placeOfZone(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC'
  const last = zone.split('/').pop() ?? zone
  return last.replace(/_/g, ' ')
}

/**
 * The zones a time-zone picker offers, sorted by label: "New York (America)". Node's list holds
 * canonical names only (Asia/Calcutta rather than Asia/Kolkata) and no UTC; a browser may report
 * either spelling, and isKnownTimeZone accepts both, so pass the member's current zone as `keep`
 * to have it listed as it is stored.
 */
export function timeZoneChoices(keep?: string | null): Array<{ value: string; label: string }> {
  const zones = new Set(Intl.supportedValuesOf('timeZone'))
  zones.add('UTC')
  if (keep && isKnownTimeZone(keep)) zones.add(keep)
  return [...zones]
    .map((zone) => {
      const region = zone.includes('/') ? zone.split('/')[0] : null
      return { value: zone, label: region ? `${placeOfZone(zone)} (${region})` : placeOfZone(zone) }
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en') || a.value.localeCompare(b.value))
}
