'use client'

import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitForgotPassword, submitNewPassword, type PasswordFormState } from './actions'

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(submitForgotPassword, {})
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage error={state.error} message={state.message} />
      <Field autoComplete="email" label="Email" name="email" required type="email" />
      <Button className="w-full" disabled={pending} size="lg" type="submit">
        Email me a reset link
      </Button>
    </form>
  )
}

export function NewPasswordForm({ token, minimumLength }: { token: string; minimumLength: number }) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(submitNewPassword, {})
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage error={state.error} />
      <input name="token" type="hidden" value={token} />
      <Field
        autoComplete="new-password"
        error={state.fieldError}
        hint={`At least ${minimumLength} characters.`}
        label="New password"
        name="password"
        required
        type="password"
      />
      <Button className="w-full" disabled={pending} size="lg" type="submit">
        Save my new password
      </Button>
    </form>
  )
}
