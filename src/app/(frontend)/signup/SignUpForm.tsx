'use client'

import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'
import type { PolicyToAccept } from '@/accounts/signup'

import { submitSignUp, type SignUpFormState } from './actions'

type Props = { role: string; roleLabel: string; policies: PolicyToAccept[]; minimumPasswordLength: number }

export function SignUpForm({ role, roleLabel, policies, minimumPasswordLength }: Props) {
  const [state, action, pending] = useActionState<SignUpFormState, FormData>(submitSignUp, { errors: {}, values: {} })
  const { errors, values } = state
  const problems = Object.keys(errors).length

  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage error={errors.form ?? (problems ? `Please fix ${problems === 1 ? 'the problem' : `the ${problems} problems`} below.` : undefined)} />
      <input name="role" type="hidden" value={role} />
      {errors.role && <p className="field-error">{errors.role}</p>}
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
      <fieldset>
        <legend>Policies every {roleLabel} accepts</legend>
        {policies.length === 0 && <p>There are no policies to accept yet.</p>}
        {policies.map((policy) => {
          const name = `accept-${policy.slug}`
          return (
            <div className="checkbox" key={policy.slug}>
              <input
                aria-describedby={errors[name] ? `${name}-error` : undefined}
                aria-invalid={errors[name] ? true : undefined}
                id={name}
                name={name}
                type="checkbox"
                value={policy.versionNumber}
              />
              <label htmlFor={name}>
                I have read and accept the{' '}
                <a href={`/policies/${policy.slug}/versions/${policy.versionNumber}`} rel="noopener" target="_blank">
                  {policy.title} (version {policy.versionNumber}, opens in a new tab)
                </a>
              </label>
              {errors[name] && (
                <p className="field-error" id={`${name}-error`}>
                  {errors[name]}
                </p>
              )}
            </div>
          )
        })}
      </fieldset>
      <button disabled={pending} type="submit">
        {pending ? 'Creating your account…' : 'Create my account'}
      </button>
    </form>
  )
}
