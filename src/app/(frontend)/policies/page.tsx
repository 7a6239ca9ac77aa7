import type { Metadata } from 'next'

import { FileText } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardLink, CardTitle } from '@/components/ui/card'
import { formatDate } from '@/lib/dates'
import { listPublishedPolicies } from '@/queries/policies'

export const revalidate = 600

export const metadata: Metadata = pageMetadata({
  title: 'Policies',
  description: 'The platform’s policies, every version kept, with what changed each time.',
  path: '/policies',
})

export default async function PoliciesPage() {
  const policies = await listPublishedPolicies()
  return (
    <>
      <PageHeader lead="The rules everyone on the platform agrees to. Each policy shows its current version and keeps every earlier one." title="Policies" />
      {policies.length === 0 ? (
        <p className="notice">No policies have been published yet.</p>
      ) : (
        <ul className="card-grid">
          {policies.map((policy) => (
            <li className="flex" key={policy.id}>
              <Card className="w-full">
                <CardHeader>
                  <FileText aria-hidden className="mb-1 size-5 text-primary" />
                  <CardTitle as="h2">
                    <CardLink href={`/policies/${policy.slug}`}>{policy.title}</CardLink>
                  </CardTitle>
                </CardHeader>
                {policy.summary && (
                  <CardContent>
                    <CardDescription className="text-base text-card-foreground">{policy.summary}</CardDescription>
                  </CardContent>
                )}
                <CardFooter>
                  <p className="meta m-0 text-sm text-muted-foreground">
                    Version {policy.versionNumber} · Last updated {formatDate(policy.publishedAt)}
                  </p>
                </CardFooter>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
