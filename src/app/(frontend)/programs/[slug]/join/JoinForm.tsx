'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { CheckboxField, describedBy, ErrorText, Field, FormMessage, HintText, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { joinAction, type JoinFormState } from './actions'

export type JoinQuestion = {
  id: string
  label: string
  help?: string | null
  kind: 'short-text' | 'choice' | 'multiple-choice'
  choices: string[]
  required: boolean
}
export type JoinAgreement = { id: number | string; title: string; slug?: string | null; summary?: string | null; currentVersion: number }

type Props = {
  programSlug: string
  programName: string
  side: 'mentor' | 'mentee'
  invite?: string
  domains: string[]
  questions: JoinQuestion[]
  agreements: JoinAgreement[]
}

const listOf = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** The join form of one programme side: institution address, registration questions, agreements. Works without JavaScript. */
export function JoinForm({ programSlug, programName, side, invite, domains, questions, agreements }: Props) {
  const [state, action, pending] = useActionState<JoinFormState, FormData>(joinAction, { errors: {} })
  const { errors, values } = state
  const versionOf = (agreement: JoinAgreement) =>
    state.agreements?.find((fresh) => String(fresh.id) === String(agreement.id))?.currentVersion ?? agreement.currentVersion
  const fieldErrors = Object.keys(errors).some((key) => key !== 'form')
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormMessage error={errors.form ?? (fieldErrors ? 'Please check the answers marked below.' : undefined)} />
      <input type="hidden" name="program" value={programSlug} />
      <input type="hidden" name="side" value={side} />
      {invite && <input type="hidden" name="invite" value={invite} />}

      {domains.length > 0 && (
        <Field
          name="institutionEmail"
          type="email"
          autoComplete="email"
          label="Your institution address"
          hint={`An address at ${domains.join(' or ')}. We send it a link to confirm it. It stays private: programme staff and other members never see it, and it is not your sign-in address.`}
          error={errors.institutionEmail}
          defaultValue={values?.institutionEmail}
          maxLength={254}
          required
        />
      )}

      {questions.map((question) => {
        const name = `answer.${question.id}`
        const id = `answer-${question.id}`
        const error = errors[name]
        const label = `${question.label}${question.required ? '' : ' (optional)'}`
        const given = listOf(values?.answers?.[question.id])
        if (question.kind === 'short-text') {
          return (
            <TextareaField
              key={question.id}
              id={id}
              name={name}
              label={label}
              hint={question.help ?? undefined}
              error={error}
              rows={2}
              maxLength={500}
              defaultValue={given[0]}
              required={question.required}
            />
          )
        }
        const multiple = question.kind === 'multiple-choice'
        return (
          <fieldset
            key={question.id}
            className="m-0 flex flex-col gap-2 border-0 p-0"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, error, Boolean(question.help))}
          >
            <legend className="mb-1.5 text-sm font-medium">{label}</legend>
            <HintText name={id} hint={question.help ?? undefined} />
            {question.choices.map((choice, index) => {
              const choiceId = `${id}-${index}`
              return multiple ? (
                <CheckboxField key={choice} id={choiceId} name={name} value={choice} label={choice} defaultChecked={given.includes(choice)} />
              ) : (
                <div key={choice} className="flex items-center gap-3">
                  <input
                    className="size-4 accent-primary"
                    type="radio"
                    id={choiceId}
                    name={name}
                    value={choice}
                    defaultChecked={given.includes(choice)}
                    required={question.required}
                  />
                  <label htmlFor={choiceId}>{choice}</label>
                </div>
              )
            })}
            <ErrorText name={id} error={error} />
          </fieldset>
        )
      })}

      {agreements.length > 0 && (
        <fieldset className="m-0 flex flex-col gap-4 border-0 p-0">
          <legend className="mb-1.5 text-sm font-medium">What you agree to</legend>
          <p className="m-0 text-sm text-muted-foreground">Please read each agreement; joining records that you accepted these versions.</p>
          {agreements.map((agreement) => {
            const version = versionOf(agreement)
            const shown = values?.agreements?.find((entry) => entry.id === String(agreement.id))
            const stillSame = shown !== undefined && Number(shown.version) === version
            return (
              <div key={`${agreement.id}-${version}`} className="flex flex-col gap-1">
                <input type="hidden" name={`agreement.${agreement.id}.version`} value={version} />
                <CheckboxField
                  id={`agreement-${agreement.id}`}
                  name={`agreement.${agreement.id}.accept`}
                  label={
                    // One span: the label lays its children out in a row.
                    <span>
                      I accept <strong>{agreement.title}</strong> (version {version})
                    </span>
                  }
                  hint={
                    <>
                      {agreement.summary ? `${agreement.summary} ` : ''}
                      {agreement.slug && (
                        <Link href={`/programs/${programSlug}/agreements/${agreement.slug}`} target="_blank">
                          Read {agreement.title} (opens in a new tab)
                        </Link>
                      )}
                    </>
                  }
                  error={errors[`agreement.${agreement.id}`]}
                  defaultChecked={stillSame && shown.accepted}
                />
              </div>
            )
          })}
        </fieldset>
      )}

      <Button type="submit" size="lg" className="h-auto min-h-10 w-full py-2 text-center whitespace-normal sm:w-fit" disabled={pending}>
        Join {programName} as a {side}
      </Button>
    </form>
  )
}
