'use client'

import { useActionState } from 'react'

import { CheckboxField, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitAcceptance, type AcceptFormState } from './actions'

type Props = { policies: { slug: string; title: string; currentVersion: number }[] }

export function AcceptForm({ policies }: Props) {
  const [state, action, pending] = useActionState<AcceptFormState, FormData>(submitAcceptance, { errors: {} })
  const problems = Object.keys(state.errors).length
  return (
    <form action={action} className="flex flex-col gap-5 rounded-xl border border-primary/40 bg-card p-5">
      <FormMessage error={problems ? 'Please accept every updated policy to continue.' : undefined} />
      <fieldset className="m-0 flex min-w-0 flex-col gap-3 border-0 p-0">
        <legend className="mb-3 text-lg font-semibold">Your acceptance</legend>
        {policies.map((policy) => (
          <CheckboxField
            error={state.errors[`accept-${policy.slug}`]}
            key={policy.slug}
            label={`I have read and accept version ${policy.currentVersion} of the ${policy.title}`}
            name={`accept-${policy.slug}`}
            value={policy.currentVersion}
          />
        ))}
      </fieldset>
      <Button className="self-start" disabled={pending} size="lg" type="submit">
        Accept and continue
      </Button>
    </form>
  )
}
