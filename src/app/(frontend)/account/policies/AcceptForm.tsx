'use client'

import { useActionState } from 'react'

import { FormMessage } from '@/components/forms/Field'

import { submitAcceptance, type AcceptFormState } from './actions'

type Props = { policies: { slug: string; title: string; currentVersion: number }[] }

export function AcceptForm({ policies }: Props) {
  const [state, action, pending] = useActionState<AcceptFormState, FormData>(submitAcceptance, { errors: {} })
  const problems = Object.keys(state.errors).length
  return (
    <form action={action} className="stacked-form">
      <FormMessage error={problems ? 'Please accept every updated policy to continue.' : undefined} />
      <fieldset>
        <legend>Your acceptance</legend>
        {policies.map((policy) => {
          const name = `accept-${policy.slug}`
          return (
            <div className="checkbox" key={policy.slug}>
              <input aria-describedby={state.errors[name] ? `${name}-error` : undefined} id={name} name={name} type="checkbox" value={policy.currentVersion} />
              <label htmlFor={name}>
                I have read and accept version {policy.currentVersion} of the {policy.title}
              </label>
              {state.errors[name] && (
                <p className="field-error" id={`${name}-error`}>
                  {state.errors[name]}
                </p>
              )}
            </div>
          )
        })}
      </fieldset>
      <button disabled={pending} type="submit">
        Accept and continue
      </button>
    </form>
  )
}
