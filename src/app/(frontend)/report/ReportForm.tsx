'use client'

import { useActionState } from 'react'

import { Field, FormMessage, SelectField, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { reportCategories, reportSubjects } from '@/conduct/categories'

import { fileReport, type ReportFormState } from './actions'

type Props = { signedIn: boolean; preset: { subjectKind?: string; subject?: string; messageId?: string; meetingId?: string } }

export function ReportForm({ signedIn, preset }: Props) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(fileReport, { errors: {} })
  if (state.filed) {
    return (
      <FormMessage
        message={`Thank you for telling us. Your report is with the admins, confidentially. ${
          signedIn || state.values?.email ? 'An acknowledgement is on its way to your inbox.' : 'You reported anonymously, so we cannot write back to you.'
        }`}
      />
    )
  }
  const { errors } = state
  const values = state.values ?? {
    subjectKind: preset.subjectKind ?? '',
    subject: preset.subject ?? '',
    category: '',
    description: '',
    messageId: preset.messageId,
    meetingId: preset.meetingId,
  }
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length > 0
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      {values.messageId && <input type="hidden" name="messageId" value={values.messageId} />}
      {values.meetingId && (
        <>
          <input type="hidden" name="meetingId" value={values.meetingId} />
          <p className="m-0 text-sm text-muted-foreground">The admins will see which meeting this is about: when it was and who was there.</p>
        </>
      )}
      <SelectField defaultValue={values.subjectKind} error={errors.subjectKind} label="What are you reporting?" name="subjectKind">
        <option value="">Choose one</option>
        {reportSubjects.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <Field
        defaultValue={values.subject}
        error={errors.subject}
        hint="A name, or the address of the profile, event or job."
        label="Who or what is it?"
        maxLength={300}
        name="subject"
      />
      <SelectField defaultValue={values.category} error={errors.category} label="What kind of problem?" name="category">
        <option value="">Choose one</option>
        {reportCategories.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextareaField
        defaultValue={values.description}
        error={errors.description}
        hint="When and where, and what was said or done. Up to 5,000 characters."
        label="What happened?"
        maxLength={5000}
        name="description"
        rows={7}
      />
      {!signedIn && (
        <fieldset className="m-0 flex min-w-0 flex-col gap-4 rounded-lg border border-border p-4">
          <legend className="px-1 text-sm font-semibold">How to reach you (optional)</legend>
          <p className="hint m-0 text-sm text-muted-foreground">Leave these empty to report anonymously; we then cannot tell you what happens next.</p>
          <Field autoComplete="name" defaultValue={values.name} error={errors.name} label="Your name" maxLength={100} name="name" />
          <Field autoComplete="email" defaultValue={values.email} error={errors.email} label="Your email address" name="email" type="email" />
        </fieldset>
      )}
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Button className="self-start" disabled={pending} size="lg" type="submit">
        Send the report
      </Button>
    </form>
  )
}
