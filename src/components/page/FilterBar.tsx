// Use for a list's GET filter form: a compact panel (two columns on a phone, one row on a wide
// screen) that submits without JavaScript. Put a search <Field> first with className="col-span-full".
import { SlidersHorizontal } from 'lucide-react'
import type { ReactNode } from 'react'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'

export function FilterBar({
  action,
  label,
  submitLabel,
  children,
  className,
}: {
  action: string
  /** The search landmark's name, e.g. "Events". */
  label: string
  submitLabel: string
  children: ReactNode
  className?: string
}) {
  return (
    <form
      action={action}
      aria-label={label}
      className={cn(
        'filter-form m-0 mb-4 grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-card p-4 lg:grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))]',
        className,
      )}
      method="get"
      role="search"
    >
      {children}
      <Button className="col-span-full lg:col-span-1" type="submit">
        <SlidersHorizontal aria-hidden />
        {submitLabel}
      </Button>
    </form>
  )
}
