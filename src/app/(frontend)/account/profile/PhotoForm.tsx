'use client'

import { useActionState } from 'react'

import { Avatar } from '@/components/Avatar'
import { identityVisibilities, identityVisibilityLabels } from '@/access/visibility'
import { describedBy, ErrorText, Field, FormMessage, HintText, SelectField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import type { PhotoView } from '@/queries/photos'
import { defaultPhotoAlt, profilePhotoLimits, profilePhotoTypes } from '@/schemas/profile-photo'

import { submitPhoto, type PhotoFormState } from './photo-actions'

type Props = { chosenName: string; photo: PhotoView | null; visibility?: string | null }

const savedMessages = {
  uploaded: 'Saved: your new photo shows on your profile and card.',
  described: 'Saved: the description of your photo and who sees it.',
  removed: 'Your photo is removed; your profile shows your initials.',
} as const

/**
 * The member's profile photo: upload or replace it (JPEG, PNG or WebP), describe it, or remove
 * it. One multipart form posting to a server action, so it works without JavaScript.
 */
export function PhotoForm({ chosenName, photo, visibility }: Props) {
  const [state, action, pending] = useActionState<PhotoFormState, FormData>(submitPhoto, { errors: {} })
  const { errors } = state
  const hasErrors = Object.keys(errors).length > 0
  // After a save the page's own data is fresh; until then show what was stored.
  const shown = state.saved === 'removed' ? null : photo

  return (
    <form action={action} className="stacked-form mb-8 flex flex-col gap-4 border-b border-border pb-8" noValidate aria-labelledby="photo-heading">
      <h2 id="photo-heading" className="m-0">
        Your photo
      </h2>
      <FormMessage
        error={hasErrors ? (errors.form ?? 'Your photo was not saved. Please check the fields marked below.') : undefined}
        message={state.saved ? savedMessages[state.saved] : undefined}
      />
      <div className="flex items-center gap-4">
        <Avatar name={chosenName} src={shown?.medium} size="lg" alt={shown ? shown.alt : `Your initials, shown while you have no photo`} />
        <p className="m-0 text-sm text-muted-foreground">
          Shown on your card and profile to the people you choose below, and never to someone you blocked; everyone else sees your initials. It is cropped to a
          square around its centre.
        </p>
      </div>
      <div className="field flex flex-col gap-1.5">
        <Label htmlFor="photo">{shown ? 'Replace your photo' : 'Choose a photo'}</Label>
        <HintText name="photo" hint={`JPEG, PNG or WebP, at most ${profilePhotoLimits.megabytes} MB. Location and camera details are removed.`} />
        <Input
          id="photo"
          name="photo"
          type="file"
          accept={profilePhotoTypes.join(',')}
          aria-describedby={describedBy('photo', errors.file, true)}
          aria-invalid={errors.file ? true : undefined}
        />
        <ErrorText name="photo" error={errors.file} />
      </div>
      <Field
        name="alt"
        label="Describe your photo"
        hint={`For people who use a screen reader. Left empty, it says “${defaultPhotoAlt(chosenName)}”.`}
        defaultValue={state.alt ?? shown?.alt ?? ''}
        key={`alt-${state.alt ?? shown?.alt ?? ''}`}
        maxLength={profilePhotoLimits.alt}
        placeholder={defaultPhotoAlt(chosenName)}
        error={errors.alt}
      />
      <SelectField
        name="visibility"
        label="Who sees your photo"
        hint="The same choices as for your pronouns. A photo can say a lot about you: choose what is safe for you."
        defaultValue={state.visibility ?? visibility ?? 'public'}
        key={`visibility-${state.visibility ?? visibility ?? 'public'}`}
        error={errors.visibility}
      >
        {identityVisibilities.map((value) => (
          <option key={value} value={value}>
            {identityVisibilityLabels[value]}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {shown ? 'Save photo' : 'Upload photo'}
        </Button>
        {shown && (
          <Button type="submit" name="intent" value="remove" variant="outline" disabled={pending}>
            Remove photo
          </Button>
        )}
      </div>
    </form>
  )
}
