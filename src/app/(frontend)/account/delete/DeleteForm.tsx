'use client'

import { useActionState } from 'react'

import { Field } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitDeletion, type DeleteFormState } from './actions'

export function DeleteForm() {
  const [state, action, pending] = useActionState<DeleteFormState, FormData>(submitDeletion, {})
  return (
    <form action={action} className="flex flex-col gap-5">
      <Field autoComplete="current-password" error={state.error} label="Your password" name="password" required type="password" />
      <Button className="self-start" disabled={pending} type="submit" variant="destructive">
        Delete my account for good
      </Button>
    </form>
  )
}
