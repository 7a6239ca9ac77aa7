'use client'

import { useActionState } from 'react'

import { Field } from '@/components/forms/Field'

import { changePause, type PauseFormState } from './actions'

/** Pause with an optional end date, or resume when paused. */
export function PauseForm({ paused }: { paused: boolean }) {
  const [state, action, pending] = useActionState<PauseFormState, FormData>(changePause, {})
  if (paused) {
    return (
      <form action={action} className="stacked-form">
        <input name="pause" type="hidden" value="no" />
        <button disabled={pending} type="submit">
          Resume now
        </button>
      </form>
    )
  }
  return (
    <form action={action} className="stacked-form">
      <input name="pause" type="hidden" value="yes" />
      <Field error={state.error} hint="Optional. Leave empty to pause until you resume." label="Pause until (inclusive)" name="until" type="date" />
      <button className="secondary" disabled={pending} type="submit">
        Pause my involvement
      </button>
    </form>
  )
}
