'use client'

import { useActionState } from 'react'

import { Field, FormMessage, SelectField, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { contactTopics } from '@/contact/topics'

import { sendContactMessage, type ContactFormState } from './actions'

export function ContactForm() {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(sendContactMessage, { errors: {} })
  if (state.sent) {
    return <FormMessage message="Thank you: your message is received. A confirmation is on its way to your inbox, and a person on the team will answer." />
  }
  const values = state.values
  const { errors } = state
  const fieldErrors = !errors.form && Object.keys(errors).length > 0
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      <Field autoComplete="name" defaultValue={values?.name} error={errors.name} label="Your name" maxLength={100} name="name" />
      <Field
        autoComplete="email"
        defaultValue={values?.email}
        error={errors.email}
        hint="Only to answer you; it is not added to any list."
        label="Your email address"
        name="email"
        type="email"
      />
      <SelectField defaultValue={values?.topic ?? ''} error={errors.topic} label="What is it about?" name="topic">
        <option value="">Choose a topic</option>
        {contactTopics.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextareaField defaultValue={values?.message} error={errors.message} label="Your message" maxLength={5000} name="message" rows={7} />
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Button className="self-start" disabled={pending} size="lg" type="submit">
        Send my message
      </Button>
    </form>
  )
}
