'use client'

import { LockKeyhole } from 'lucide-react'
import { useActionState, useEffect, useRef } from 'react'

import { describedBy, ErrorText, FormMessage, HintText } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import { MultiSelect } from '@/components/ui/multi-select'
import { Select } from '@/components/ui/select'
import { languageOptions } from '@/lib/languages'
import { meetingFrequencies, regions, sharedExperiences } from '@/matching/options'
import { helpTopics } from '@/mentorship/topics'
import { matchPreferenceLimits } from '@/schemas/match-preferences'

import { saveWishes, type WishesFormState } from './actions'
import type { WishesValues } from './form-values'

type Choice = { value: string; label: string }
type Props = { initial: WishesValues; industries: Choice[]; timeZones: Choice[]; guessTimeZone: boolean }

export function LookingForForm({ initial, industries, timeZones, guessTimeZone }: Props) {
  const [state, action, pending] = useActionState(saveWishes, { errors: {} } satisfies WishesFormState)
  const values = state.values ?? initial
  const errors = state.errors
  const errorCount = Object.keys(errors).filter((key) => key !== 'form').length
  const zone = useRef<HTMLSelectElement>(null)

  useEffect(() => {
    // Nothing said yet about where they are: start from the browser's zone when it is one of the choices.
    if (!guessTimeZone || state.values || !zone.current) return
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (timeZones.some((choice) => choice.value === browser)) zone.current.value = browser
  }, [guessTimeZone, state.values, timeZones])

  return (
    <form action={action} className="mt-6 flex max-w-3xl flex-col gap-6" noValidate>
      <FormMessage
        error={
          errors.form ??
          (errorCount > 0 ? `Nothing was saved: ${errorCount === 1 ? 'one answer needs' : `${errorCount} answers need`} a change, shown below.` : undefined)
        }
      />

      <Section title="What you’d like help with" id="topics">
        <Checkboxes
          name="helpTopics"
          legend="Help topics"
          choices={helpTopics.map(([value, label]) => ({ value, label }))}
          chosen={values.helpTopics}
          error={errors.helpTopics}
        />
      </Section>

      <Section title="Industries and languages" id="fields">
        <div>
          <MultiSelect
            name="industries"
            legend={`Industries you’re interested in (up to ${matchPreferenceLimits.industries})`}
            noun="industries"
            options={industries}
            defaultValue={values.industries}
            max={matchPreferenceLimits.industries}
            error={errors.industries}
            describedBy={describedBy('industries', errors.industries)}
          />
          <ErrorText name="industries" error={errors.industries} />
        </div>
        <div>
          <MultiSelect
            name="languages"
            legend="Languages you can talk in"
            noun="languages"
            options={languageOptions}
            defaultValue={values.languages}
            max={matchPreferenceLimits.languages}
            error={errors.languages}
            describedBy={describedBy('languages', errors.languages)}
          />
          <ErrorText name="languages" error={errors.languages} />
        </div>
      </Section>

      <Section
        title="Where you are"
        id="where"
        hint="So that suggestions favour mentors whose working hours overlap yours. Give your time zone, or only a region if you prefer."
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="field flex min-w-0 flex-col gap-1.5">
            <Label htmlFor="timeZone">Time zone</Label>
            <Select
              ref={zone}
              id="timeZone"
              name="timeZone"
              defaultValue={values.timeZone}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={describedBy('timeZone', errors.timeZone)}
            >
              <option value="">Not given</option>
              {timeZones.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </Select>
            <ErrorText name="timeZone" error={errors.timeZone} />
          </div>
          <div className="field flex min-w-0 flex-col gap-1.5">
            <Label htmlFor="region">Or a region</Label>
            <Select
              id="region"
              name="region"
              defaultValue={values.region}
              aria-invalid={errors.region ? true : undefined}
              aria-describedby={describedBy('region', errors.region)}
            >
              <option value="">Not given</option>
              {regions.map((region) => (
                <option key={region.value} value={region.value}>
                  {region.label}
                </option>
              ))}
            </Select>
            <ErrorText name="region" error={errors.region} />
          </div>
        </div>
      </Section>

      <Section title="How often you’d like to meet" id="frequency">
        <fieldset className="m-0 flex min-w-0 flex-col gap-2 border-0 p-0" aria-describedby={describedBy('meetingFrequency', errors.meetingFrequency)}>
          <legend className="sr-only">How often you’d like to meet</legend>
          <div className="grid gap-x-5 gap-y-1 sm:grid-cols-2">
            {[...meetingFrequencies, ['', 'No preference'] as const].map(([value, label]) => (
              <label key={value || 'none'} htmlFor={`meetingFrequency-${value || 'none'}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input
                  id={`meetingFrequency-${value || 'none'}`}
                  type="radio"
                  name="meetingFrequency"
                  value={value}
                  defaultChecked={values.meetingFrequency === value}
                  className="size-4 accent-primary"
                />
                {label}
              </label>
            ))}
          </div>
          <ErrorText name="meetingFrequency" error={errors.meetingFrequency} />
        </fieldset>
      </Section>

      <Section title="Shared experience (optional)" id="shared">
        <div className="flex gap-3 rounded-lg border border-border bg-muted px-4 py-3 text-sm" id="sharedExperience-hint">
          <LockKeyhole aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <div>
            <p className="m-0 font-medium">Only you see these.</p>
            <p className="m-0 mt-1">
              They are used only to order your suggestions, and never shown to mentors, programme staff or admins. A mentor is matched on one only if they said
              they share it and chose to be matched on it.
            </p>
          </div>
        </div>
        <Checkboxes
          name="sharedExperience"
          legend="I’d like a mentor who shares this with me"
          choices={sharedExperiences.map(({ value, label }) => ({ value, label }))}
          chosen={values.sharedExperience}
          error={errors.sharedExperience}
          hinted
        />
      </Section>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save and see suggestions'}
        </Button>
      </div>
    </form>
  )
}

/** Several answers among a few, as checkboxes. */
function Checkboxes({
  name,
  legend,
  choices,
  chosen,
  error,
  hinted = false,
}: {
  name: string
  legend: string
  choices: Choice[]
  chosen: string[]
  error?: string
  hinted?: boolean
}) {
  return (
    <fieldset className="m-0 flex min-w-0 flex-col gap-2 border-0 p-0" aria-describedby={describedBy(name, error, hinted)}>
      <legend className="mb-1 p-0 text-sm font-medium">{legend}</legend>
      <div className="grid gap-x-5 gap-y-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <label key={choice.value} htmlFor={`${name}-${choice.value}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
            <Checkbox id={`${name}-${choice.value}`} name={name} value={choice.value} defaultChecked={chosen.includes(choice.value)} />
            {choice.label}
          </label>
        ))}
      </div>
      <ErrorText name={name} error={error} />
    </fieldset>
  )
}

function Section({ title, id, hint, children }: { title: string; id: string; hint?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
      <h2 id={`${id}-heading`} className="m-0 text-lg font-semibold">
        {title}
      </h2>
      {hint && <HintText name={id} hint={hint} />}
      {children}
    </section>
  )
}
