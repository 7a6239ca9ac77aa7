'use client'

import { useActionState } from 'react'

import { CheckboxField, FormMessage, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { leave, type LeaveFormState } from './actions'

/**
 * Leaving a programme: an optional note for a mentor's mentees, and a box to tick that says what
 * happens (the confirmation step, which also works without JavaScript).
 */
export function LeaveForm({
  membershipId,
  programName,
  side,
  activeMentorships,
}: {
  membershipId: number | string
  programName: string
  side: 'mentor' | 'mentee'
  activeMentorships: number
}) {
  const [state, action, pending] = useActionState<LeaveFormState, FormData>(leave, { errors: {} })
  const id = (name: string) => `${name}-${membershipId}`
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage error={state.errors.form} />
      <input name="membership" type="hidden" value={String(membershipId)} />
      {side === 'mentor' && (
        <TextareaField
          defaultValue={state.note}
          error={state.errors.note}
          hint={
            activeMentorships > 0
              ? `Optional. We email it to your ${activeMentorships === 1 ? 'mentee' : `${activeMentorships} mentees`} in ${programName} with the news, before your mentorships in it end.`
              : `Optional. Sent to anyone you are mentoring in ${programName} when you leave.`
          }
          id={id('note')}
          label="A note to your mentees"
          maxLength={1000}
          name="note"
          rows={4}
        />
      )}
      <CheckboxField
        error={state.errors.confirmed}
        id={id('confirmed')}
        label={
          side === 'mentor'
            ? `Yes, I am leaving ${programName}: my mentorships and waiting requests in it close, and I leave its mentoring pages.`
            : `Yes, I am leaving ${programName}: my requests in it are withdrawn and my mentorships in it end.`
        }
        name="confirmed"
        value="yes"
      />
      <Button className="self-start" disabled={pending} type="submit" variant="destructive">
        Leave {programName}
      </Button>
    </form>
  )
}
