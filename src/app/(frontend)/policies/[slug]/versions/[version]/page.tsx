import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'
import { getPolicyVersion, getPublishedPolicy, parseVersionNumber } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string; version: string }> }

/** Old versions never change: each is rendered on its first visit and then served from the cache. */
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { slug, version } = await params
  const number = parseVersionNumber(version)
  const policy = await getPublishedPolicy(slug)
  if (!policy || !number) return null
  const snapshot = await getPolicyVersion(policy, number)
  return snapshot ? { policy, snapshot } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: 'Version not found' }
  const { policy, snapshot } = found
  return pageMetadata({
    title: `${snapshot.title}, version ${snapshot.versionNumber}`,
    description: `${snapshot.title} as it read in version ${snapshot.versionNumber}, kept unchanged.`,
    path: `/policies/${policy.slug}/versions/${snapshot.versionNumber}`,
    kind: 'article',
  })
}

export default async function PolicyVersionPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { policy, snapshot } = found
  const isCurrent = snapshot.versionNumber === policy.versionNumber

  return (
    <article>
      <PageHeader
        title={snapshot.title}
        trail={[
          { href: '/policies', label: 'Policies' },
          { href: `/policies/${policy.slug}`, label: policy.title },
          { href: `/policies/${policy.slug}/versions`, label: 'Versions' },
        ]}
      >
        <p className="meta m-0 text-sm text-muted-foreground">
          Version {snapshot.versionNumber} · Published {formatDate(snapshot.publishedAt)}
        </p>
        <Alert className="notice max-w-[70ch]" variant={isCurrent ? 'default' : 'warning'}>
          <AlertDescription>
            {isCurrent ? (
              <p>This is the current version.</p>
            ) : (
              <p>
                This is an earlier version. <Link href={`/policies/${policy.slug}`}>Read the current version ({policy.versionNumber})</Link> or{' '}
                <Link href={`/policies/${policy.slug}/compare?from=${snapshot.versionNumber}&to=${policy.versionNumber}`}>see what changed since</Link>.
              </p>
            )}
          </AlertDescription>
        </Alert>
        {snapshot.changeSummary && (
          <p className="m-0 max-w-[70ch]">
            <strong>What changed in this version:</strong> {snapshot.changeSummary}
          </p>
        )}
      </PageHeader>
      <RichText data={snapshot.body} />
    </article>
  )
}
