'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'

import { answer, end, sendMessage, withdraw, type RequestActionState } from '../actions'

const initial: RequestActionState = { errors: {} }

function TextArea({
  name,
  label,
  hint,
  error,
  defaultValue,
  rows = 4,
  maxLength,
}: {
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue?: string
  rows?: number
  maxLength: number
}) {
  return (
    <div className="field">
      <Label htmlFor={name}>{label}</Label>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <Textarea
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, Boolean(hint))}
      />
      <ErrorText name={name} error={error} />
    </div>
  )
}

/** The mentor's answer: one note, three buttons. */
export function AnswerForm({ requestId, studentName }: { requestId: number | string; studentName: string }) {
  const [state, action, pending] = useActionState(answer, initial)
  return (
    <form action={action} className="stacked-form">
      <FormMessage error={state.errors.form} />
      <input type="hidden" name="request" value={String(requestId)} />
      <TextArea
        name="note"
        label={`A note to ${studentName}`}
        hint="Optional when you accept or decline; your question when you ask for more information. Up to 1,000 characters."
        error={state.errors.note}
        defaultValue={state.values?.note}
        maxLength={1000}
      />
      <div className="button-row">
        <Button type="submit" name="answer" value="accept" disabled={pending}>
          Accept
        </Button>
        <Button type="submit" name="answer" value="ask" disabled={pending} variant="outline">
          Ask for more information
        </Button>
        <Button type="submit" name="answer" value="decline" disabled={pending} variant="outline">
          Decline
        </Button>
      </div>
    </form>
  )
}

/** A single-button form: withdraw a request, or end a mentorship. */
export function ConfirmButton({ requestId, kind }: { requestId: number | string; kind: 'withdraw' | 'end' }) {
  const [state, action, pending] = useActionState(kind === 'withdraw' ? withdraw : end, initial)
  return (
    <form action={action}>
      <FormMessage error={state.errors.form} />
      <input type="hidden" name="request" value={String(requestId)} />
      <Button type="submit" variant="outline" disabled={pending}>
        {kind === 'withdraw' ? 'Withdraw my request' : 'End this mentorship'}
      </Button>
    </form>
  )
}

export function MessageForm({ requestId, otherName }: { requestId: number | string; otherName: string }) {
  const [state, action, pending] = useActionState(sendMessage, initial)
  return (
    <form action={action} className="stacked-form my-0 max-w-none">
      <FormMessage error={state.errors.form} />
      <input type="hidden" name="request" value={String(requestId)} />
      <TextArea
        name="body"
        label={`Write to ${otherName}`}
        hint="They get an email saying you wrote, and read it here."
        error={state.errors.body}
        defaultValue={state.values?.body}
        rows={5}
        maxLength={5000}
      />
      <Button type="submit" disabled={pending} className="self-end">
        Send message
      </Button>
    </form>
  )
}
