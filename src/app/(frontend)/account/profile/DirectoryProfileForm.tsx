'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { MultiSelect } from '@/components/ui/multi-select'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import type { ProfileInput } from '@/directory/edit-profile'
import { directoryProfileLimits } from '@/schemas/directory-profile'

import { submitDirectoryProfile, type DirectoryProfileFormState } from './actions'

type Choice = { value: string; label: string }

type Props = {
  initial: ProfileInput
  industries: Choice[]
  skills: Choice[]
  languages: Choice[]
  timeZones: string[]
  pronouns: string | null
}

const visibilityChoices: Choice[] = [
  { value: 'public', label: 'Everyone' },
  { value: 'members', label: 'Signed-in members (company representatives excluded)' },
  { value: 'contacts', label: 'Only students whose request I accepted' },
  { value: 'hidden', label: 'Nobody but me' },
]

/** One answer among a few, as radio buttons. */
function Choices({
  name,
  legend,
  choices,
  checked,
  error,
}: {
  name: keyof ProfileInput
  legend: string
  choices: Choice[]
  checked: string[]
  error?: string
}) {
  return (
    <fieldset className="choice-list" aria-describedby={describedBy(name, error)}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} /> {choice.label}
        </label>
      ))}
      <ErrorText name={name} error={error} />
    </fieldset>
  )
}

/** Who may see one identity field: one choice among four, as a compact select. */
function VisibilitySelect({
  name,
  label,
  hint,
  value,
  error,
}: {
  name: 'pronounsVisibility' | 'identitiesVisibility'
  label: string
  hint?: string
  value: string
  error?: string
}) {
  return (
    <div className="field">
      <Label htmlFor={name}>{label}</Label>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <Select id={name} name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, Boolean(hint))}>
        {visibilityChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
      <ErrorText name={name} error={error} />
    </div>
  )
}

/** A long list (industries, skills, languages) as a searchable multi-select, checkboxes without JavaScript. */
function Lists({
  name,
  legend,
  noun,
  options,
  chosen,
  max,
  error,
}: {
  name: 'industries' | 'skills' | 'languages'
  legend: string
  noun: string
  options: Choice[]
  chosen: string[]
  max?: number
  error?: string
}) {
  return (
    <div>
      <MultiSelect
        name={name}
        legend={legend}
        noun={noun}
        options={options}
        defaultValue={chosen}
        max={max}
        error={error}
        describedBy={describedBy(name, error)}
      />
      <ErrorText name={name} error={error} />
    </div>
  )
}

/** The directory profile form; after a refused save it keeps what was typed, with each problem beside its field. */
export function DirectoryProfileForm({ initial, industries, skills, languages, timeZones, pronouns }: Props) {
  const [state, action, pending] = useActionState<DirectoryProfileFormState, FormData>(submitDirectoryProfile, { errors: {} })
  const values = state.values ?? initial
  const errors = state.errors
  const hasErrors = Object.keys(errors).length > 0

  return (
    <form action={action} className="stacked-form profile-form">
      {hasErrors && (
        <p className="form-error" role="alert">
          Some answers need a change before your profile can be saved: see the notes below.
        </p>
      )}
      {state.saved && (
        <p className="form-message" role="status">
          Your profile is saved.
        </p>
      )}
      <div className="field">
        <Label htmlFor="headline">Headline</Label>
        <p className="hint" id="headline-hint">
          One line, up to 140 characters: what you do and how you can help.
        </p>
        <Input
          id="headline"
          name="headline"
          defaultValue={values.headline}
          maxLength={140}
          aria-invalid={errors.headline ? true : undefined}
          aria-describedby={describedBy('headline', errors.headline, true)}
        />
        <ErrorText name="headline" error={errors.headline} />
      </div>
      <div className="field">
        <Label htmlFor="bio">About you</Label>
        <p className="hint" id="bio-hint">
          A few sentences for students. Leave a blank line between paragraphs.
        </p>
        <Textarea
          id="bio"
          name="bio"
          rows={6}
          defaultValue={values.bio}
          maxLength={3000}
          aria-invalid={errors.bio ? true : undefined}
          aria-describedby={describedBy('bio', errors.bio, true)}
        />
        <ErrorText name="bio" error={errors.bio} />
      </div>
      <Lists
        name="industries"
        legend="Industries (up to 5)"
        noun="industries"
        options={industries}
        chosen={values.industries}
        max={directoryProfileLimits.industries}
        error={errors.industries}
      />
      <Lists
        name="skills"
        legend="What you can help with (up to 10)"
        noun="skills"
        options={skills}
        chosen={values.skills}
        max={directoryProfileLimits.skills}
        error={errors.skills}
      />
      <Lists name="languages" legend="Languages you can talk in" noun="languages" options={languages} chosen={values.languages} error={errors.languages} />
      <div className="field">
        <Label htmlFor="location">Location</Label>
        <Input id="location" name="location" defaultValue={values.location} maxLength={120} aria-describedby={describedBy('location', errors.location)} />
        <ErrorText name="location" error={errors.location} />
      </div>
      <div className="field">
        <Label htmlFor="timeZone">Time zone</Label>
        <Select id="timeZone" name="timeZone" defaultValue={values.timeZone} aria-describedby={describedBy('timeZone', errors.timeZone)}>
          <option value="">Not given</option>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </Select>
        <ErrorText name="timeZone" error={errors.timeZone} />
      </div>
      <Choices
        name="availability"
        legend="Are you open to new students?"
        choices={[
          { value: 'open', label: 'Yes, show me as available' },
          { value: 'full', label: 'Not now: show me as full' },
        ]}
        checked={[values.availability]}
        error={errors.availability}
      />
      <div className="field">
        <Label htmlFor="capacity">Most students at a time</Label>
        <Input
          id="capacity"
          name="capacity"
          type="number"
          min={1}
          max={20}
          defaultValue={values.capacity}
          aria-describedby={describedBy('capacity', errors.capacity)}
        />
        <ErrorText name="capacity" error={errors.capacity} />
      </div>
      <VisibilitySelect
        name="pronounsVisibility"
        label={pronouns ? `Who may see your pronouns (${pronouns})?` : 'Who may see your pronouns?'}
        hint={pronouns ? undefined : 'You have not given any: change them on your account page.'}
        value={values.pronounsVisibility}
        error={errors.pronounsVisibility}
      />
      <div className="field">
        <Label htmlFor="identities">How you describe yourself (optional)</Label>
        <p className="hint" id="identities-hint">
          In your own words, for example “queer, trans, first-generation student”. Never used in search.
        </p>
        <Input
          id="identities"
          name="identities"
          defaultValue={values.identities}
          maxLength={200}
          aria-describedby={describedBy('identities', errors.identities, true)}
        />
        <ErrorText name="identities" error={errors.identities} />
      </div>
      <VisibilitySelect
        name="identitiesVisibility"
        label="Who may see how you describe yourself?"
        value={values.identitiesVisibility}
        error={errors.identitiesVisibility}
      />
      <Button type="submit" disabled={pending} className="self-start">
        Save my profile
      </Button>
    </form>
  )
}
