import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'

/** One labelled choice in a GET filter form: the first option means "no filter". */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string
  label: string
  value: string | undefined
  anyLabel: string
  options: readonly (readonly [string, string])[]
}) {
  return (
    <div className="field flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={name}>{label}</Label>
      <Select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </Select>
    </div>
  )
}
