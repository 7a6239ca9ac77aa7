/**
 * Event times as people at the event read them: in the host's time zone, named, with the same
 * moment in UTC for readers elsewhere. Stored times are UTC; only the zone name comes with them.
 */

const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; parts: Intl.DateTimeFormat }>()

/** The zone if this runtime knows it, otherwise UTC (an old record, a zone renamed since). */
export function knownZone(zone: string | null | undefined): string {
  if (!zone) return 'UTC'
  try {
    formatsFor(zone)
    return zone
  } catch {
    return 'UTC'
  }
}

function formatsFor(zone: string) {
  let cached = formats.get(zone)
  if (!cached) {
    cached = {
      day: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
      time: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
      parts: new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZone: zone,
      }),
    }
    formats.set(zone, cached)
  }
  return cached
}

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value))

/** "Friday 4 December 2026" (no comma after the weekday, as the site writes dates). */
export function formatDay(value: string | Date, zone?: string | null): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = formatsFor(knownZone(zone)).day.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
}

/** "18:00", on the 24-hour clock. */
export function formatClock(value: string | Date, zone?: string | null): string {
  const date = toDate(value)
  return Number.isNaN(date.getTime()) ? '' : formatsFor(knownZone(zone)).time.format(date)
}

/**
 * "Friday 4 December 2026, 18:00–19:30 (America/Chicago)". Both ends are read in the starting
 * zone, so a range never mixes clocks; an event over midnight names both days.
 */
export function formatEventTime(startsAt: string, endsAt: string | null | undefined, zone?: string | null): string {
  const name = knownZone(zone)
  const startDay = formatDay(startsAt, name)
  if (!startDay) return ''
  const start = `${startDay}, ${formatClock(startsAt, name)}`
  const endDay = endsAt ? formatDay(endsAt, name) : ''
  if (!endDay) return `${start} (${name})`
  const end = endDay === startDay ? formatClock(endsAt!, name) : `${endDay}, ${formatClock(endsAt!, name)}`
  return endDay === startDay ? `${start}–${end} (${name})` : `${start} – ${end} (${name})`
}

/** How far the zone's clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    formatsFor(zone)
      .parts.formatToParts(new Date(instant))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  )
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/**
 * The moment a calendar day ("2026-12-04") begins in `zone`, for matching events to the day
 * their own page shows. Checked twice because the offset may change on that very day.
 */
export function startOfDayIn(day: string, zone?: string | null): Date {
  const name = knownZone(zone)
  const [year, month, date] = day.split('-').map(Number)
  const midnightUtc = Date.UTC(year, month - 1, date)
  let instant = midnightUtc - offsetAt(midnightUtc, name)
  instant = midnightUtc - offsetAt(instant, name)
  return new Date(instant)
}
