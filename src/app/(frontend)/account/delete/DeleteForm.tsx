'use client'

import { useActionState } from 'react'

import { Field } from '@/components/forms/Field'

import { submitDeletion, type DeleteFormState } from './actions'

export function DeleteForm() {
  const [state, action, pending] = useActionState<DeleteFormState, FormData>(submitDeletion, {})
  return (
    <form action={action} className="stacked-form">
      <Field autoComplete="current-password" error={state.error} label="Your password" name="password" required type="password" />
      <button className="danger" disabled={pending} type="submit">
        Delete my account for good
      </button>
    </form>
  )
}
