// Use in a loading.tsx or Suspense fallback, shaped like the content that will replace it.
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="skeleton" aria-hidden className={cn('animate-pulse rounded-md bg-muted motion-reduce:animate-none', className)} {...props} />
}
