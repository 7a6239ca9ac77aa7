import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText, safeHref } from '@/components/RichText'
import { formatDate } from '@/lib/dates'
import { getResource } from '@/queries/resources'
import { getSiteShell } from '@/queries/site'
import { resourceAudienceLabel, resourceCategoryLabel } from '@/resources/options'

export const revalidate = 600

// Pages are made on first visit and cached; publishing and unpublishing refresh them.
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resource = await getResource((await params).slug)
  return resource ? { title: resource.title, description: resource.summary } : {}
}

const sizeOf = (bytes: number | null | undefined) =>
  bytes ? (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`) : ''

export default async function ResourcePage({ params }: Props) {
  const resource = await getResource((await params).slug)
  if (!resource) notFound()
  const { settings } = await getSiteShell()

  return (
    <article className="resource">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/resources">Resources</Link>
      </nav>
      <h1>{resource.title}</h1>
      <p className="meta">
        {resourceCategoryLabel(resource.category)} · From{' '}
        {resource.host ? <Link href={`/organizations/${resource.host.slug}`}>{resource.host.name}</Link> : settings.siteName} · Updated{' '}
        {formatDate(resource.updatedAt)}
      </p>
      <p className="meta">For {(resource.audience ?? []).map(resourceAudienceLabel).join(', ')}</p>
      <p className="lead">{resource.summary}</p>
      {resource.body && <RichText className="prose" data={resource.body} />}
      {(resource.url || resource.link) && (
        <ul className="link-list">
          {resource.url && resource.filename && (
            <li>
              <a href={resource.url} data-testid="resource-file">
                Download the PDF ({sizeOf(resource.filesize)})
              </a>
            </li>
          )}
          {resource.link && (
            <li>
              <a href={safeHref(resource.link)} rel="noopener noreferrer">
                Read it on the web
              </a>
            </li>
          )}
        </ul>
      )}
    </article>
  )
}
