import type { Metadata } from 'next'

import Link from 'next/link'

import { FileText, Link2 } from 'lucide-react'

import { pageMetadata } from '@/site/metadata'
import { Field } from '@/components/forms/Field'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { FilterBar } from '@/components/page/FilterBar'
import { PageHeader } from '@/components/page/PageHeader'
import { Card, CardContent, CardDescription, CardHeader, CardLink, CardTitle } from '@/components/ui/card'
import { Pagination } from '@/components/Pagination'
import { listResources, parseResourceSearch, resourcesHref, resourcesPerPage } from '@/queries/resources'
import { getSiteShell } from '@/queries/site'
import { resourceAudiences, resourceCategories, resourceCategoryLabel } from '@/resources/options'

/**
 * The unfiltered list every visitor shares, from the page cache and refreshed on publish. An
 * address with a filter or a page number is rewritten to /filtered/resources, this same page rendered
 * per request (src/server/filtered-lists.mjs); here `searchParams` is always empty.
 */
export const dynamic = 'force-static'
export const revalidate = 600

export const metadata: Metadata = pageMetadata({
  title: 'Resources',
  description: 'Guides, templates and links from Career Centers: résumés, interviews, workplace rights and more.',
  path: '/resources',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ResourcesPage({ searchParams }: Props) {
  const search = parseResourceSearch(await searchParams)
  const [result, { settings }] = await Promise.all([listResources(search), getSiteShell()])
  const filtered = Boolean(search.category || search.audience || search.q)
  const first = (result.page - 1) * resourcesPerPage + 1

  return (
    <>
      <PageHeader lead={`Guides, templates and links from Career Centers and the ${settings.siteName} team.`} title="Resources" />

      <FilterBar action="/resources" label="Resources" submitLabel="Show resources">
        <Field className="col-span-full lg:col-span-2" defaultValue={search.q ?? ''} label="Title" maxLength={80} name="q" type="search" />
        <FilterSelect name="category" label="Topic" value={search.category} anyLabel="Any topic" options={resourceCategories} />
        <FilterSelect name="audience" label="Written for" value={search.audience} anyLabel="Anyone" options={resourceAudiences} />
      </FilterBar>

      <p role="status" className="meta mb-4 text-sm text-muted-foreground" data-testid="result-count">
        {result.totalDocs === 1 ? '1 resource' : `${result.totalDocs} resources`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice flex flex-col gap-2" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p className="m-0">
              There are no more resources on this page. <Link href={resourcesHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : filtered ? (
            <>
              <p className="m-0">No resource matches these choices.</p>
              <p className="m-0">
                <Link href="/resources">Clear the filters</Link> to see every resource.
              </p>
            </>
          ) : (
            <p className="m-0">No resources are shared yet. Career Centers add them from their staff area.</p>
          )}
        </div>
      ) : (
        <ul className="card-grid">
          {result.docs.map((resource) => {
            const Icon = resource.filename ? FileText : Link2
            return (
              <li className="flex" key={resource.id}>
                <Card className="w-full">
                  <CardHeader>
                    <p className="meta m-0 flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
                      <Icon aria-hidden className="size-4 text-primary" />
                      {resourceCategoryLabel(resource.category)} · From {resource.host?.name ?? settings.siteName}
                      {resource.filename ? ' · PDF' : ''}
                    </p>
                    <CardTitle as="h2">
                      <CardLink href={`/resources/${resource.slug}`}>{resource.title}</CardLink>
                    </CardTitle>
                  </CardHeader>
                  <CardContent>
                    <CardDescription className="text-base">{resource.summary}</CardDescription>
                  </CardContent>
                </Card>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => resourcesHref(search, { page })} />
    </>
  )
}
