'use client'

import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitPasswordChange, type PasswordFormState } from './actions'

export function PasswordChangeForm({ minimumLength }: { minimumLength: number }) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(submitPasswordChange, { errors: {} })
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage error={state.errors.form} />
      <Field autoComplete="current-password" error={state.errors.currentPassword} label="Current password" name="currentPassword" required type="password" />
      <Field
        autoComplete="new-password"
        error={state.errors.password}
        hint={`At least ${minimumLength} characters; a short sentence works well.`}
        label="New password"
        minLength={minimumLength}
        name="password"
        required
        type="password"
      />
      <Button className="self-start" disabled={pending} type="submit">
        Change my password
      </Button>
    </form>
  )
}
