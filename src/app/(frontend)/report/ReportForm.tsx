'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { reportCategories, reportSubjects } from '@/conduct/categories'

import { fileReport, type ReportFormState } from './actions'

type Props = { signedIn: boolean; preset: { subjectKind?: string; subject?: string; messageId?: string } }

export function ReportForm({ signedIn, preset }: Props) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(fileReport, { errors: {} })
  if (state.filed) {
    return (
      <p className="form-message" role="status">
        Thank you for telling us. Your report is with the admins, confidentially.{' '}
        {signedIn || state.values?.email ? 'An acknowledgement is on its way to your inbox.' : 'You reported anonymously, so we cannot write back to you.'}
      </p>
    )
  }
  const { errors } = state
  const values = state.values ?? {
    subjectKind: preset.subjectKind ?? '',
    subject: preset.subject ?? '',
    category: '',
    description: '',
    messageId: preset.messageId,
  }
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length > 0
  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      {values.messageId && <input type="hidden" name="messageId" value={values.messageId} />}
      <div className="field">
        <label htmlFor="subjectKind">What are you reporting?</label>
        <select
          id="subjectKind"
          name="subjectKind"
          defaultValue={values.subjectKind}
          aria-invalid={errors.subjectKind ? true : undefined}
          aria-describedby={describedBy('subjectKind', errors.subjectKind)}
        >
          <option value="">Choose one</option>
          {reportSubjects.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <ErrorText name="subjectKind" error={errors.subjectKind} />
      </div>
      <div className="field">
        <label htmlFor="subject">Who or what is it?</label>
        <p className="hint" id="subject-hint">
          A name, or the address of the profile, event or job.
        </p>
        <input
          id="subject"
          name="subject"
          maxLength={300}
          defaultValue={values.subject}
          aria-invalid={errors.subject ? true : undefined}
          aria-describedby={describedBy('subject', errors.subject, true)}
        />
        <ErrorText name="subject" error={errors.subject} />
      </div>
      <div className="field">
        <label htmlFor="category">What kind of problem?</label>
        <select
          id="category"
          name="category"
          defaultValue={values.category}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={describedBy('category', errors.category)}
        >
          <option value="">Choose one</option>
          {reportCategories.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <ErrorText name="category" error={errors.category} />
      </div>
      <div className="field">
        <label htmlFor="description">What happened?</label>
        <p className="hint" id="description-hint">
          When and where, and what was said or done. Up to 5,000 characters.
        </p>
        <textarea
          id="description"
          name="description"
          rows={7}
          maxLength={5000}
          defaultValue={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('description', errors.description, true)}
        />
        <ErrorText name="description" error={errors.description} />
      </div>
      {!signedIn && (
        <fieldset>
          <legend>How to reach you (optional)</legend>
          <p className="hint">Leave these empty to report anonymously; we then cannot tell you what happens next.</p>
          <div className="field">
            <label htmlFor="name">Your name</label>
            <input
              id="name"
              name="name"
              autoComplete="name"
              maxLength={100}
              defaultValue={values.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('name', errors.name)}
            />
            <ErrorText name="name" error={errors.name} />
          </div>
          <div className="field">
            <label htmlFor="email">Your email address</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={values.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy('email', errors.email)}
            />
            <ErrorText name="email" error={errors.email} />
          </div>
        </fieldset>
      )}
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending}>
        Send the report
      </button>
    </form>
  )
}
