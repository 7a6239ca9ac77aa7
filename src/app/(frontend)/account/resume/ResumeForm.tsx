'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import type { CompanyChoice } from '@/resumes/manage'

import { submitResume, type ResumeFormState } from './actions'

type Props = {
  initial: { headline: string; release: string; chosenCompanies: string[] }
  companies: CompanyChoice[]
  hasResume: boolean
  releases: readonly (readonly [string, string])[]
}

/** Upload or replace the résumé and choose who may download it; a refused save keeps the choices. */
export function ResumeForm({ initial, companies, hasResume, releases }: Props) {
  const [state, action, pending] = useActionState<ResumeFormState, FormData>(submitResume, { errors: {} })
  const values = state.values ?? initial
  const errors = state.errors
  const hasErrors = Object.keys(errors).length > 0

  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage
        error={hasErrors ? (errors.form ?? 'Your résumé was not saved. Please check the fields marked below.') : undefined}
        message={state.saved ? 'Saved: your résumé and your choice of who may download it.' : undefined}
      />
      <div className="field">
        <label htmlFor="file">{hasResume ? 'Replace the file (PDF, at most 5 MB)' : 'Your résumé (PDF, at most 5 MB)'}</label>
        <p className="hint" id="file-hint">
          {hasResume ? 'Leave empty to keep the file you uploaded.' : 'Companies receive exactly this file. It is stored under a random name.'}
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby={describedBy('file', errors.file, true)}
          aria-invalid={errors.file ? true : undefined}
        />
        <ErrorText name="file" error={errors.file} />
      </div>
      <div className="field">
        <label htmlFor="headline">Headline companies see</label>
        <p className="hint" id="headline-hint">
          One line, for example “Data science student, graduating 2027”. Your name, pronouns and mentoring stay private.
        </p>
        <input
          id="headline"
          name="headline"
          defaultValue={values.headline}
          key={`headline-${values.headline}`}
          maxLength={120}
          required
          aria-describedby={describedBy('headline', errors.headline, true)}
          aria-invalid={errors.headline ? true : undefined}
        />
        <ErrorText name="headline" error={errors.headline} />
      </div>
      <fieldset className="choice-list" aria-describedby={describedBy('release', errors.release)}>
        <legend>Who may download it</legend>
        {releases.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="release" value={value} defaultChecked={values.release === value} key={`${value}-${values.release}`} /> {label}
          </label>
        ))}
        <ErrorText name="release" error={errors.release} />
      </fieldset>
      <fieldset className="choice-list" aria-describedby={describedBy('chosenCompanies', errors.chosenCompanies, true)}>
        <legend>The companies I choose</legend>
        <p className="hint" id="chosenCompanies-hint">
          Used when you pick “Only the companies I choose”. A company can download only while its partnership plan is active.
        </p>
        {companies.length === 0 && <p>No companies have joined yet.</p>}
        {companies.map((company) => (
          <label key={String(company.id)}>
            <input
              type="checkbox"
              name="chosenCompanies"
              value={String(company.id)}
              defaultChecked={values.chosenCompanies.includes(String(company.id))}
              key={`${company.id}-${values.chosenCompanies.join(',')}`}
            />{' '}
            {company.name}
            {company.canDownload ? '' : ' (cannot download at the moment)'}
          </label>
        ))}
        <ErrorText name="chosenCompanies" error={errors.chosenCompanies} />
      </fieldset>
      <button type="submit" disabled={pending}>
        {hasResume ? 'Save changes' : 'Upload my résumé'}
      </button>
    </form>
  )
}
