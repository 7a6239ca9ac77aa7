import { CircleAlert, CircleCheck } from 'lucide-react'
import type { ComponentProps, ReactNode } from 'react'

import { Alert, AlertDescription } from '@/components/ui/alert'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import { cn } from '@/lib/cn'

type FieldText = {
  name: string
  label: ReactNode
  error?: string
  hint?: ReactNode
  /** The control's id when the name is not unique on the page (defaults to the name). */
  id?: string
}

/** The ids a control's aria-describedby names: its hint and its error, when shown. */
export const describedBy = (name: string, error?: string, hint = false) =>
  [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined

/** A field's error, with the id its control's aria-describedby points at. */
export function ErrorText({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p className="field-error m-0 text-sm font-medium text-destructive" id={`${name}-error`}>
      {error}
    </p>
  ) : null
}

/** A field's hint, with the id its control's aria-describedby points at. */
export function HintText({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p className="hint m-0 text-sm text-muted-foreground" id={`${name}-hint`}>
      {hint}
    </p>
  ) : null
}

/** Label, hint, control and error in the one order and spacing every form uses. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  children: ReactNode
  className?: string
}) {
  return (
    <div className={cn('field flex min-w-0 flex-col gap-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      <HintText name={id} hint={hint} />
      {children}
      <ErrorText name={id} error={error} />
    </div>
  )
}

const controlProps = (id: string, error?: string, hint?: ReactNode) => ({
  id,
  'aria-describedby': describedBy(id, error, Boolean(hint)),
  'aria-invalid': error ? true : undefined,
})

/** A labelled input whose hint and error are shown beside it and announced with it. */
export function Field({ name, label, error, hint, id = name, className, ...input }: FieldText & ComponentProps<'input'>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <Input name={name} {...controlProps(id, error, hint)} {...input} />
    </FieldShell>
  )
}

/** A labelled multi-line text box. */
export function TextareaField({ name, label, error, hint, id = name, className, ...textarea }: FieldText & ComponentProps<'textarea'>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <Textarea name={name} {...controlProps(id, error, hint)} {...textarea} />
    </FieldShell>
  )
}

/** A labelled native select; pass the <option>s as children. */
export function SelectField({ name, label, error, hint, id = name, className, children, ...select }: FieldText & ComponentProps<'select'>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <Select name={name} {...controlProps(id, error, hint)} {...select}>
        {children}
      </Select>
    </FieldShell>
  )
}

/** A checkbox with its label beside it, and its hint and error under the label. */
export function CheckboxField({ name, label, error, hint, id = name, className, ...input }: FieldText & Omit<ComponentProps<'input'>, 'type'>) {
  return (
    <div className={cn('checkbox grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1', className)}>
      <span className="mt-0.5 flex">
        <Checkbox name={name} {...controlProps(id, error, hint)} {...input} />
      </span>
      <Label htmlFor={id} className="font-normal">
        {label}
      </Label>
      {hint && (
        <p className="hint col-start-2 m-0 text-sm text-muted-foreground" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error col-start-2 m-0 text-sm font-medium text-destructive" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** The form-wide outcome: an alert for a problem, a polite status for success. */
export function FormMessage({ error, message }: { error?: string; message?: ReactNode }) {
  if (error)
    return (
      <Alert variant="destructive" className="form-error" role="alert">
        <CircleAlert aria-hidden />
        <AlertDescription>{error}</AlertDescription>
      </Alert>
    )
  if (message)
    return (
      <Alert variant="success" className="form-message" role="status">
        <CircleCheck aria-hidden />
        <AlertDescription>{message}</AlertDescription>
      </Alert>
    )
  return null
}
