// Use for a message about the page or a form's outcome: an error (role="alert" is the caller's
// choice), a confirmation, a notice. Not for toasts, which vanish.
import { cva, type VariantProps } from 'class-variance-authority'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

export const alertVariants = cva(
  'relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm has-[>svg]:grid-cols-[1.25rem_1fr] has-[>svg]:gap-x-3 [&>svg]:size-5 [&>svg]:translate-y-0.5',
  {
    variants: {
      variant: {
        default: 'border-border bg-card text-card-foreground [&>svg]:text-muted-foreground',
        info: 'border-primary/40 bg-accent text-accent-foreground [&>svg]:text-primary',
        success: 'border-success/60 bg-card text-card-foreground [&>svg]:text-success',
        warning: 'border-warning-foreground/40 bg-warning text-warning-foreground',
        destructive: 'border-destructive/60 bg-card text-destructive [&>svg]:text-destructive',
      },
    },
    defaultVariants: { variant: 'default' },
  },
)

export function Alert({ className, variant, ...props }: ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  return <div data-slot="alert" className={cn(alertVariants({ variant }), className)} {...props} />
}

export function AlertTitle({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="alert-title" className={cn('col-start-2 font-semibold', className)} {...props} />
}

export function AlertDescription({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="alert-description"
      className={cn('col-start-2 grid gap-1 [&_a]:font-medium [&_a]:text-current [&_a]:underline [&_p]:m-0', className)}
      {...props}
    />
  )
}
