'use client'

import { useActionState } from 'react'

import { Field } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { changePause, type PauseFormState } from './actions'

/** Pause with an optional end date, or resume when paused. */
export function PauseForm({ paused }: { paused: boolean }) {
  const [state, action, pending] = useActionState<PauseFormState, FormData>(changePause, {})
  if (paused) {
    return (
      <form action={action}>
        <input name="pause" type="hidden" value="no" />
        <Button disabled={pending} type="submit">
          Resume now
        </Button>
      </form>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-4 sm:flex-row sm:items-end">
      <input name="pause" type="hidden" value="yes" />
      <Field
        className="sm:max-w-xs sm:flex-1"
        error={state.error}
        hint="Optional. Leave empty to pause until you resume."
        label="Pause until (inclusive)"
        name="until"
        type="date"
      />
      <Button className="self-start sm:self-end" disabled={pending} type="submit" variant="outline">
        Pause my involvement
      </Button>
    </form>
  )
}
