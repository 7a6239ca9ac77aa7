'use client'

import { useActionState } from 'react'

import { ErrorText, Field, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import type { PolicyToAccept } from '@/accounts/signup'

import { submitSignUp, type SignUpFormState } from './actions'

type Props = { role: string; roleLabel: string; policies: PolicyToAccept[]; minimumPasswordLength: number }

export function SignUpForm({ role, roleLabel, policies, minimumPasswordLength }: Props) {
  const [state, action, pending] = useActionState<SignUpFormState, FormData>(submitSignUp, { errors: {}, values: {} })
  const { errors, values } = state
  const problems = Object.keys(errors).length

  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage error={errors.form ?? (problems ? `Please fix ${problems === 1 ? 'the problem' : `the ${problems} problems`} below.` : undefined)} />
      <input name="role" type="hidden" value={role} />
      {errors.role && <p className="field-error m-0 text-sm font-medium text-destructive">{errors.role}</p>}
      <Field
        autoComplete="nickname"
        defaultValue={values.chosenName}
        error={errors.chosenName}
        hint="The only name anyone on the platform sees."
        label="Chosen name"
        name="chosenName"
        required
      />
      <Field
        autoComplete="off"
        defaultValue={values.pronouns}
        error={errors.pronouns}
        hint="Optional, for example she/her or they/them. Leave empty to show none."
        label="Pronouns (optional)"
        name="pronouns"
      />
      <Field autoComplete="email" defaultValue={values.email} error={errors.email} label="Email" name="email" required type="email" />
      <Field
        autoComplete="new-password"
        error={errors.password}
        hint={`At least ${minimumPasswordLength} characters.`}
        label="Password"
        minLength={minimumPasswordLength}
        name="password"
        required
        type="password"
      />
      <fieldset className="m-0 flex min-w-0 flex-col gap-3 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">Policies every {roleLabel} accepts</legend>
        {policies.length === 0 && <p className="m-0 text-sm text-muted-foreground">There are no policies to accept yet.</p>}
        {policies.map((policy) => {
          const name = `accept-${policy.slug}`
          return (
            <div className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1" key={policy.slug}>
              <span className="mt-1 flex">
                <Checkbox
                  aria-describedby={errors[name] ? `${name}-error` : undefined}
                  aria-invalid={errors[name] ? true : undefined}
                  id={name}
                  name={name}
                  value={policy.versionNumber}
                />
              </span>
              <label className="text-sm leading-6" htmlFor={name}>
                I have read and accept the{' '}
                <a
                  className="font-medium underline underline-offset-4"
                  href={`/policies/${policy.slug}/versions/${policy.versionNumber}`}
                  rel="noopener"
                  target="_blank"
                >
                  {policy.title} (version {policy.versionNumber}, opens in a new tab)
                </a>
              </label>
              <div className="col-start-2">
                <ErrorText error={errors[name]} name={name} />
              </div>
            </div>
          )
        })}
      </fieldset>
      <Button className="w-full" disabled={pending} size="lg" type="submit">
        {pending ? 'Creating your account…' : 'Create my account'}
      </Button>
    </form>
  )
}
