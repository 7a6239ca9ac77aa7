import type { InputHTMLAttributes } from 'react'

type Props = {
  name: string
  label: string
  error?: string
  hint?: string
} & InputHTMLAttributes<HTMLInputElement>

/** The ids a control's aria-describedby names: its hint and its error, when shown. */
export const describedBy = (name: string, error?: string, hint = false) =>
  [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined

/** A field's error, with the id its control's aria-describedby points at. */
export function ErrorText({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p className="field-error" id={`${name}-error`}>
      {error}
    </p>
  ) : null
}

/** A labelled input whose error is shown beside it and announced with it. */
export function Field({ name, label, error, hint, ...input }: Props) {
  const described = describedBy(name, error, Boolean(hint))
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <input aria-describedby={described} aria-invalid={error ? true : undefined} id={name} name={name} {...input} />
      {error && (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** The form-wide outcome: an alert for a problem, a polite status for success. */
export function FormMessage({ error, message }: { error?: string; message?: string }) {
  if (error)
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    )
  if (message)
    return (
      <p className="form-message" role="status">
        {message}
      </p>
    )
  return null
}
