'use client'

import { useActionState } from 'react'

import { answerMeeting, cancelMeetingAction, markMeetingAction, type MeetingActionState } from '@/app/(frontend)/account/meetings/actions'
import { FormMessage, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { meetingLimits } from '@/schemas/meetings'

/*
 * The forms on a meeting card. Each posts to a server action that returns to the card
 * (returnTo#meeting-<id>), so they work without JavaScript; refusals show in the card.
 */

const initial: MeetingActionState = { errors: {} }

type Common = { meetingId: number | string; returnTo: string }

function Hidden({ meetingId, returnTo }: Common) {
  return (
    <>
      <input type="hidden" name="meeting" value={String(meetingId)} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  )
}

const disclosure =
  'group w-full rounded-lg sm:max-w-lg border border-border [&[open]]:bg-muted/40 [&>summary]:flex [&>summary]:h-10 [&>summary]:cursor-pointer [&>summary]:list-none [&>summary]:items-center [&>summary]:rounded-lg [&>summary]:px-3 [&>summary]:text-sm [&>summary]:font-medium [&>summary::-webkit-details-marker]:hidden [&>summary]:focus-visible:outline-2 [&>summary]:focus-visible:outline-offset-2 [&>summary]:focus-visible:outline-ring'

/** The student accepts a proposed time at once, or opens a short form to decline with a note. */
export function AnswerProposalForms({ meetingId, returnTo, otherName }: Common & { otherName: string }) {
  const [state, action, pending] = useActionState(answerMeeting, initial)
  const noteId = `decline-note-${meetingId}`
  return (
    <div className="flex flex-col gap-3">
      <FormMessage error={state.errors.form} />
      <form action={action}>
        <Hidden meetingId={meetingId} returnTo={returnTo} />
        <Button type="submit" name="answer" value="accept" disabled={pending}>
          Accept this time
        </Button>
      </form>
      <details className={disclosure} open={Boolean(state.errors.note)}>
        <summary>Decline this time…</summary>
        <form action={action} className="flex flex-col gap-3 px-3 pb-3">
          <Hidden meetingId={meetingId} returnTo={returnTo} />
          <TextareaField
            name="note"
            id={noteId}
            label={`A note to ${otherName} (optional)`}
            hint="For example a time that suits you better."
            rows={2}
            maxLength={meetingLimits.changeNote}
            error={state.errors.note}
            defaultValue={state.values?.note}
          />
          <Button type="submit" name="answer" value="decline" variant="outline" disabled={pending} className="self-start">
            Decline the proposed time
          </Button>
        </form>
      </details>
    </div>
  )
}

/** Cancelling asks once more, with room for a short note to the other person. */
export function CancelMeetingForm({ meetingId, returnTo, otherName, proposal }: Common & { otherName: string; proposal: boolean }) {
  const [state, action, pending] = useActionState(cancelMeetingAction, initial)
  const noteId = `cancel-note-${meetingId}`
  const failed = Boolean(state.errors.note || state.errors.form)
  return (
    <details className={disclosure} open={failed}>
      <summary>{proposal ? 'Withdraw this proposal…' : 'Cancel this meeting…'}</summary>
      <form action={action} className="flex flex-col gap-3 px-3 pb-3">
        <FormMessage error={state.errors.form} />
        <Hidden meetingId={meetingId} returnTo={returnTo} />
        <TextareaField
          name="note"
          id={noteId}
          label={`A note to ${otherName} (optional)`}
          hint={`${otherName} gets an email saying it is off, with this note.`}
          rows={2}
          maxLength={meetingLimits.changeNote}
          error={state.errors.note}
          defaultValue={state.values?.note}
        />
        <Button type="submit" variant="destructive" disabled={pending} className="self-start">
          {proposal ? 'Yes, withdraw it' : 'Yes, cancel the meeting'}
        </Button>
      </form>
    </details>
  )
}

/** After the meeting: did it happen? Either answer can be changed for 30 days. */
export function MarkMeetingForm({ meetingId, returnTo, marked }: Common & { marked: 'held' | 'missed' | null }) {
  const [state, action, pending] = useActionState(markMeetingAction, initial)
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage error={state.errors.form ?? state.errors.mark} />
      <Hidden meetingId={meetingId} returnTo={returnTo} />
      <p className="m-0 text-sm font-medium" id={`mark-${meetingId}`}>
        {marked === 'held' ? 'You said: we met.' : marked === 'missed' ? 'You said: they didn’t come.' : 'How did it go?'}
        {marked && <span className="font-normal text-muted-foreground"> You can change this.</span>}
      </p>
      <div className="flex flex-wrap gap-2" role="group" aria-labelledby={`mark-${meetingId}`}>
        <Button
          type="submit"
          name="mark"
          value="held"
          size="sm"
          variant={marked === 'held' ? 'default' : 'outline'}
          aria-pressed={marked === 'held'}
          disabled={pending}
        >
          We met
        </Button>
        <Button
          type="submit"
          name="mark"
          value="missed"
          size="sm"
          variant={marked === 'missed' ? 'default' : 'outline'}
          aria-pressed={marked === 'missed'}
          disabled={pending}
        >
          They didn’t come
        </Button>
      </div>
    </form>
  )
}
