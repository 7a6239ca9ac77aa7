import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
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
  return { title: found ? `${found.snapshot.title}, version ${found.snapshot.versionNumber}` : 'Version not found' }
}

export default async function PolicyVersionPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { policy, snapshot } = found
  const isCurrent = snapshot.versionNumber === policy.versionNumber

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/policies">Policies</Link> / <Link href={`/policies/${policy.slug}`}>{policy.title}</Link> /{' '}
        <Link href={`/policies/${policy.slug}/versions`}>Versions</Link>
      </p>
      <h1>{snapshot.title}</h1>
      <p className="meta">
        Version {snapshot.versionNumber} · Published {formatDate(snapshot.publishedAt)}
      </p>
      {isCurrent ? (
        <p className="notice">This is the current version.</p>
      ) : (
        <p className="notice">
          This is an earlier version. <Link href={`/policies/${policy.slug}`}>Read the current version ({policy.versionNumber})</Link> or{' '}
          <Link href={`/policies/${policy.slug}/compare?from=${snapshot.versionNumber}&to=${policy.versionNumber}`}>see what changed since</Link>.
        </p>
      )}
      {snapshot.changeSummary && (
        <p>
          <strong>What changed in this version:</strong> {snapshot.changeSummary}
        </p>
      )}
      <RichText data={snapshot.body} />
    </article>
  )
}
