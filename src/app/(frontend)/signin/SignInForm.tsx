'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitSignIn, type SignInFormState } from './actions'

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(submitSignIn, { email: '', message: notice })
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage error={state.error} message={state.message} />
      <input name="next" type="hidden" value={next ?? ''} />
      <Field autoComplete="email" defaultValue={state.email} label="Email" name="email" required type="email" />
      <Field autoComplete="current-password" label="Password" name="password" type="password" />
      <div className="flex flex-col gap-3">
        <Button className="w-full" disabled={pending} name="intent" size="lg" type="submit" value="signin">
          Sign in
        </Button>
        {state.unverified && (
          <Button className="w-full" disabled={pending} name="intent" type="submit" value="resend" variant="outline">
            Send me a new confirmation link
          </Button>
        )}
      </div>
      <p className="m-0 flex flex-wrap justify-between gap-2 text-sm">
        <Link className="font-medium" href="/forgot-password">
          Forgot your password?
        </Link>
        <span className="text-muted-foreground">
          New here?{' '}
          <Link className="font-medium" href="/signup">
            Join for free
          </Link>
          .
        </span>
      </p>
    </form>
  )
}
