import Link from 'next/link'
import type { ReactNode } from 'react'

import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card'

/** One box of the dashboard: a titled card, its content, and an optional "see all" link. */
export function Section({
  id,
  title,
  description,
  action,
  children,
}: {
  id: string
  title: string
  description?: ReactNode
  action?: { href: string; label: string }
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <Card className="h-full">
        <CardHeader>
          <CardTitle as="h2" className="text-xl" id={id}>
            {title}
          </CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </CardHeader>
        <CardContent className="flex flex-col gap-3">{children}</CardContent>
        {action && (
          <CardFooter>
            <Link className="text-sm font-medium" href={action.href}>
              {action.label} <span aria-hidden>→</span>
            </Link>
          </CardFooter>
        )}
      </Card>
    </section>
  )
}

/** What an empty list says instead, with the next step to take. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div
      className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-border bg-muted/50 px-4 py-4 text-muted-foreground"
      data-testid="empty-state"
    >
      <p className="m-0">{children}</p>
      {action}
    </div>
  )
}

/** Rows of a dashboard list, divided by a line. */
export function Rows({ children, label }: { children: ReactNode; label: string }) {
  return (
    <ul aria-label={label} className="m-0 flex list-none flex-col divide-y divide-border p-0">
      {children}
    </ul>
  )
}

export function Row({ children }: { children: ReactNode }) {
  return <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3 first:pt-0 last:pb-0">{children}</li>
}

/** The dashboard's two-column grid on wide screens. */
export function Grid({ children }: { children: ReactNode }) {
  return <div className="grid gap-6 lg:grid-cols-2">{children}</div>
}
