'use client'

import { useActionState } from 'react'

import { FormMessage } from '@/components/forms/Field'

import { submitInvitationAnswer, type InvitationFormState } from './actions'

export function InvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<InvitationFormState, FormData>(submitInvitationAnswer, {})
  return (
    <form action={action} className="button-row">
      <FormMessage error={state.error} />
      <input name="token" type="hidden" value={token} />
      <button type="submit" name="answer" value="accept" disabled={pending}>
        Accept the invitation
      </button>
      <button className="secondary" type="submit" name="answer" value="decline" disabled={pending}>
        Decline
      </button>
    </form>
  )
}
