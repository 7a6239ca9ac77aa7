// Use for an item in a list or grid (an event, a job, a guide) and for a boxed section of a page.
// A card that opens a page gets one <CardLink> in its title: the link's ::after covers the whole
// card, so the card is clickable anywhere while a screen reader hears one link. Another control
// inside such a card needs `relative z-10` to stay clickable above it.
import Link from 'next/link'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

export function Card({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="card"
      className={cn(
        'relative flex flex-col gap-4 rounded-xl border border-border bg-card py-5 text-card-foreground shadow-xs transition-colors',
        'has-[[data-slot=card-link]]:hover:border-primary/60 has-[[data-slot=card-link]]:hover:bg-accent/40',
        className,
      )}
      {...props}
    />
  )
}

export function CardHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-header" className={cn('flex flex-col gap-1.5 px-5', className)} {...props} />
}

type HeadingLevel = 'h2' | 'h3' | 'h4' | 'div'

/** The card's name; `as` picks the heading level that fits the page's outline (default h3). */
export function CardTitle({ className, as: Heading = 'h3', ...props }: ComponentProps<'h3'> & { as?: HeadingLevel }) {
  return <Heading data-slot="card-title" className={cn('m-0 text-lg leading-snug font-semibold tracking-tight text-card-foreground', className)} {...props} />
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p data-slot="card-description" className={cn('m-0 text-sm text-muted-foreground', className)} {...props} />
}

export function CardContent({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-content" className={cn('px-5 text-sm', className)} {...props} />
}

export function CardFooter({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-footer" className={cn('mt-auto flex items-center gap-3 px-5', className)} {...props} />
}

/** The one link of a card that opens a page; put it inside the CardTitle. */
// Lists show many cards at once: prefetching each one as it scrolls into view would spend a
// phone's data on pages nobody opened, so a card's page is fetched when it is opened.
export function CardLink({ className, prefetch = false, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      prefetch={prefetch}
      data-slot="card-link"
      className={cn(
        'text-card-foreground no-underline outline-none after:absolute after:inset-0 after:rounded-xl after:content-[""] hover:text-primary focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-ring',
        className,
      )}
      {...props}
    />
  )
}
