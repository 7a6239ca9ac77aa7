import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { formatDate } from '@/lib/dates'
import { roleLabels, type Role } from '@/lib/roles'
import { getPublishedPolicy, publishedPolicySlugs } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = publishedPolicySlugs

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  return { title: policy?.title ?? 'Policy not found', description: policy?.summary ?? undefined }
}

export default async function PolicyPage({ params }: Props) {
  const { slug } = await params
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()

  return (
    <article>
      <p className="breadcrumb">
        <Link href="/policies">Policies</Link>
      </p>
      <h1>{policy.title}</h1>
      <p className="meta" data-testid="policy-version">
        Version {policy.versionNumber} · Last updated {formatDate(policy.publishedAt)} · <Link href={`/policies/${policy.slug}/versions`}>Version history</Link>
      </p>
      {policy.requiredFor && policy.requiredFor.length > 0 && (
        <p className="notice">Accepted by every {policy.requiredFor.map((role) => roleLabels[role as Role]).join(', ')} when joining.</p>
      )}
      <RichText data={policy.body} />
    </article>
  )
}
