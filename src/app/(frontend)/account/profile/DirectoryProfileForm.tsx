'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText } from '@/components/forms/Field'

import type { ProfileInput } from '@/directory/edit-profile'

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

function Choices({
  name,
  legend,
  choices,
  checked,
  error,
  type = 'checkbox',
}: {
  name: keyof ProfileInput
  legend: string
  choices: Choice[]
  checked: string[]
  error?: string
  type?: 'checkbox' | 'radio'
}) {
  return (
    <fieldset className="choice-list" aria-describedby={describedBy(name, error)}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type={type} name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} /> {choice.label}
        </label>
      ))}
      <ErrorText name={name} error={error} />
    </fieldset>
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
        <label htmlFor="headline">Headline</label>
        <p className="hint" id="headline-hint">
          One line, up to 140 characters: what you do and how you can help.
        </p>
        <input
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
        <label htmlFor="bio">About you</label>
        <p className="hint" id="bio-hint">
          A few sentences for students. Leave a blank line between paragraphs.
        </p>
        <textarea
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
      <Choices name="industries" legend="Industries (up to 5)" choices={industries} checked={values.industries} error={errors.industries} />
      <Choices name="skills" legend="What you can help with (up to 10)" choices={skills} checked={values.skills} error={errors.skills} />
      <Choices name="languages" legend="Languages you can talk in" choices={languages} checked={values.languages} error={errors.languages} />
      <div className="field">
        <label htmlFor="location">Location</label>
        <input id="location" name="location" defaultValue={values.location} maxLength={120} aria-describedby={describedBy('location', errors.location)} />
        <ErrorText name="location" error={errors.location} />
      </div>
      <div className="field">
        <label htmlFor="timeZone">Time zone</label>
        <select id="timeZone" name="timeZone" defaultValue={values.timeZone} aria-describedby={describedBy('timeZone', errors.timeZone)}>
          <option value="">Not given</option>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <ErrorText name="timeZone" error={errors.timeZone} />
      </div>
      <Choices
        name="availability"
        type="radio"
        legend="Are you open to new students?"
        choices={[
          { value: 'open', label: 'Yes, show me as available' },
          { value: 'full', label: 'Not now: show me as full' },
        ]}
        checked={[values.availability]}
        error={errors.availability}
      />
      <div className="field">
        <label htmlFor="capacity">Most students at a time</label>
        <input
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
      <Choices
        name="pronounsVisibility"
        type="radio"
        legend={
          pronouns ? `Who may see your pronouns (${pronouns})?` : 'Who may see your pronouns? (You have not given any: change them on your account page.)'
        }
        choices={visibilityChoices}
        checked={[values.pronounsVisibility]}
        error={errors.pronounsVisibility}
      />
      <div className="field">
        <label htmlFor="identities">How you describe yourself (optional)</label>
        <p className="hint" id="identities-hint">
          In your own words, for example “queer, trans, first-generation student”. Never used in search.
        </p>
        <input
          id="identities"
          name="identities"
          defaultValue={values.identities}
          maxLength={200}
          aria-describedby={describedBy('identities', errors.identities, true)}
        />
        <ErrorText name="identities" error={errors.identities} />
      </div>
      <Choices
        name="identitiesVisibility"
        type="radio"
        legend="Who may see how you describe yourself?"
        choices={visibilityChoices}
        checked={[values.identitiesVisibility]}
        error={errors.identitiesVisibility}
      />
      <button type="submit" disabled={pending}>
        Save my profile
      </button>
    </form>
  )
}
