import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Download, ExternalLink } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText, safeHref } from '@/components/RichText'
import { Button } from '@/components/ui/button'
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
  return resource ? pageMetadata({ title: resource.title, description: resource.summary, path: `/resources/${resource.slug}`, kind: 'article' }) : {}
}

const sizeOf = (bytes: number | null | undefined) =>
  bytes ? (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`) : ''

export default async function ResourcePage({ params }: Props) {
  const resource = await getResource((await params).slug)
  if (!resource) notFound()
  const { settings } = await getSiteShell()

  return (
    <article className="resource">
      <PageHeader back={{ href: '/resources', label: 'Resources' }} lead={resource.summary} title={resource.title}>
        <p className="meta m-0 text-sm text-muted-foreground">
          {resourceCategoryLabel(resource.category)} · From{' '}
          {resource.host ? <Link href={`/organizations/${resource.host.slug}`}>{resource.host.name}</Link> : settings.siteName} · Updated{' '}
          {formatDate(resource.updatedAt)}
        </p>
        <p className="meta m-0 text-sm text-muted-foreground">For {(resource.audience ?? []).map(resourceAudienceLabel).join(', ')}</p>
        {(resource.url || resource.link) && (
          <div className="mt-2 flex flex-wrap gap-3">
            {resource.url && resource.filename && (
              <Button asChild>
                <a href={resource.url} data-testid="resource-file">
                  <Download aria-hidden />
                  Download the PDF ({sizeOf(resource.filesize)})
                </a>
              </Button>
            )}
            {resource.link && (
              <Button asChild variant="outline">
                <a href={safeHref(resource.link)} rel="noopener noreferrer">
                  <ExternalLink aria-hidden />
                  Read it on the web
                </a>
              </Button>
            )}
          </div>
        )}
      </PageHeader>
      {resource.body && <RichText className="prose" data={resource.body} />}
    </article>
  )
}
