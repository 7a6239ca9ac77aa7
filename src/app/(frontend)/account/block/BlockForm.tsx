'use client'

import { useActionState } from 'react'

import { describedBy, ErrorText, FormMessage } from '@/components/forms/Field'
import { reportCategories } from '@/conduct/categories'

import { block, type BlockFormState } from '../blocked/actions'

type Props = { name: string; target: { profile?: string; request?: string; message?: string } }

/** Block, and optionally report in the same step. Works without JavaScript: the report fields are always there. */
export function BlockForm({ name, target }: Props) {
  const [state, action, pending] = useActionState<BlockFormState, FormData>(block, { errors: {} })
  const { errors } = state
  const values = state.values ?? { report: false, category: '', description: '' }
  return (
    <form action={action} className="stacked-form" noValidate>
      <FormMessage
        error={
          errors.form ?? (errors.category || errors.description ? 'Please check the report marked below, or untick it to block without reporting.' : undefined)
        }
      />
      {Object.entries(target).map(([key, value]) => value && <input key={key} name={key} type="hidden" value={value} />)}
      <fieldset>
        <legend>Also report {name} (optional)</legend>
        <p className="hint">A report goes to the platform’s admins in confidence. {name} is not told about it either.</p>
        <div className="checkbox">
          <input defaultChecked={values.report} id="report" name="report" type="checkbox" value="yes" />
          <label htmlFor="report">Report {name} to the admins as well</label>
        </div>
        <div className="field">
          <label htmlFor="category">What kind of problem?</label>
          <select
            id="category"
            name="category"
            defaultValue={values.category}
            aria-invalid={errors.category ? true : undefined}
            aria-describedby={describedBy('category', errors.category)}
          >
            <option value="">Choose one</option>
            {reportCategories.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <ErrorText name="category" error={errors.category} />
        </div>
        <div className="field">
          <label htmlFor="description">What happened?</label>
          <p className="hint" id="description-hint">
            When and where, and what was said or done. Up to 5,000 characters.
          </p>
          <textarea
            id="description"
            name="description"
            rows={5}
            maxLength={5000}
            defaultValue={values.description}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy('description', errors.description, true)}
          />
          <ErrorText name="description" error={errors.description} />
        </div>
      </fieldset>
      <button className="danger" disabled={pending} type="submit">
        Block {name}
      </button>
    </form>
  )
}
