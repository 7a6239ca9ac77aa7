import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

import { minutesOfClock, weekdayNumbers, type Availability } from './availability'
import {
  DAY,
  HOUR,
  MINUTE,
  clockOf,
  clockOfMinutes,
  dayNumberOf,
  instantAt,
  instantFrom,
  isKnownTimeZone,
  isoDate,
  isoInstant,
  localDays,
  offsetAt,
  placeOfZone,
  wallAt,
} from './zone'

/*
 * Free slots: the meeting times a student may book from a mentor's availability.
 *
 * How slots are laid out (the decision the tests hold us to):
 * - Slots step by the meeting length: they follow one another from the window's start, each the
 *   length plus the buffer after the previous one (30 minutes with a 10-minute buffer: 09:00,
 *   09:40, 10:20 …). After a busy meeting and its buffer, or a skipped hour, the next slot starts
 *   at the next 5-minute mark of the mentor's clock (window times use the same 5-minute steps;
 *   every zone's offset is a whole number of quarter hours, so the viewer's clock agrees).
 * - A window is wall-clock time: 09:00–12:00 is 09:00–12:00 on the mentor's clock on both sides of
 *   a daylight-saving change. A start the clock skips (spring forward) is never offered; a clock
 *   reading shown twice (fall back) is offered once, at its first occurrence; a slot must end by
 *   the first moment the clock reads the window's end.
 * - Notice and horizon count from now in real time; the daily limit counts the mentor's meetings
 *   starting on that day of their clock, and a full day offers nothing; away days remove whole
 *   days of the mentor's clock.
 *
 * The busy meetings are sorted and merged once and swept alongside the grid, which jumps straight
 * to the next free grid time, so the work is linear in days + slots + meetings, with about two
 * offset look-ups per day (one per zone; more only on a day either clock changes).
 */

export interface BusyMeeting {
  startsAt: string | number | Date
  endsAt: string | number | Date
}

export interface FreeSlotsInput {
  availability: Availability
  /** Minutes; one of availability.lengths. */
  length: number
  /** The mentor's meetings that hold time (booked, not cancelled), in UTC. */
  existing: BusyMeeting[]
  now: string | number | Date
  /** The student's (or whoever looks) IANA zone, for the labels. */
  viewerTimeZone: string
}

export interface SlotClock {
  /** 'YYYY-MM-DD' on that zone's clock. */
  date: string
  /** 'HH:MM' on that zone's clock. */
  time: string
}

export interface Slot {
  /** ISO 8601 UTC. */
  startsAt: string
  endsAt: string
  /** Epoch milliseconds of startsAt / endsAt. */
  start: number
  end: number
  /** On the mentor's clock. */
  host: SlotClock
  /** On the viewer's clock. */
  viewer: SlotClock
}

/** Minutes between candidate start times on the mentor's clock. */
const GRID = 5

const instantOf = (value: string | number | Date) => (value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value))

/** Busy intervals widened by the buffer on both sides, sorted and merged: disjoint and in order. */
function busyIntervals(existing: BusyMeeting[], buffer: number): Array<[number, number]> {
  const widened = existing
    .map((meeting): [number, number] => [instantOf(meeting.startsAt) - buffer, instantOf(meeting.endsAt) + buffer])
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const interval of widened) {
    const last = merged[merged.length - 1]
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1])
    else merged.push(interval)
  }
  return merged
}

interface SweepOptions {
  /** Return no slot starting before this instant. */
  from?: number
  /** Stop after this many slots. */
  limit?: number
  /**
   * Whether slots before `from` still push later ones along (true: the same slots freeSlots shows;
   * false: any free grid time at or after `from`, which is what booking a chosen time checks).
   */
  keepLayout?: boolean
}

