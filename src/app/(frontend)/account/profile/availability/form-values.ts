import type { Availability } from '@/meetings/availability'
import type { MeetingPlace } from '@/schemas/meetings'

/*
 * The booking-hours form as typed: every row as it was sent (empty ones too), so a refused save
 * shows exactly what the member wrote, and the schedule saveSchedule reads, without empty rows.
 */

export type WindowRow = { weekday: string; start: string; end: string }
export type AwayRow = { from: string; to: string }

export interface AvailabilityValues {
  timeZone: string
  windows: WindowRow[]
  lengths: string[]
  bufferMinutes: string
  noticeHours: string
  horizonDays: string
  dailyLimit: string
  away: AwayRow[]
  placeKind: string
  placeDetail: string
}

/** Empty rows offered under the filled ones, so a new window or away period can be added without JavaScript. */
export const spareWindows = 3
export const spareAway = 2

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()

/** Rows named `<list>.<n>.<field>`, in the order of n, as sent. */
function rows<T extends Record<string, string>>(form: FormData, list: string, fields: (keyof T & string)[]): T[] {
  const indexes = new Set<number>()
  for (const key of form.keys()) {
    const match = new RegExp(`^${list}\\.(\\d+)\\.`).exec(key)
    if (match) indexes.add(Number(match[1]))
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .slice(0, 100)
    .map((index) => Object.fromEntries(fields.map((field) => [field, text(form, `${list}.${index}.${field}`)])) as T)
}

export function valuesOf(form: FormData): AvailabilityValues {
  return {
    timeZone: text(form, 'timeZone'),
    windows: rows<WindowRow>(form, 'windows', ['weekday', 'start', 'end']),
    lengths: form.getAll('lengths').map(String),
    bufferMinutes: text(form, 'bufferMinutes'),
    noticeHours: text(form, 'noticeHours'),
    horizonDays: text(form, 'horizonDays'),
    dailyLimit: text(form, 'dailyLimit'),
    away: rows<AwayRow>(form, 'away', ['from', 'to']),
    placeKind: text(form, 'placeKind'),
    placeDetail: text(form, 'placeDetail'),
  }
}

const isEmptyWindow = (row: WindowRow) => !row.weekday && !row.start && !row.end
const isEmptyAway = (row: AwayRow) => !row.from && !row.to

/**
 * What saveSchedule reads, and for each kept row the row it came from: errors come back keyed by
 * the kept rows' positions ('windows.0.end') and are shown on the row the member typed in.
 */
export function scheduleInput(values: AvailabilityValues) {
  const windowRows = values.windows.map((row, index) => ({ row, index })).filter(({ row }) => !isEmptyWindow(row))
  const awayRows = values.away.map((row, index) => ({ row, index })).filter(({ row }) => !isEmptyAway(row))
  return {
    schedule: {
      timeZone: values.timeZone,
      // A time input cannot show 24:00; midnight as an end means the end of the day.
      windows: windowRows.map(({ row }) => ({ ...row, end: row.end === '00:00' ? '24:00' : row.end })),
      lengths: values.lengths,
      bufferMinutes: values.bufferMinutes,
      noticeHours: values.noticeHours,
      horizonDays: values.horizonDays,
      dailyLimit: values.dailyLimit,
      away: awayRows.map(({ row }) => row),
    },
    place: { kind: values.placeKind, detail: values.placeDetail },
    rowOf: { windows: windowRows.map(({ index }) => index), away: awayRows.map(({ index }) => index) },
  }
}

/** Errors keyed by the saved rows' positions, moved to the rows as the member sees them. */
export function errorsOnRows(errors: Record<string, string>, rowOf: { windows: number[]; away: number[] }): Record<string, string> {
  const moved: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    const match = /^(windows|away)\.(\d+)(\..*)?$/.exec(key)
    const row = match ? rowOf[match[1] as 'windows' | 'away'][Number(match[2])] : undefined
    moved[match && row !== undefined ? `${match[1]}.${row}${match[3] ?? ''}` : key] = message
  }
  return moved
}

/** The form's starting values: what is saved, or a fresh schedule's defaults. */
export function initialValues(schedule: Availability, place: MeetingPlace | null): AvailabilityValues {
  return {
    timeZone: schedule.timeZone,
    windows: schedule.windows.map((window) => ({ ...window, end: window.end === '24:00' ? '00:00' : window.end })),
    lengths: schedule.lengths.map(String),
    bufferMinutes: String(schedule.bufferMinutes),
    noticeHours: String(schedule.noticeHours),
    horizonDays: String(schedule.horizonDays),
    dailyLimit: schedule.dailyLimit == null ? '' : String(schedule.dailyLimit),
    away: schedule.away.map((range) => ({ ...range })),
    placeKind: place?.kind ?? 'video',
    placeDetail: place?.detail ?? '',
  }
}
