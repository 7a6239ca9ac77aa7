import { z } from 'zod'

import { slugPattern } from '../../collections/fields/slug'

/**
 * The re-acceptance form of /account/programs/<slug>/agreements: the programme, and one
 * checkbox per agreement owed, named accept-<agreement id>, whose value is the version read.
 */
export const programAcceptanceSchema = z.object({
  program: z.string().regex(slugPattern, 'Choose the programme whose agreements you accept.'),
  accepted: z.record(z.string().regex(/^[0-9a-z]+$/i), z.coerce.number().int().positive()),
})

export type ProgramAcceptanceInput = z.infer<typeof programAcceptanceSchema>

/** Reads the form into the schema's shape. */
export function programAcceptanceFromForm(form: FormData) {
  const accepted: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    if (name.startsWith('accept-') && typeof value === 'string') accepted[name.slice('accept-'.length)] = value
  }
  return programAcceptanceSchema.safeParse({ program: form.get('program'), accepted })
}