function checkInput({ availability, length, viewerTimeZone }: FreeSlotsInput) {
  if (!isKnownTimeZone(availability.timeZone)) throw new RangeError(`Unknown time zone for the availability: ${availability.timeZone}`)
  if (!isKnownTimeZone(viewerTimeZone)) throw new RangeError(`Unknown time zone for the viewer: ${viewerTimeZone}`)
  if (!(availability.lengths as readonly number[]).includes(length)) throw new RangeError(`${length}-minute meetings are not offered.`)
}

function sweep(input: FreeSlotsInput, { from = -Infinity, limit = Infinity, keepLayout = true }: SweepOptions = {}): Slot[] {
  checkInput(input)
  const { availability, viewerTimeZone } = input
  const zone = availability.timeZone
  const now = instantOf(input.now)
  const length = input.length * MINUTE
  const buffer = availability.bufferMinutes * MINUTE
  const earliest = now + availability.noticeHours * HOUR
  const latest = now + availability.horizonDays * DAY

  const windowsByWeekday: Array<Array<{ start: number; end: number }>> = [[], [], [], [], [], [], []]
  for (const window of availability.windows) {
    windowsByWeekday[weekdayNumbers[window.weekday]].push({ start: minutesOfClock(window.start), end: minutesOfClock(window.end) })
  }
  for (const windows of windowsByWeekday) windows.sort((a, b) => a.start - b.start)
  const away = availability.away.map(({ from, to }) => [from, to] as const)

  const busy = busyIntervals(input.existing, buffer)
  const meetingStarts = input.existing
    .map((meeting) => instantOf(meeting.startsAt))
    .filter(Number.isFinite)
    .sort((a, b) => a - b)

  const slots: Slot[] = []
  let busyIndex = 0
  let countIndex = 0
  // Slots only move forward: nothing may start before the cursor (a busy meeting, or the last slot
  // and its buffer). Notice does not move it, so the slots stay where they were as time passes.
  let cursor = -Infinity
  const firstShown = Math.max(earliest, from)
  const firstDay = dayNumberOf(wallAt(zone, earliest))
  const lastDay = dayNumberOf(wallAt(zone, latest))
  if (firstDay > lastDay) return slots
  // One day more than needed: each day ends where the next begins.
  const days = localDays(zone, firstDay, lastDay + 1)
  // The viewer's offset at each of the mentor's day boundaries; looked up per slot only when it changes within a day.
  let viewerOffset = offsetAt(viewerTimeZone, instantFrom(days[0], 0))

  for (let index = 0; index + 1 < days.length; index++) {
    const day = days[index]
    const dayStart = instantFrom(day, 0)
    const nextStart = instantFrom(days[index + 1], 0)
    const viewerOffsetAtStart = viewerOffset
    viewerOffset = offsetAt(viewerTimeZone, nextStart)
    const viewerSteady = viewerOffsetAtStart === viewerOffset

    // The daily limit counts every meeting starting on this day of the mentor's clock.
    while (countIndex < meetingStarts.length && meetingStarts[countIndex] < dayStart) countIndex++
    let meetingsToday = 0
    while (countIndex + meetingsToday < meetingStarts.length && meetingStarts[countIndex + meetingsToday] < nextStart) meetingsToday++

    const windows = windowsByWeekday[day.weekday]
    if (windows.length === 0) continue
    if (availability.dailyLimit !== null && meetingsToday >= availability.dailyLimit) continue
    if (away.some(([first, last]) => day.date >= first && day.date <= last)) continue
    const steady = day.before === day.after
    const midnight = day.dayNumber * DAY

    for (const window of windows) {
      const windowEnd = instantFrom(day, window.end)
      for (let minutes = window.start; minutes < window.end; minutes += GRID) {
        if (steady && cursor > midnight + minutes * MINUTE - day.before) {
          // Jump straight to the first grid time at or after the cursor.
          const behind = cursor - (midnight + window.start * MINUTE - day.before)
          minutes = window.start + Math.ceil(behind / (GRID * MINUTE)) * GRID
          if (minutes >= window.end) break
        }
        const start = instantAt(day, minutes)
        if (start === null || start < cursor) continue
        if (start > latest) return slots
        const end = start + length
        if (end > windowEnd) break
        while (busyIndex < busy.length && busy[busyIndex][1] <= start) busyIndex++
        const blocking = busy[busyIndex]
        if (blocking && blocking[0] < end) {
          cursor = blocking[1]
          continue
        }
        // A slot too soon to offer, or before the time asked about, is not returned; it still pushes
        // the next one along when the layout counts, so every caller sees the same slots.
        const shown = start >= firstShown
        if (shown || keepLayout) cursor = end + buffer
        if (!shown) continue
        const viewerWall = start + (viewerSteady ? viewerOffsetAtStart : offsetAt(viewerTimeZone, start))
        slots.push({
          startsAt: isoInstant(start),
          endsAt: isoInstant(end),
          start,
          end,
          host: { date: day.date, time: clockOfMinutes(minutes) },
          viewer: { date: isoDate(dayNumberOf(viewerWall)), time: clockOf(viewerWall) },
        })
        if (slots.length >= limit) return slots
      }
    }
  }
  return slots
}

