// Use for a choice among a short fixed list: a styled native <select>, so it works without
// JavaScript and uses the phone's own picker. Pass <option>s as children.
import { ChevronDown } from 'lucide-react'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

export function Select({ className, children, ...props }: ComponentProps<'select'>) {
  return (
    <span data-slot="select-wrapper" className="relative block w-full">
      <select
        data-slot="select"
        className={cn(
          'h-10 w-full min-w-0 cursor-pointer appearance-none rounded-md border border-input bg-background py-2 ps-3 pe-9 text-base text-foreground shadow-xs transition-[color,box-shadow] outline-none focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-1 aria-invalid:ring-destructive sm:text-sm',
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute end-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
    </span>
  )
}
