import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'
import { roleLabels, type Role } from '@/lib/roles'
import { getPublishedPolicy, publishedPolicySlugs } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = publishedPolicySlugs

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  if (!policy) return { title: 'Policy not found' }
  return pageMetadata({
    title: policy.title,
    description: policy.summary || `${policy.title}: the current version, with every earlier one kept.`,
    path: `/policies/${policy.slug}`,
    kind: 'article',
  })
}

export default async function PolicyPage({ params }: Props) {
  const { slug } = await params
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()

  return (
    <article>
      <PageHeader back={{ href: '/policies', label: 'Policies' }} title={policy.title}>
        <p className="meta m-0 text-sm text-muted-foreground" data-testid="policy-version">
          Version {policy.versionNumber} · Last updated {formatDate(policy.publishedAt)} ·{' '}
          <Link className="font-medium" href={`/policies/${policy.slug}/versions`}>
            Version history
          </Link>
        </p>
        {policy.requiredFor && policy.requiredFor.length > 0 && (
          <Alert className="max-w-[70ch]" variant="info">
            <AlertDescription>Accepted by every {policy.requiredFor.map((role) => roleLabels[role as Role]).join(', ')} when joining.</AlertDescription>
          </Alert>
        )}
      </PageHeader>
      <RichText data={policy.body} />
    </article>
  )
}
