import { Check } from 'lucide-react'

import { cn } from '@/lib/cn'

/*
 * Free slots as radio buttons, one fieldset per day of the viewer's clock. Each slot reads as the
 * viewer's time with the mentor's clock beside it when the two differ ("14:30 · 09:30 in New York").
 * The radios stay real radios (keyboard, screen readers, no JavaScript); only their look is a button.
 */

/** One slot, labelled for the viewer: what the page hands the picker (plain data, no dates). */
export type SlotChoice = {
  /** ISO 8601 UTC, the value the booking form sends. */
  startsAt: string
  /** 'Tue 3 Mar' on the viewer's clock. */
  day: string
  /** '14:30' on the viewer's clock. */
  time: string
  /** '09:30 in New York' (with the day when it differs), or null when both clocks read the same. */
  otherClock: string | null
}

export type SlotDay = { date: string; day: string; slots: SlotChoice[] }

/** Slots grouped by the viewer's day, in order. */
export function groupSlotsByDay(slots: SlotChoice[]): SlotDay[] {
  const days: SlotDay[] = []
  for (const slot of slots) {
    const last = days.at(-1)
    if (last && last.day === slot.day) last.slots.push(slot)
    else days.push({ date: slot.day, day: slot.day, slots: [slot] })
  }
  return days
}

type Props = {
  days: SlotDay[]
  /** Prefix of the radios' ids, unique on the page. */
  idPrefix: string
  name?: string
  selected?: string
  /** The id of an error or hint the radios are described by. */
  describedBy?: string
}

export function SlotPicker({ days, idPrefix, name = 'startsAt', selected, describedBy }: Props) {
  return (
    <div className="flex flex-col gap-4" data-testid="slot-picker">
      {days.map((day) => (
        <fieldset key={day.date} className="m-0 min-w-0 border-0 p-0" data-testid="slot-day">
          <legend className="mb-2 p-0 text-sm font-semibold">{day.day}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {day.slots.map((slot) => {
              const id = `${idPrefix}-${slot.startsAt.replace(/[^0-9]/g, '')}`
              return (
                <label
                  key={slot.startsAt}
                  htmlFor={id}
                  className={cn(
                    'group relative flex min-h-11 cursor-pointer flex-col justify-center rounded-md border border-input bg-background px-3 py-1.5 text-foreground shadow-xs transition-colors hover:bg-accent hover:text-accent-foreground',
                    'has-[:checked]:border-2 has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground',
                    'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring',
                  )}
                >
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={slot.startsAt}
                    defaultChecked={selected === slot.startsAt}
                    required
                    aria-describedby={describedBy}
                    className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-md opacity-0"
                  />
                  <span className="flex items-center gap-1.5 font-medium tabular-nums">
                    <Check aria-hidden className="hidden size-4 shrink-0 group-has-[:checked]:block" />
                    {slot.time}
                  </span>
                  {slot.otherClock && (
                    <span className="text-xs text-muted-foreground group-has-[:checked]:text-primary-foreground">
                      <span className="sr-only"> · </span>
                      {slot.otherClock}
                    </span>
                  )}
                </label>
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}
