'use client'

import { useActionState } from 'react'

import { ErrorText, FormMessage, TextareaField } from '@/components/forms/Field'
import { groupSlotsByDay, SlotPicker, type SlotDay } from '@/components/meetings/SlotPicker'
import { Button } from '@/components/ui/button'
import { meetingLimits } from '@/schemas/meetings'

import { bookingAction, type BookingActionState, type BookingMode } from './booking-actions'

const initial: BookingActionState = { errors: {} }

type Props = {
  requestId: number | string
  mode: BookingMode
  /** The meeting being moved (mode 'move'). */
  meetingId?: number | string
  length: number
  timeZone: string
  hostTimeZone: string
  days: SlotDay[]
  submitLabel: string
  noteLabel: string
  noteHint: string
}

/** Choose one free time (and say what it is for), then book, propose, accept as a session or move. */
export function BookingForm({ requestId, mode, meetingId, length, timeZone, hostTimeZone, days, submitLabel, noteLabel, noteHint }: Props) {
  const [state, action, pending] = useActionState(bookingAction, initial)
  const next = state.nextSlots?.length ? groupSlotsByDay(state.nextSlots) : null
  const idPrefix = `slot-${mode}`
  const timeError = state.errors.startsAt ?? state.errors.length ?? state.errors.timeZone
  return (
    <form action={action} className="flex flex-col gap-5" data-testid={`booking-form-${mode}`}>
      {next ? (
        <div role="alert" className="flex flex-col gap-3 rounded-lg border-2 border-warning p-3 sm:p-4">
          <p className="m-0 font-medium">Someone has just booked that time. Here are the next free ones.</p>
          <SlotPicker days={next} idPrefix={`${idPrefix}-next`} />
        </div>
      ) : (
        <FormMessage error={state.errors.form} />
      )}
      <input type="hidden" name="request" value={String(requestId)} />
      <input type="hidden" name="mode" value={mode} />
      {meetingId != null && <input type="hidden" name="meeting" value={String(meetingId)} />}
      <input type="hidden" name="length" value={String(length)} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="hostTimeZone" value={hostTimeZone} />

      <div className="flex flex-col gap-2">
        {next && <p className="m-0 text-sm font-medium text-muted-foreground">Or another time</p>}
        <SlotPicker days={days} idPrefix={idPrefix} selected={state.values?.startsAt} describedBy={timeError ? `${idPrefix}-error` : undefined} />
        <ErrorText name={idPrefix} error={timeError} />
      </div>

      <TextareaField
        name="note"
        id={`${idPrefix}-note`}
        label={noteLabel}
        hint={noteHint}
        rows={3}
        maxLength={mode === 'move' ? meetingLimits.changeNote : meetingLimits.note}
        error={state.errors.note}
        defaultValue={state.values?.note}
      />
      <Button type="submit" disabled={pending} className="min-h-11 self-start">
        {submitLabel}
      </Button>
    </form>
  )
}
