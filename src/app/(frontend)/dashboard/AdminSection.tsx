import Link from 'next/link'
import { Button } from '@/components/ui/button'
import type { AdminOverview } from '@/queries/dashboard'

import { Section } from './Section'

/** An admin's short overview: what waits for the team, and the way into /admin. */
export function AdminSection({ overview }: { overview: AdminOverview }) {
  const figures = [
    { label: 'New conduct reports', value: overview.newReports, href: '/admin/collections/conduct-reports' },
    { label: 'New contact messages', value: overview.newContactMessages, href: '/admin/collections/contact-messages' },
    { label: 'Requests waiting for a mentor', value: overview.waitingRequests, href: '/admin/collections/mentorship-requests' },
    { label: 'Member accounts', value: overview.members, href: '/admin/collections/users' },
  ]
  return (
    <Section id="admin-overview" title="Platform overview">
      <dl className="m-0 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map((figure) => (
          <div className="flex flex-col-reverse rounded-lg border border-border bg-muted/50 px-4 py-3" key={figure.label}>
            <dt className="text-sm text-muted-foreground">
              <a className="text-muted-foreground hover:text-primary" href={figure.href}>
                {figure.label}
              </a>
            </dt>
            <dd className="m-0 text-2xl font-semibold text-foreground">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="m-0">
        <Button asChild size="sm">
          <Link prefetch={false} href="/admin">
            Open the admin panel
          </Link>
        </Button>
      </p>
    </Section>
  )
}
