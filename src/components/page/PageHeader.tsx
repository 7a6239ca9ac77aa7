// Use at the top of every page: the one h1, an optional lead and a link back up the site.
import { ChevronLeft, ChevronRight } from 'lucide-react'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

export function PageHeader({
  title,
  lead,
  back,
  trail,
  children,
  className,
}: {
  title: ReactNode
  lead?: ReactNode
  /** The page this one belongs to, shown above the title. */
  back?: { href: string; label: string }
  /** Or the whole way down from a section (Policies › Code of Conduct › Versions). */
  trail?: { href: string; label: string }[]
  /** Actions or facts shown under the lead (buttons, a badge, a meta line). */
  children?: ReactNode
  className?: string
}) {
  return (
    <div className={cn('mb-8 flex flex-col gap-3', className)}>
      {trail && trail.length > 0 && (
        <nav aria-label="Breadcrumb" className="breadcrumb text-sm">
          <ol className="m-0 flex list-none flex-wrap items-center gap-1 p-0">
            {trail.map((step, index) => (
              <li className="inline-flex items-center gap-1" key={step.href}>
                {index > 0 && <ChevronRight aria-hidden className="size-3.5 text-muted-foreground" />}
                <Link className="font-medium text-muted-foreground no-underline hover:text-primary" href={step.href}>
                  {step.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {back && (
        <p className="breadcrumb m-0 text-sm">
          <Link className="inline-flex items-center gap-1 font-medium text-muted-foreground no-underline hover:text-primary" href={back.href}>
            <ChevronLeft aria-hidden className="size-4" />
            {back.label}
          </Link>
        </p>
      )}
      <h1>{title}</h1>
      {lead && <p className="lead m-0 max-w-[65ch] text-lg text-muted-foreground">{lead}</p>}
      {children}
    </div>
  )
}
