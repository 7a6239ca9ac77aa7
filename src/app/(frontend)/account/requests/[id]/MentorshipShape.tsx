import { CircleCheck, Clock, LockKeyhole } from 'lucide-react'
import type { Payload } from 'payload'

import { FormMessage } from '@/components/forms/Field'
import { formatDate } from '@/lib/dates'
import { meetingFrequencies } from '@/matching/options'
import { mentorshipShapeFor, type MentorshipShape } from '@/mentorship/shape'
import { agreementWays, feedbackMoods } from '@/mentorship/shape-options'
import { shapeLimits } from '@/schemas/mentorship-shape'

import type { User } from '../../../../../../payload-types'
import { AgreementForm, CheckInForm, ClosingFeedbackForm, WorryForm } from './ShapeForms'

/*
 * The request page's sections for a mentorship's shape: the agreement both confirm, the check-in
 * when one is due, "I'm worried", and the closing feedback once it ended. A member reads only
 * their own check-ins, worries and feedback here, never the other person's.
 */

const notices: Record<string, string> = {
  agreement: 'Saved. Your agreement is confirmed on your side.',
  'check-in': 'Thank you: your check-in is sent.',
  worry: 'Thank you for telling us. We emailed you a confirmation, and someone will be in touch.',
  'closing-feedback': 'Thank you for your feedback.',
}

const labelIn = (table: readonly (readonly [string, string])[], value: string | null | undefined) => table.find(([each]) => each === value)?.[1] ?? null
const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '')
const day = 24 * 60 * 60 * 1000

function Notice({ step, shown }: { step: string; shown?: string }) {
  return shown === step && notices[step] ? (
    <div className="mb-4">
      <FormMessage message={notices[step]} />
    </div>
  ) : null
}

function ConfirmationState({ confirmedAt, who, testId, ended }: { confirmedAt: string | null; who: string; testId: string; ended: boolean }) {
  return (
    <li className="m-0 flex items-center gap-2 p-0 text-sm" data-testid={testId}>
      {confirmedAt ? <CircleCheck aria-hidden className="size-4 text-success" /> : <Clock aria-hidden className="size-4 text-muted-foreground" />}
      {confirmedAt
        ? `${who} confirmed on ${formatDate(confirmedAt)}`
        : ended
          ? `${who} did not confirm it`
          : who === 'You'
            ? 'You have not confirmed yet'
            : `Waiting for ${who} to confirm`}
    </li>
  )
}

function Agreement({ shape, requestId, shown, now }: { shape: MentorshipShape; requestId: number | string; shown?: string; now: Date }) {
  const agreement = shape.agreement
  if (!agreement) return null
  const active = shape.status === 'accepted'
  const facts: [string, string | null][] = [
    ['How often', labelIn(meetingFrequencies, agreement.meetingFrequency)],
    ['How', labelIn(agreementWays, agreement.how)],
    ['Ends', agreement.endsOn ? formatDate(agreement.endsOn) : null],
  ]
  return (
    <section aria-labelledby="agreement-heading" id="agreement" className="mt-8 scroll-mt-24" data-testid="agreement">
      <h2 id="agreement-heading">Your agreement</h2>
      <Notice step="agreement" shown={shown} />
      <div className="flex flex-col gap-4 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
        <ul className="m-0 flex list-none flex-col gap-1 p-0">
          <ConfirmationState confirmedAt={agreement.confirmedByMe} who="You" testId="agreement-mine" ended={!active} />
          <ConfirmationState confirmedAt={agreement.confirmedByOther} who={shape.otherName} testId="agreement-theirs" ended={!active} />
        </ul>
        <dl className="m-0 grid gap-3 sm:grid-cols-3">
          <div className="sm:col-span-3">
            <dt className="text-sm font-medium text-muted-foreground">{shape.side === 'student' ? 'Your goals' : `${shape.otherName}’s goals`}</dt>
            <dd className="m-0 break-words whitespace-pre-line">
              {agreement.goals || (
                <span className="text-muted-foreground">{shape.side === 'student' ? 'Not written yet.' : `${shape.otherName} has not written them yet.`}</span>
              )}
            </dd>
          </div>
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
              <dd className="m-0">{value ?? <span className="text-muted-foreground">Not set yet</span>}</dd>
            </div>
          ))}
          <div className="sm:col-span-3">
            <dt className="text-sm font-medium text-muted-foreground">What you both agree to</dt>
            <dd className="m-0 break-words whitespace-pre-line">{agreement.terms}</dd>
          </div>
        </dl>
        {active && (
          <AgreementForm
            summary={agreement.confirmedByMe ? 'Change the agreement' : 'Fill in and confirm'}
            intro={
              <p className="m-0 mt-1 text-sm text-muted-foreground">
                {shape.side === 'student'
                  ? `The goals are yours, in your own words. You and ${shape.otherName} both set how often and how you meet, and when it ends.`
                  : `The goals are ${shape.otherName}’s to write. You both set how often and how you meet, and when it ends.`}{' '}
                A change asks {shape.otherName} to confirm again; we email them.
              </p>
            }
            requestId={requestId}
            side={shape.side}
            goals={agreement.goals}
            goalsPrompt={agreement.goalsPrompt}
            meetingFrequency={agreement.meetingFrequency ?? ''}
            how={agreement.how ?? ''}
            endsOn={dayOf(agreement.endsOn)}
            minEndsOn={dayOf(new Date(now.getTime() + day).toISOString())}
            maxEndsOn={dayOf(new Date(now.getTime() + shapeLimits.endsWithinDays * day).toISOString())}
            confirmedByMe={Boolean(agreement.confirmedByMe)}
          />
        )}
      </div>
    </section>
  )
}

