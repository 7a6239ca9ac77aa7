/** The policy versions ticked on a form: checkboxes named accept-<slug> whose value is the version. */
export function acceptedFromForm(form: FormData): Record<string, number> {
  const accepted: Record<string, number> = {}
  for (const [name, value] of form.entries()) {
    if (name.startsWith('accept-')) accepted[name.slice('accept-'.length)] = Number(value)
  }
  return accepted
}
