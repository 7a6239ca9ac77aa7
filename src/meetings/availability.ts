/*
 * A Mentor's or Connector's availability: when students may book them, in the mentor's own time
 * zone. The input schema is src/schemas/availability.ts; slots are worked out in ./slots.ts.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/** Date#getUTCDay numbering (0 = Sunday) of each weekday. */
export const weekdayNumbers: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }

/** The meeting lengths a mentor may offer, in minutes. */
export const meetingLengths = [15, 20, 30, 45, 60, 90] as const
export type MeetingLength = (typeof meetingLengths)[number]

export const availabilityLimits = {
  windows: 35,
  away: 30,
  /** Window times are multiples of this many minutes. */
  timeStep: 5,
  bufferMinutes: { min: 0, max: 120 },
  noticeHours: { min: 0, max: 336 },
  horizonDays: { min: 1, max: 180 },
  dailyLimit: { min: 1, max: 20 },
} as const

/** A weekly window: on `weekday`, from `start` to `end` ('HH:MM', 24-hour; `end` may be '24:00'). */
export interface AvailabilityWindow {
  weekday: Weekday
  start: string
  end: string
}

/** Days away, local dates 'YYYY-MM-DD', both included. They pause booking, not the profile. */
export interface AwayRange {
  from: string
  to: string
}

export interface Availability {
  /** The mentor's IANA time zone; windows and away dates are read on its clock. */
  timeZone: string
  windows: AvailabilityWindow[]
  lengths: MeetingLength[]
  /** Kept free before and after every meeting. */
  bufferMinutes: number
  /** How soon a meeting may start, counted from now. */
  noticeHours: number
  /** How far ahead a meeting may start, counted from now. */
  horizonDays: number
  /** Meetings per local day at most; null for no limit. */
  dailyLimit: number | null
  away: AwayRange[]
}

/** Where a new profile's availability starts: no windows yet, so nothing is bookable. */
export function defaultAvailability(timeZone: string): Availability {
  return { timeZone, windows: [], lengths: [30], bufferMinutes: 10, noticeHours: 24, horizonDays: 42, dailyLimit: 3, away: [] }
}

/** 'HH:MM' → minutes after midnight ('24:00' → 1440). */
export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  return hours * 60 + minutes
}

export { clockOfMinutes } from './zone'
