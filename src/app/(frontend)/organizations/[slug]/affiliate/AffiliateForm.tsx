'use client'

import { useActionState } from 'react'

import { FormMessage } from '@/components/forms/Field'

import { submitAffiliationRequest, type AffiliateFormState } from './actions'

export function AffiliateForm({ slug, organizationName }: { slug: string; organizationName: string }) {
  const [state, action, pending] = useActionState<AffiliateFormState, FormData>(submitAffiliationRequest, {})
  return (
    <form action={action} className="stacked-form">
      <FormMessage error={state.error} />
      <input name="slug" type="hidden" value={slug} />
      <div className="field">
        <label htmlFor="message">A note for {organizationName} (optional)</label>
        <p className="hint" id="message-hint">
          For example your team or how they know you. 500 characters at most.
        </p>
        <textarea id="message" name="message" maxLength={500} rows={4} aria-describedby="message-hint" />
      </div>
      <button type="submit" disabled={pending}>
        Ask to be listed
      </button>
    </form>
  )
}
