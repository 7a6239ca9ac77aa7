// Use for a page that is one form or one message (sign in, join, change your password): a
// centred column with the page's header above a card.
import type { ReactNode } from 'react'

import { Card, CardContent } from '@/components/ui/card'
import { cn } from '@/lib/cn'

import { PageHeader } from './PageHeader'

export function NarrowPage({
  title,
  lead,
  back,
  children,
  after,
  className,
}: {
  title: ReactNode
  lead?: ReactNode
  back?: { href: string; label: string }
  /** The card's content: usually the form. */
  children: ReactNode
  /** Shown under the card: links to related pages. */
  after?: ReactNode
  className?: string
}) {
  return (
    <div className={cn('mx-auto w-full max-w-lg', className)}>
      <PageHeader back={back} className="mb-6" lead={lead} title={title} />
      <Card>
        <CardContent className="flex flex-col gap-4 text-base">{children}</CardContent>
      </Card>
      {after && <div className="mt-6 flex flex-col gap-2 text-sm text-muted-foreground">{after}</div>}
    </div>
  )
}
