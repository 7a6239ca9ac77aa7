'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { helpTopics } from '@/mentorship/topics'
import type { SharedProgram } from '@/programs/requests'

import { sendRequest, type RequestFormState } from './actions'

/**
 * The mentorship request form on a Mentor's or Connector's profile. When the two are members of a
 * programme together, the student may send it within one (none is chosen unless they choose).
 */
export function RequestForm({
  profileSlug,
  mentorName,
  programs = [],
  preferredProgram,
}: {
  profileSlug: string
  mentorName: string
  programs?: SharedProgram[]
  preferredProgram?: string
}) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(sendRequest, { errors: {} })
  const { errors, values } = state
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length > 0
  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      <input type="hidden" name="profile" value={profileSlug} />
      {programs.length > 0 && <ProgramChoice programs={programs} chosen={values?.program ?? preferredProgram ?? ''} />}
      <div className="field">
        <label htmlFor="helpWith">What would you like help with?</label>
        <select
          id="helpWith"
          name="helpWith"
          defaultValue={values?.helpWith ?? ''}
          aria-invalid={errors.helpWith ? true : undefined}
          aria-describedby={describedBy('helpWith', errors.helpWith)}
        >
          <option value="">Choose one</option>
          {helpTopics.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <ErrorText name="helpWith" error={errors.helpWith} />
      </div>
      <div className="field">
        <label htmlFor="message">Your message to {mentorName}</label>
        <p className="hint" id="message-hint">
          A little about you and what you hope for, 30 to 2,000 characters. Share only what you are comfortable sharing.
        </p>
        <textarea
          id="message"
          name="message"
          rows={7}
          maxLength={2000}
          defaultValue={values?.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', errors.message, true)}
        />
        <ErrorText name="message" error={errors.message} />
      </div>
      <div className="field">
        <label htmlFor="preferredTimes">Times that suit you (optional)</label>
        <p className="hint" id="preferredTimes-hint">
          For example: weekday evenings, Eastern time.
        </p>
        <textarea
          id="preferredTimes"
          name="preferredTimes"
          rows={2}
          maxLength={500}
          defaultValue={values?.preferredTimes}
          aria-invalid={errors.preferredTimes ? true : undefined}
          aria-describedby={describedBy('preferredTimes', errors.preferredTimes, true)}
        />
        <ErrorText name="preferredTimes" error={errors.preferredTimes} />
      </div>
      <button type="submit" disabled={pending}>
        Send my request
      </button>
    </form>
  )
}

/** "Send within <programme>": a programme's agreements, reply-by time and mentor limits then apply. */
function ProgramChoice({ programs, chosen }: { programs: SharedProgram[]; chosen: string }) {
  const known = programs.some((program) => program.slug === chosen) ? chosen : ''
  return (
    <fieldset className="field" aria-describedby="program-hint">
      <legend>Send within a programme?</legend>
      <p className="hint" id="program-hint">
        You are both in {programs.length === 1 ? 'a programme' : 'programmes'} together. Within one, its reply-by time and limits apply, and its staff count the
        request in their reports (never what you write).
      </p>
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input type="radio" name="program" value="" defaultChecked={known === ''} /> Not within a programme
        </label>
        {programs.map((program) => (
          <label key={program.slug} className="flex items-center gap-2">
            <input type="radio" name="program" value={program.slug} defaultChecked={known === program.slug} /> Send within {program.name}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
