'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { experienceMatching, sharedExperiences, type ExperienceMatching } from '@/matching/options'

import { submitMatchingOptIn, type OptInFormState, type OptInValues } from './matching-actions'

/** What each choice means for the students the mentor is suggested to. */
const explanations: Record<ExperienceMatching, (identitiesAudience: string) => string> = {
  off: () => 'Suggestions never use these. Students who ask for a shared experience see you ranked as if you had not said.',
  'when-visible': (audience) =>
    `Follows who may see how you describe yourself (now: ${audience}). Only those students can have you suggested higher for a shared experience.`,
  'any-student': () =>
    'Any student who asks for one of these may have you suggested higher, and their suggestion then says “Shares your experience as …”. That tells them this about you, even if they cannot see how you describe yourself.',
}

type Props = { initial: OptInValues; identitiesAudience: string }

/** The mentor's shared-experience opt-in, under the directory profile form. */
export function MatchingOptInForm({ initial, identitiesAudience }: Props) {
  const [state, action, pending] = useActionState(submitMatchingOptIn, { errors: {} } satisfies OptInFormState)
  const values = state.values ?? initial
  const errors = state.errors
  const hasErrors = Object.keys(errors).length > 0

  return (
    <form action={action} className="mt-8 flex max-w-lg flex-col gap-4 border-t border-border pt-6" aria-labelledby="matching-heading" noValidate>
      <h2 id="matching-heading" className="m-0">
        Matching on shared experience
      </h2>
      <p className="m-0 text-sm text-muted-foreground">
        Students may ask for a mentor who shares an experience with them, such as being trans or non-binary, or the first in their family in a professional job.
        Only the students’ suggestions use what you choose here; it is never shown on your profile.
      </p>
      <FormMessage
        error={errors.form ?? (hasErrors ? 'Nothing was saved: see the note below.' : undefined)}
        message={state.saved ? 'Your matching choices are saved.' : undefined}
      />
      <fieldset className="m-0 flex min-w-0 flex-col gap-2 border-0 p-0" aria-describedby={describedBy('sharedExperience', errors.sharedExperience)}>
        <legend className="mb-1 p-0 text-sm font-medium">Experiences you share (optional)</legend>
        <div className="flex flex-col gap-y-0.5">
          {sharedExperiences.map(({ value, as }) => (
            <label key={value} htmlFor={`sharedExperience-${value}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <Checkbox id={`sharedExperience-${value}`} name="sharedExperience" value={value} defaultChecked={values.sharedExperience.includes(value)} />
              {as.charAt(0).toUpperCase() + as.slice(1)}
            </label>
          ))}
        </div>
        <ErrorText name="sharedExperience" error={errors.sharedExperience} />
      </fieldset>
      <fieldset className="m-0 flex min-w-0 flex-col gap-3 border-0 p-0" aria-describedby={describedBy('matchOn', errors.matchOn)}>
        <legend className="mb-1 p-0 text-sm font-medium">May suggestions use them?</legend>
        {experienceMatching.map(([value, label]) => (
          <div key={value} className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-0.5">
            <input
              id={`matchOn-${value}`}
              type="radio"
              name="matchOn"
              value={value}
              defaultChecked={values.matchOn === value}
              aria-describedby={`matchOn-${value}-hint`}
              className="mt-0.5 size-4 accent-primary"
            />
            <label htmlFor={`matchOn-${value}`} className="text-sm font-medium">
              {label}
            </label>
            <p id={`matchOn-${value}-hint`} className="col-start-2 m-0 text-sm text-muted-foreground">
              {explanations[value](identitiesAudience)}
            </p>
          </div>
        ))}
        <ErrorText name="matchOn" error={errors.matchOn} />
      </fieldset>
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? 'Saving…' : 'Save matching choices'}
      </Button>
    </form>
  )
}
