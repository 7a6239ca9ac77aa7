'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { helpTopics } from '@/mentorship/topics'

import { sendRequest, type RequestFormState } from './actions'

/** The mentorship request form on a Mentor's or Connector's profile. */
export function RequestForm({ profileSlug, mentorName }: { profileSlug: string; mentorName: string }) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(sendRequest, { errors: {} })
  const { errors, values } = state
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length > 0
  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      <input type="hidden" name="profile" value={profileSlug} />
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
