'use client'

import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { askForEmailChange, type EmailChangeFormState } from './actions'

export function EmailChangeForm() {
  const [state, action, pending] = useActionState<EmailChangeFormState, FormData>(askForEmailChange, { errors: {} })
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage error={state.errors.form} />
      <Field
        autoComplete="email"
        defaultValue={state.values?.newEmail}
        error={state.errors.email}
        label="New email address"
        name="newEmail"
        required
        type="email"
      />
      <Field
        autoComplete="current-password"
        error={state.errors.currentPassword}
        label="Your current password"
        name="currentPassword"
        required
        type="password"
      />
      <Button className="self-start" disabled={pending} type="submit">
        Send a confirmation link
      </Button>
    </form>
  )
}