function CheckIn({ shape, requestId, shown }: { shape: MentorshipShape; requestId: number | string; shown?: string }) {
  const last = shape.myCheckIns[0]
  if (!shape.checkInDue && !last && shown !== 'check-in') return null
  return (
    <section aria-labelledby="check-in-heading" id="check-in" className="mt-8 scroll-mt-24" data-testid="check-in">
      <h2 id="check-in-heading">Check-in</h2>
      <Notice step="check-in" shown={shown} />
      <div className="flex flex-col gap-4 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
        <p className="m-0 flex gap-2 text-sm text-muted-foreground">
          <LockKeyhole aria-hidden className="mt-0.5 size-4 shrink-0" />
          Every {shape.agreement?.checkInEveryWeeks ?? 4} weeks we ask you both how it is going. Your answers are private: {shape.otherName} never sees them
          {shape.programName ? `; the staff of ${shape.programName} read them, to help where they can.` : '.'}
        </p>
        {shape.checkInDue ? (
          <CheckInForm requestId={requestId} round={shape.checkInDue} otherName={shape.otherName} />
        ) : last ? (
          <p className="m-0" data-testid="check-in-done">
            You answered on {formatDate(last.createdAt)}: {labelIn(feedbackMoods, last.mood) ?? 'no mood given'}. The next check-in comes in a few weeks.
          </p>
        ) : null}
      </div>
    </section>
  )
}

function Worry({ shape, requestId, shown }: { shape: MentorshipShape; requestId: number | string; shown?: string }) {
  const readers = shape.programName ? `the staff of ${shape.programName}` : 'the platform’s admins'
  return (
    <section aria-labelledby="worry-heading" id="worry" className="mt-8 scroll-mt-24" data-testid="worry">
      <h2 id="worry-heading" className="sr-only">
        I’m worried
      </h2>
      <Notice step="worry" shown={shown} />
      <WorryForm
        requestId={requestId}
        readers={readers}
        otherName={shape.otherName}
        intro={
          <>
            <p className="m-0 mt-1 text-sm text-muted-foreground">
              If something about this mentorship worries you, tell {readers} in confidence. {shape.otherName} is not told. For harassment or a safety concern,
              you can also report a conduct concern or block them.
            </p>
            {shape.myWorries.length > 0 && (
              <p className="m-0 text-sm" data-testid="worry-sent">
                You told {readers} on {formatDate(shape.myWorries[0].createdAt)}.
              </p>
            )}
          </>
        }
      />
    </section>
  )
}

function ClosingFeedback({ shape, requestId, shown }: { shape: MentorshipShape; requestId: number | string; shown?: string }) {
  if (shape.status !== 'ended') return null
  const given = shape.myClosingFeedback
  return (
    <section aria-labelledby="closing-feedback-heading" id="closing-feedback" className="mt-8 scroll-mt-24" data-testid="closing-feedback">
      <h2 id="closing-feedback-heading">How did it go?</h2>
      <Notice step="closing-feedback" shown={shown} />
      <div className="flex flex-col gap-4 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5">
        {given ? (
          <p className="m-0" data-testid="closing-feedback-done">
            You gave this mentorship {given.rating} of 5 on {formatDate(given.createdAt)}. Thank you.
          </p>
        ) : (
          <ClosingFeedbackForm requestId={requestId} otherName={shape.otherName} />
        )}
      </div>
    </section>
  )
}

type Sections = { shape: MentorshipShape | null; requestId: number | string; shown?: string; now: Date }

/** The agreement, the check-in and the closing feedback, under the request's header; nothing for a request that never started. */
export function MentorshipShapeSections({ shape, requestId, shown, now }: Sections) {
  if (!shape) return null
  return (
    <>
      <ClosingFeedback shape={shape} requestId={requestId} shown={shown} />
      <Agreement shape={shape} requestId={requestId} shown={shown} now={now} />
      {shape.status === 'accepted' && <CheckIn shape={shape} requestId={requestId} shown={shown} />}
    </>
  )
}

/** "I'm worried", quietly at the foot of the page. */
export function WorrySection({ shape, requestId, shown }: Sections) {
  return shape ? <Worry shape={shape} requestId={requestId} shown={shown} /> : null
}

/** The member's view of the shape, read once for both places on the page. */
export const loadShape = (payload: Payload, member: User, requestId: number | string, now: Date) => mentorshipShapeFor(payload, member, requestId, now)
