// Use for every single-line input: text, email, password, search, number, url, date, time,
// datetime-local and file (native controls, so they work without JavaScript; `color-scheme` in the
// theme makes the date and time pickers follow light or dark).
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

export const inputClasses = cn(
  'flex h-10 w-full min-w-0 rounded-md border border-input bg-background px-3 py-2 text-base text-foreground shadow-xs transition-[color,box-shadow] outline-none sm:text-sm',
  'placeholder:text-muted-foreground',
  'focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/40',
  'disabled:cursor-not-allowed disabled:opacity-50',
  'aria-invalid:border-destructive aria-invalid:ring-1 aria-invalid:ring-destructive',
  // File inputs: the native button styled as a secondary button, the file name as muted text.
  'file:mr-3 file:h-7 file:cursor-pointer file:rounded-sm file:border-0 file:bg-secondary file:px-3 file:text-sm file:font-medium file:text-secondary-foreground hover:file:bg-accent',
  '[&[type=file]]:h-auto [&[type=file]]:py-1.5 [&[type=file]]:text-muted-foreground',
  // Date and time: the picker icon is the browser's; keep the text from wrapping on phones.
  '[&::-webkit-calendar-picker-indicator]:cursor-pointer [&::-webkit-datetime-edit]:p-0',
)

export function Input({ className, type, ...props }: ComponentProps<'input'>) {
  return <input data-slot="input" type={type} className={cn(inputClasses, className)} {...props} />
}
