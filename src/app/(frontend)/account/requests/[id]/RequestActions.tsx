'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'

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
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <textarea
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
        <button type="submit" name="answer" value="accept" disabled={pending}>
          Accept
        </button>
        <button type="submit" name="answer" value="ask" disabled={pending} className="secondary">
          Ask for more information
        </button>
        <button type="submit" name="answer" value="decline" disabled={pending} className="secondary">
          Decline
        </button>
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
      <button type="submit" className="secondary" disabled={pending}>
        {kind === 'withdraw' ? 'Withdraw my request' : 'End this mentorship'}
      </button>
    </form>
  )
}

export function MessageForm({ requestId, otherName }: { requestId: number | string; otherName: string }) {
  const [state, action, pending] = useActionState(sendMessage, initial)
  return (
    <form action={action} className="stacked-form">
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
      <button type="submit" disabled={pending}>
        Send message
      </button>
    </form>
  )
}
