'use client'

import { Plus, X } from 'lucide-react'
import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { describedBy, ErrorText, Field, FormMessage, HintText } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { availabilityLimits, meetingLengths, weekdayLabels, weekdays } from '@/meetings/availability'
import { meetingKinds } from '@/meetings/options'
import { meetingLimits } from '@/schemas/meetings'

import { saveAvailability, type AvailabilityFormState } from './actions'
import { spareAway, spareWindows, type AvailabilityValues, type AwayRow, type WindowRow } from './form-values'

type Props = { initial: AvailabilityValues; timeZones: Array<{ value: string; label: string }>; guessTimeZone: boolean }

const noSubscription = () => () => {}
/** True once React runs in the browser: buttons that need JavaScript appear only then. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

/** Rows as shown: the filled ones as sent (remembering their place in what was sent, which errors name), then empty spares. */
type Shown<T> = { key: string; row: T; sent: number | null }

function shownRows<T extends Record<string, string>>(rows: T[], empty: T, spare: number): Shown<T>[] {
  const filled = rows.map((row, sent) => ({ key: `sent-${sent}`, row, sent })).filter(({ row }) => Object.values(row).some(Boolean))
  const spares = Array.from({ length: spare }, (_, index) => ({ key: `spare-${index}`, row: { ...empty }, sent: null }))
  return [...filled, ...spares]
}

export function AvailabilityForm({ initial, timeZones, guessTimeZone }: Props) {
  const [state, action, pending] = useActionState(saveAvailability, { errors: {}, version: 0 } satisfies AvailabilityFormState)
  const values = state.values ?? initial
  // A fresh form for each answer, so every field starts from what the server sent back.
  return (
    <Fields
      key={state.version}
      state={state}
      values={values}
      action={action}
      pending={pending}
      timeZones={timeZones}
      guessTimeZone={guessTimeZone && !state.values}
    />
  )
}

