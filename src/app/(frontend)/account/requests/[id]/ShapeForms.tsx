'use client'

import { useActionState, type ReactNode } from 'react'

import { describedBy, ErrorText, Field, FormMessage, SelectField, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { meetingFrequencies } from '@/matching/options'
import { agreementWays, feedbackMoods } from '@/mentorship/shape-options'
import { shapeLimits } from '@/schemas/mentorship-shape'

import { checkInAction, closingFeedbackAction, saveAgreementAction, worryAction, type ShapeActionState } from './shape-actions'

/*
 * The forms of a mentorship's shape on the request page. Each is a plain form posting to a
 * server action, so it works before (and without) JavaScript; errors come back beside the fields.
 */

const initial: ShapeActionState = { errors: {} }

type RequestId = number | string

/** One group of radio buttons with its legend, hint and error. */
function Choices({
  name,
  legend,
  options,
  selected,
  error,
  idPrefix,
}: {
  name: string
  legend: string
  options: readonly (readonly [string, string])[]
  selected?: string
  error?: string
  idPrefix: string
}) {
  const errorId = `${idPrefix}-${name}`
  return (
    <fieldset className="m-0 flex min-w-0 flex-col gap-1.5 border-0 p-0" aria-describedby={describedBy(errorId, error)}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map(([value, label]) => (
          <label key={value} htmlFor={`${idPrefix}-${name}-${value}`} className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input
              id={`${idPrefix}-${name}-${value}`}
              type="radio"
              name={name}
              value={value}
              defaultChecked={selected === value}
              className="size-4 accent-primary"
            />
            {label}
          </label>
        ))}
      </div>
      <ErrorText name={errorId} error={error} />
    </fieldset>
  )
}

const disclosure = 'group rounded-lg border border-border [&[open]]:bg-muted/40'
const summaryStyle = 'flex min-h-11 cursor-pointer list-none items-center rounded-lg px-3 text-sm font-medium [&::-webkit-details-marker]:hidden'

/**
 * A form folded under a summary. It opens by itself when the form comes back with errors, so
 * they are seen without JavaScript too.
 */
function Folded({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details className={disclosure} open={open || undefined}>
      <summary className={summaryStyle}>{summary}</summary>
      <div className="flex flex-col gap-3 px-3 pb-4">{children}</div>
    </details>
  )
}

const hasErrors = (state: ShapeActionState) => Object.keys(state.errors).length > 0

export type AgreementFormProps = {
  requestId: RequestId
  side: 'student' | 'mentor'
  goals: string
  goalsPrompt: string
  meetingFrequency: string
  how: string
  endsOn: string
  /** The first day the end date may be (tomorrow) and the last (two years on), for the date picker. */
  minEndsOn: string
  maxEndsOn: string
  confirmedByMe: boolean
  summary: string
  intro: ReactNode
}

