'use client'

import { useActionState } from 'react'

import { FormMessage, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'

import { submitAffiliationRequest, type AffiliateFormState } from './actions'

export function AffiliateForm({ slug, organizationName }: { slug: string; organizationName: string }) {
  const [state, action, pending] = useActionState<AffiliateFormState, FormData>(submitAffiliationRequest, {})
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage error={state.error} />
      <input name="slug" type="hidden" value={slug} />
      <TextareaField
        hint="For example your team or how they know you. 500 characters at most."
        label={`A note for ${organizationName} (optional)`}
        maxLength={500}
        name="message"
        rows={4}
      />
      <Button className="self-start" disabled={pending} type="submit">
        Ask to be listed
      </Button>
    </form>
  )
}
