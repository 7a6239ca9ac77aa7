'use client'

import { useActionState } from 'react'

import { FormMessage } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitInvitationAnswer, type InvitationFormState } from './actions'

export function InvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<InvitationFormState, FormData>(submitInvitationAnswer, {})
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage error={state.error} />
      <input name="token" type="hidden" value={token} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button className="sm:flex-1" disabled={pending} name="answer" type="submit" value="accept">
          Accept the invitation
        </Button>
        <Button disabled={pending} name="answer" type="submit" value="decline" variant="outline">
          Decline
        </Button>
      </div>
    </form>
  )
}
