'use client'

import { useActionState } from 'react'

import { Field, FormMessage } from '@/components/forms/Field'

import { updateProfile, type ProfileFormState } from './actions'

export function ProfileForm({ chosenName, pronouns }: { chosenName: string; pronouns: string }) {
  const [state, action, pending] = useActionState<ProfileFormState, FormData>(updateProfile, { errors: {} })
  return (
    <form action={action} className="stacked-form">
      <FormMessage message={state.message} />
      <Field defaultValue={chosenName} error={state.errors.chosenName} label="Chosen name" name="chosenName" required />
      <Field defaultValue={pronouns} error={state.errors.pronouns} hint="Leave empty to show none." label="Pronouns (optional)" name="pronouns" />
      <button disabled={pending} type="submit">
        Save changes
      </button>
    </form>
  )
}
