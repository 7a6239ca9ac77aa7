'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText } from '@/components/forms/Field'
import { contactTopics } from '@/contact/topics'

import { sendContactMessage, type ContactFormState } from './actions'

export function ContactForm() {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(sendContactMessage, { errors: {} })
  if (state.sent) {
    return (
      <p className="form-message" role="status">
        Thank you: your message is received. A confirmation is on its way to your inbox, and a person on the team will answer.
      </p>
    )
  }
  const values = state.values
  const { errors } = state
  return (
    <form action={action} className="stacked-form" noValidate>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      {!errors.form && Object.keys(errors).length > 0 && (
        <p className="form-error" role="alert">
          Please check the answers marked below.
        </p>
      )}
      <div className="field">
        <label htmlFor="name">Your name</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          maxLength={100}
          defaultValue={values?.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name', errors.name)}
        />
        <ErrorText name="name" error={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Your email address</label>
        <p className="hint" id="email-hint">
          Only to answer you; it is not added to any list.
        </p>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={values?.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email', errors.email, true)}
        />
        <ErrorText name="email" error={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="topic">What is it about?</label>
        <select
          id="topic"
          name="topic"
          defaultValue={values?.topic ?? ''}
          aria-invalid={errors.topic ? true : undefined}
          aria-describedby={describedBy('topic', errors.topic)}
        >
          <option value="">Choose a topic</option>
          {contactTopics.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <ErrorText name="topic" error={errors.topic} />
      </div>
      <div className="field">
        <label htmlFor="message">Your message</label>
        <textarea
          id="message"
          name="message"
          rows={7}
          maxLength={5000}
          defaultValue={values?.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', errors.message)}
        />
        <ErrorText name="message" error={errors.message} />
      </div>
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending}>
        Send my message
      </button>
    </form>
  )
}