function Fields({
  state,
  values,
  action,
  pending,
  timeZones,
  guessTimeZone,
}: {
  state: AvailabilityFormState
  values: AvailabilityValues
  action: (form: FormData) => void
  pending: boolean
  timeZones: Props['timeZones']
  guessTimeZone: boolean
}) {
  const errors = state.errors
  const hydrated = useHydrated()
  const [windows, setWindows] = useState(() => shownRows<WindowRow>(values.windows, { weekday: '', start: '', end: '' }, spareWindows))
  const [away, setAway] = useState(() => shownRows<AwayRow>(values.away, { from: '', to: '' }, spareAway))
  const [kind, setKind] = useState(values.placeKind)
  const zone = useRef<HTMLSelectElement>(null)
  const added = useRef(0)

  useEffect(() => {
    // Nothing saved yet: start from the browser's zone when it is one of the choices.
    if (!guessTimeZone || !zone.current) return
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (timeZones.some((choice) => choice.value === browser)) zone.current.value = browser
  }, [guessTimeZone, timeZones])

  const addWindow = () => setWindows((rows) => [...rows, { key: `added-${added.current++}`, row: { weekday: '', start: '', end: '' }, sent: null }])
  const addAway = () => setAway((rows) => [...rows, { key: `added-${added.current++}`, row: { from: '', to: '' }, sent: null }])

  const detail = detailText[kind] ?? detailText.video
  const errorCount = Object.keys(errors).length

  return (
    <form action={action} className="mt-6 flex max-w-3xl flex-col gap-6" noValidate>
      <FormMessage
        error={
          errors.form ??
          (errorCount > 0 ? `Nothing was saved: ${errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} a change, shown below.` : undefined)
        }
        message={state.saved ? 'Your booking hours are saved. Students in an accepted mentorship can now book from them.' : undefined}
      />

      <Section title="Your time zone" id="zone">
        <div className="field flex min-w-0 flex-col gap-1.5">
          <Label htmlFor="timeZone">Time zone</Label>
          <HintText name="timeZone" hint="Your hours and away dates are read on this clock. Students see each time on their own clock too." />
          <div className="sm:max-w-sm">
            <Select
              ref={zone}
              id="timeZone"
              name="timeZone"
              defaultValue={values.timeZone}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={describedBy('timeZone', errors.timeZone, true)}
            >
              {timeZones.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </Select>
          </div>
          <ErrorText name="timeZone" error={errors.timeZone} />
        </div>
      </Section>

      <Section
        title="Weekly hours"
        id="windows"
        hint="The times in each week when students may book you. Add more than one window to a day for a break between. To remove one without the Remove button, clear its times."
      >
        <ErrorText name="windows" error={errors.windows} />
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {windows.map(({ key, row, sent }, index) => {
            const name = (field: keyof WindowRow) => `windows.${index}.${field}`
            const error = (field: keyof WindowRow) => (sent === null ? undefined : errors[`windows.${sent}.${field}`])
            const rowErrors = (['weekday', 'start', 'end'] as const).filter((field) => error(field))
            return (
              <li
                key={key}
                className="grid grid-cols-2 items-end gap-x-3 gap-y-2 rounded-lg border border-border p-3 sm:grid-cols-[minmax(9rem,1fr)_8rem_8rem_auto] sm:border-0 sm:p-0"
              >
                <div className="col-span-2 flex min-w-0 flex-col gap-1.5 sm:col-span-1">
                  <Label htmlFor={name('weekday')}>
                    Day<span className="sr-only"> of window {index + 1}</span>
                  </Label>
                  <Select
                    id={name('weekday')}
                    name={name('weekday')}
                    defaultValue={row.weekday}
                    aria-invalid={error('weekday') ? true : undefined}
                    aria-describedby={describedBy(name('weekday'), error('weekday'))}
                  >
                    <option value="">Choose a day</option>
                    {weekdays.map((day) => (
                      <option key={day} value={day}>
                        {weekdayLabels[day]}
                      </option>
                    ))}
                  </Select>
                </div>
                {(['start', 'end'] as const).map((field) => (
                  <div key={field} className="flex min-w-0 flex-col gap-1.5">
                    <Label htmlFor={name(field)}>
                      {field === 'start' ? 'From' : 'Until'}
                      <span className="sr-only"> (window {index + 1})</span>
                    </Label>
                    <Input
                      id={name(field)}
                      name={name(field)}
                      type="time"
                      step={availabilityLimits.timeStep * 60}
                      defaultValue={row[field]}
                      aria-invalid={error(field) ? true : undefined}
                      aria-describedby={describedBy(name(field), error(field))}
                    />
                  </div>
                ))}
                {hydrated && (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="col-span-2 w-full justify-self-end sm:col-span-1 sm:w-10"
                    onClick={() => setWindows((rows) => rows.filter((each) => each.key !== key))}
                  >
                    <X aria-hidden />
                    <span className="sm:sr-only">Remove window {index + 1}</span>
                  </Button>
                )}
                {rowErrors.length > 0 && (
                  <div className="col-span-full flex flex-col gap-1">
                    {rowErrors.map((field) => (
                      <ErrorText key={field} name={name(field)} error={error(field)} />
                    ))}
                  </div>
                )}
              </li>
            )
          })}
        </ol>
        <p className="m-0 text-sm text-muted-foreground">Times are in 5-minute steps. To stay open until midnight, choose 00:00 (12:00 AM) as the end.</p>
        {hydrated && (
          <Button type="button" variant="outline" className="self-start" onClick={addWindow}>
            <Plus aria-hidden />
            Add a window
          </Button>
        )}
      </Section>

      <Section title="Meetings" id="meetings">
        <fieldset className="m-0 flex min-w-0 flex-col gap-2 border-0 p-0" aria-describedby={describedBy('lengths', errors.lengths, true)}>
          <legend className="mb-1 p-0 text-sm font-medium">Lengths you offer</legend>
          <HintText name="lengths" hint="Students choose one of these when they book." />
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {meetingLengths.map((length) => (
              <label key={length} htmlFor={`length-${length}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
                <Checkbox id={`length-${length}`} name="lengths" value={String(length)} defaultChecked={values.lengths.includes(String(length))} />
                {length} minutes
              </label>
            ))}
          </div>
          <ErrorText name="lengths" error={errors.lengths} />
        </fieldset>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {numberFields.map(({ name, label, hint }) => (
            <Field
              key={name}
              name={name}
              label={label}
              hint={hint}
              type="number"
              inputMode="numeric"
              min={availabilityLimits[name].min}
              max={availabilityLimits[name].max}
              defaultValue={values[name]}
              error={errors[name]}
            />
          ))}
        </div>
      </Section>

      <Section title="Days away" id="away" hint="While you are away nobody can book you; your profile stays in the directory as it is. Both days are included.">
        <ErrorText name="away" error={errors.away} />
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {away.map(({ key, row, sent }, index) => {
            const name = (field: keyof AwayRow) => `away.${index}.${field}`
            const error = (field: keyof AwayRow) => (sent === null ? undefined : errors[`away.${sent}.${field}`])
            const rowErrors = (['from', 'to'] as const).filter((field) => error(field))
            return (
              <li
                key={key}
                className="grid grid-cols-1 items-end gap-x-3 gap-y-2 rounded-lg border border-border p-3 sm:grid-cols-[11rem_11rem_auto] sm:justify-start sm:border-0 sm:p-0"
              >
                {(['from', 'to'] as const).map((field) => (
                  <div key={field} className="flex min-w-0 flex-col gap-1.5">
                    <Label htmlFor={name(field)}>
                      {field === 'from' ? 'First day' : 'Last day'}
                      <span className="sr-only"> (away period {index + 1})</span>
                    </Label>
                    <Input
                      id={name(field)}
                      name={name(field)}
                      type="date"
                      defaultValue={row[field]}
                      aria-invalid={error(field) ? true : undefined}
                      aria-describedby={describedBy(name(field), error(field))}
                    />
                  </div>
                ))}
                {hydrated && (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="w-full sm:w-10"
                    onClick={() => setAway((rows) => rows.filter((each) => each.key !== key))}
                  >
                    <X aria-hidden />
                    <span className="sm:sr-only">Remove away period {index + 1}</span>
                  </Button>
                )}
                {rowErrors.length > 0 && (
                  <div className="col-span-full flex flex-col gap-1">
                    {rowErrors.map((field) => (
                      <ErrorText key={field} name={name(field)} error={error(field)} />
                    ))}
                  </div>
                )}
              </li>
            )
          })}
        </ol>
        {hydrated && (
          <Button type="button" variant="outline" className="self-start" onClick={addAway}>
            <Plus aria-hidden />
            Add days away
          </Button>
        )}
      </Section>

      <Section title="How you meet" id="place" hint="Shown only to you and the student of each meeting: never on your profile or in the directory.">
        <fieldset className="m-0 flex min-w-0 flex-col gap-2 border-0 p-0">
          <legend className="mb-1 p-0 text-sm font-medium">Meetings happen by</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {meetingKinds.map(([value, label]) => (
              <label key={value} htmlFor={`place-${value}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input
                  id={`place-${value}`}
                  type="radio"
                  name="placeKind"
                  value={value}
                  defaultChecked={values.placeKind === value}
                  onChange={() => setKind(value)}
                  className="size-4 accent-primary"
                />
                {label}
              </label>
            ))}
          </div>
          <ErrorText name="placeKind" error={errors['place.kind']} />
        </fieldset>
        <Field
          name="placeDetail"
          label={hydrated ? detail.label : 'Link, call arrangement or place'}
          hint={
            hydrated ? detail.hint : 'Video: the link to your own meeting room (https://…). Phone: how the call happens. In person: the place and its address.'
          }
          maxLength={meetingLimits.whereDetail}
          defaultValue={values.placeDetail}
          error={errors['place.detail']}
        />
      </Section>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save booking hours'}
        </Button>
      </div>
    </form>
  )
}

/** The schedule's four numbers, each with its limits from availabilityLimits. */
const numberFields = [
  { name: 'bufferMinutes', label: 'Break between meetings (minutes)', hint: 'Kept free before and after each meeting.' },
  { name: 'noticeHours', label: 'Minimum notice (hours)', hint: 'How soon from now a meeting may start.' },
  { name: 'horizonDays', label: 'How far ahead (days)', hint: 'How far from today students may book.' },
  { name: 'dailyLimit', label: 'Most meetings in a day', hint: 'Leave it empty for no limit.' },
] as const

const detailText: Record<string, { label: string; hint: string }> = {
  video: { label: 'Your video room link', hint: 'The link to your own meeting room, starting with https://. Students get it with each booking.' },
  phone: { label: 'How the call happens (optional)', hint: 'For example: “I call you; send your number in our messages.” Your email address is never shared.' },
  place: { label: 'Where you meet', hint: 'A café, an office or a campus room, with its address.' },
}

function Section({ title, id, hint, children }: { title: string; id: string; hint?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
      <h2 id={`${id}-heading`} className="m-0 text-lg font-semibold">
        {title}
      </h2>
      {hint && <p className="m-0 max-w-[65ch] text-sm text-muted-foreground">{hint}</p>}
      {children}
    </section>
  )
}
