import type { Slot } from '@/meetings/slots'
import { placeOfZone } from '@/meetings/zone'
import type { SlotChoice, SlotDay } from '@/components/meetings/SlotPicker'

/*
 * The booking step's slots, labelled and paged for the request page: the viewer's day and time,
 * the mentor's clock beside it, a week's worth of days with free times at once.
 */

/** How many days with free times one page of the picker shows. */
export const daysPerPage = 7

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })

/** 'YYYY-MM-DD' → 'Tue 3 Mar'. */
const dayLabel = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`))

/** A slot as the picker shows it; the mentor's clock (in `hostTimeZone`) beside the viewer's when they differ. */
export function slotChoice(slot: Slot, hostTimeZone: string): SlotChoice {
  const sameDay = slot.host.date === slot.viewer.date
  const sameClock = sameDay && slot.host.time === slot.viewer.time
  const host = sameDay ? slot.host.time : `${dayLabel(slot.host.date)}, ${slot.host.time}`
  return {
    startsAt: slot.startsAt,
    day: dayLabel(slot.viewer.date),
    time: slot.viewer.time,
    otherClock: sameClock ? null : `${host} in ${placeOfZone(hostTimeZone)}`,
  }
}

export type SlotPage = { days: SlotDay[]; earlier: string | null; later: string | null; total: number }

/**
 * The days with free slots from `from` (a 'YYYY-MM-DD' of the viewer's clock; the first day when
 * absent), `daysPerPage` of them, with where the pages before and after begin.
 */
export function slotPage(slots: Slot[], hostTimeZone: string, from?: string | null): SlotPage {
  const days: SlotDay[] = []
  for (const slot of slots) {
    const last = days.at(-1)
    const choice = slotChoice(slot, hostTimeZone)
    if (last && last.date === slot.viewer.date) last.slots.push(choice)
    else days.push({ date: slot.viewer.date, day: choice.day, slots: [choice] })
  }
  const found = from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? days.findIndex((day) => day.date >= from) : 0
  const start = found < 0 ? Math.max(0, days.length - daysPerPage) : found
  return {
    days: days.slice(start, start + daysPerPage),
    earlier: start > 0 ? days[Math.max(0, start - daysPerPage)].date : null,
    later: days[start + daysPerPage]?.date ?? null,
    total: days.length,
  }
}