/** Every free slot of `length` minutes from now to the horizon, in order. */
export function freeSlots(input: FreeSlotsInput): Slot[] {
  return sweep(input)
}

/**
 * The next `count` free slots starting at or after `after`: what to show a student whose chosen
 * slot was just taken (pass the winner's meeting among `existing`).
 */
export function nextFreeSlots(input: FreeSlotsInput & { after: string | number | Date; count?: number }): Slot[] {
  return sweep(input, { from: instantOf(input.after), limit: input.count ?? 3 })
}

/**
 * The free slot starting exactly at `startsAt`, or null: what booking checks before it writes. Any
 * free start on the grid counts, not only the slots freeSlots shows now, so a slot a student saw a
 * moment ago stays bookable even if a meeting booked elsewhere has moved the slots after it.
 */
export function findFreeSlot(input: FreeSlotsInput, startsAt: string | number | Date): Slot | null {
  const start = instantOf(startsAt)
  if (!Number.isFinite(start)) return null
  const [slot] = sweep(input, { from: start, limit: 1, keepLayout: false })
  return slot && slot.start === start ? slot : null
}

/** The parts of a slot's label: the viewer's day and time first, the mentor's clock beside it. */
export interface SlotLabel {
  /** 'Tue 3 Mar, 14:30' on the viewer's clock. */
  viewer: string
  /** '09:30' on the mentor's clock, with the day when it differs from the viewer's ('Wed 4 Mar, 00:30'). */
  host: string
  /** Whether both clocks read the same at that moment (then one label is enough). */
  sameClock: boolean
  /** 'Tue 3 Mar, 14:30 (your time) · 09:30 in New York' */
  text: string
}

/** Labels for a slot (or any meeting time) in the viewer's zone with the mentor's beside it. */
export function slotLabel(startsAt: string | number | Date, { viewerTimeZone, hostTimeZone }: { viewerTimeZone: string; hostTimeZone: string }): SlotLabel {
  const instant = instantOf(startsAt)
  const inViewer = new TZDate(instant, viewerTimeZone)
  const inHost = new TZDate(instant, hostTimeZone)
  const viewer = format(inViewer, 'EEE d MMM, HH:mm')
  const sameDay = format(inViewer, 'yyyy-MM-dd') === format(inHost, 'yyyy-MM-dd')
  const host = sameDay ? format(inHost, 'HH:mm') : format(inHost, 'EEE d MMM, HH:mm')
  const sameClock = format(inViewer, 'yyyy-MM-dd HH:mm') === format(inHost, 'yyyy-MM-dd HH:mm')
  const text = sameClock ? viewer : `${viewer} (your time) · ${host} in ${placeOfZone(hostTimeZone)}`
  return { viewer, host, sameClock, text }
}
