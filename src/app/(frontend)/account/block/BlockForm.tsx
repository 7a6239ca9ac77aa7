'use client'

import { useActionState } from 'react'

import { CheckboxField, FormMessage, SelectField, TextareaField } from '@/components/forms/Field'
import { Button } from '@/components/ui/button'
import { reportCategories } from '@/conduct/categories'

import { block, type BlockFormState } from '../blocked/actions'

type Props = { name: string; target: { profile?: string; request?: string; message?: string } }

/** Block, and optionally report in the same step. Works without JavaScript: the report fields are always there. */
export function BlockForm({ name, target }: Props) {
  const [state, action, pending] = useActionState<BlockFormState, FormData>(block, { errors: {} })
  const { errors } = state
  const values = state.values ?? { report: false, category: '', description: '' }
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage
        error={
          errors.form ?? (errors.category || errors.description ? 'Please check the report marked below, or untick it to block without reporting.' : undefined)
        }
      />
      {Object.entries(target).map(([key, value]) => value && <input key={key} name={key} type="hidden" value={value} />)}
      <fieldset className="m-0 flex min-w-0 flex-col gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">Also report {name} (optional)</legend>
        <p className="hint m-0 text-sm text-muted-foreground">A report goes to the platform’s admins in confidence. {name} is not told about it either.</p>
        <CheckboxField defaultChecked={values.report} label={`Report ${name} to the admins as well`} name="report" value="yes" />
        <SelectField defaultValue={values.category} error={errors.category} label="What kind of problem?" name="category">
          <option value="">Choose one</option>
          {reportCategories.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextareaField
          defaultValue={values.description}
          error={errors.description}
          hint="When and where, and what was said or done. Up to 5,000 characters."
          label="What happened?"
          maxLength={5000}
          name="description"
          rows={5}
        />
      </fieldset>
      <Button className="self-start" disabled={pending} type="submit" variant="destructive">
        Block {name}
      </Button>
    </form>
  )
}
