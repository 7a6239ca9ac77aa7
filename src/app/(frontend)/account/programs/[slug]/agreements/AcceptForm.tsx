'use client'

import { useActionState } from 'react'

import { CheckboxField, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitProgramAcceptance, type ProgramAcceptFormState } from './actions'

type Props = {
  programSlug: string
  programName: string
  agreements: { id: number | string; title: string; currentVersion: number }[]
}

/** One checkbox per agreement owed; works as a plain form post before (or without) JavaScript. */
export function ProgramAcceptForm({ programSlug, programName, agreements }: Props) {
  const [state, action, pending] = useActionState<ProgramAcceptFormState, FormData>(submitProgramAcceptance, { errors: {} })
  return (
    <form action={action} className="flex flex-col gap-5 rounded-xl border border-primary/40 bg-card p-5">
      <FormMessage error={state.error} />
      <input name="program" type="hidden" value={programSlug} />
      <fieldset className="m-0 flex min-w-0 flex-col gap-3 border-0 p-0">
        <legend className="mb-3 text-lg font-semibold">Your acceptance</legend>
        {agreements.map((agreement) => (
          <CheckboxField
            error={state.errors[`accept-${agreement.id}`]}
            key={agreement.id}
            label={`I have read and accept version ${agreement.currentVersion} of the ${agreement.title} of ${programName}`}
            name={`accept-${agreement.id}`}
            value={agreement.currentVersion}
          />
        ))}
      </fieldset>
      <Button className="self-start" disabled={pending} size="lg" type="submit">
        Accept and continue
      </Button>
    </form>
  )
}