/** The agreement: the student writes the goals; both set how often, how, and the end; saving confirms it. */
export function AgreementForm(props: AgreementFormProps) {
  const [state, action, pending] = useActionState(saveAgreementAction, initial)
  const values = state.values ?? {}
  return (
    <Folded summary={props.summary} open={!props.confirmedByMe || hasErrors(state)}>
      {props.intro}
      <form action={action} className="flex flex-col gap-5" data-testid="agreement-form">
        <FormMessage error={state.errors.form} />
        <input type="hidden" name="request" value={String(props.requestId)} />
        {props.side === 'student' && (
          <TextareaField
            name="goals"
            label="Your goals"
            hint={`${props.goalsPrompt} Up to 1,500 characters.`}
            rows={4}
            maxLength={shapeLimits.goals}
            error={state.errors.goals}
            defaultValue={values.goals ?? props.goals}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="meetingFrequency"
            label="How often you meet"
            error={state.errors.meetingFrequency}
            defaultValue={values.meetingFrequency ?? props.meetingFrequency}
          >
            <option value="">Choose…</option>
            {meetingFrequencies.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField name="how" label="How you meet" error={state.errors.how} defaultValue={values.how ?? props.how}>
            <option value="">Choose…</option>
            {agreementWays.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <Field
            name="endsOn"
            type="date"
            label="End date"
            min={props.minEndsOn}
            max={props.maxEndsOn}
            error={state.errors.endsOn}
            defaultValue={values.endsOn ?? props.endsOn}
          />
        </div>
        <Button type="submit" disabled={pending} className="min-h-11 self-start">
          {props.confirmedByMe ? 'Save changes' : 'Confirm the agreement'}
        </Button>
      </form>
    </Folded>
  )
}

/** "How is it going?" for the round that is due: a mood, and a comment if they like. */
export function CheckInForm({ requestId, round, otherName }: { requestId: RequestId; round: number; otherName: string }) {
  const [state, action, pending] = useActionState(checkInAction, initial)
  const values = state.values ?? {}
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="check-in-form">
      <FormMessage error={state.errors.form} />
      <input type="hidden" name="request" value={String(requestId)} />
      <input type="hidden" name="round" value={String(round)} />
      <Choices name="mood" legend="How is it going?" options={feedbackMoods} selected={values.mood} error={state.errors.mood} idPrefix="check-in" />
      <TextareaField
        name="comment"
        id="check-in-comment"
        label="Anything you’d like to add (optional)"
        hint={`Private: ${otherName} never sees your answer.`}
        rows={3}
        maxLength={shapeLimits.comment}
        error={state.errors.comment}
        defaultValue={values.comment}
      />
      <Button type="submit" disabled={pending} className="min-h-11 self-start">
        Send my check-in
      </Button>
    </form>
  )
}

/** "I'm worried": a note to the programme's staff (or the admins). */
export function WorryForm({ requestId, readers, otherName, intro }: { requestId: RequestId; readers: string; otherName: string; intro: ReactNode }) {
  const [state, action, pending] = useActionState(worryAction, initial)
  return (
    <Folded summary="I’m worried about this mentorship" open={hasErrors(state)}>
      {intro}
      <form action={action} className="flex flex-col gap-4" data-testid="worry-form">
        <FormMessage error={state.errors.form} />
        <input type="hidden" name="request" value={String(requestId)} />
        <TextareaField
          name="note"
          id="worry-note"
          label="What worries you"
          hint={`Only ${readers} read this; ${otherName} is not told. 10 to 2,000 characters.`}
          rows={4}
          maxLength={shapeLimits.worry.max}
          error={state.errors.note}
          defaultValue={state.values?.note}
        />
        <Button type="submit" variant="outline" disabled={pending} className="min-h-11 self-start">
          Send in confidence
        </Button>
      </form>
    </Folded>
  )
}

const ratings = [
  ['5', '5 · Excellent'],
  ['4', '4 · Good'],
  ['3', '3 · Okay'],
  ['2', '2 · Poor'],
  ['1', '1 · Very poor'],
] as const

/** At the end: a rating from 1 to 5 and a comment, once. */
export function ClosingFeedbackForm({ requestId, otherName }: { requestId: RequestId; otherName: string }) {
  const [state, action, pending] = useActionState(closingFeedbackAction, initial)
  const values = state.values ?? {}
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="closing-feedback-form">
      <FormMessage error={state.errors.form} />
      <input type="hidden" name="request" value={String(requestId)} />
      <Choices name="rating" legend="How was the mentorship?" options={ratings} selected={values.rating} error={state.errors.rating} idPrefix="closing" />
      <TextareaField
        name="comment"
        id="closing-comment"
        label="A few words (optional)"
        hint={`Private: ${otherName} never sees it. Programme staff and the platform’s admins read it.`}
        rows={3}
        maxLength={shapeLimits.comment}
        error={state.errors.comment}
        defaultValue={values.comment}
      />
      <Button type="submit" disabled={pending} className="min-h-11 self-start">
        Send my feedback
      </Button>
    </form>
  )
}
