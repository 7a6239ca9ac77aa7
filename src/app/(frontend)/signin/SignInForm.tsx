'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'

import { submitSignIn, type SignInFormState } from './actions'

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(submitSignIn, { email: '', message: notice })
  return (
    <form action={action} className="stacked-form">
      <FormMessage error={state.error} message={state.message} />
      <input name="next" type="hidden" value={next ?? ''} />
      <Field autoComplete="email" defaultValue={state.email} label="Email" name="email" required type="email" />
      <Field autoComplete="current-password" label="Password" name="password" type="password" />
      <button disabled={pending} name="intent" type="submit" value="signin">
        Sign in
      </button>
      {state.unverified && (
        <button className="secondary" disabled={pending} name="intent" type="submit" value="resend">
          Send me a new confirmation link
        </button>
      )}
      <p>
        <Link href="/forgot-password">Forgot your password?</Link> · New here? <Link href="/signup">Join for free</Link>.
      </p>
    </form>
  )
}
