import type { Metadata } from 'next'

import Link from 'next/link'

import { FilterSelect } from '@/components/forms/FilterSelect'
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

export const metadata: Metadata = {
  title: 'Resources',
  description: 'Guides, templates and links from Career Centers: résumés, interviews, workplace rights and more.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ResourcesPage({ searchParams }: Props) {
  const search = parseResourceSearch(await searchParams)
  const [result, { settings }] = await Promise.all([listResources(search), getSiteShell()])
  const filtered = Boolean(search.category || search.audience || search.q)
  const first = (result.page - 1) * resourcesPerPage + 1

  return (
    <>
      <h1>Resources</h1>
      <p className="lead">Guides, templates and links from Career Centers and the {settings.siteName} team.</p>

      <form className="filter-form" method="get" action="/resources" role="search" aria-label="Resources">
        <div className="field">
          <label htmlFor="q">Title</label>
          <input id="q" name="q" defaultValue={search.q ?? ''} maxLength={80} />
        </div>
        <FilterSelect name="category" label="Topic" value={search.category} anyLabel="Any topic" options={resourceCategories} />
        <FilterSelect name="audience" label="Written for" value={search.audience} anyLabel="Anyone" options={resourceAudiences} />
        <button type="submit">Show resources</button>
      </form>

      <p role="status" className="meta" data-testid="result-count">
        {result.totalDocs === 1 ? '1 resource' : `${result.totalDocs} resources`}
        {result.totalPages > 1 && result.docs.length > 0 ? `, showing ${first}–${first + result.docs.length - 1}` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p>
              There are no more resources on this page. <Link href={resourcesHref(search, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : filtered ? (
            <>
              <p>No resource matches these choices.</p>
              <p>
                <Link href="/resources">Clear the filters</Link> to see every resource.
              </p>
            </>
          ) : (
            <p>No resources are shared yet. Career Centers add them from their staff area.</p>
          )}
        </div>
      ) : (
        <ul className="card-grid">
          {result.docs.map((resource) => (
            <li className="card" key={resource.id}>
              <h2>
                <Link href={`/resources/${resource.slug}`}>{resource.title}</Link>
              </h2>
              <p className="meta">
                {resourceCategoryLabel(resource.category)} · From {resource.host?.name ?? settings.siteName}
                {resource.filename ? ' · PDF' : ''}
              </p>
              <p>{resource.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => resourcesHref(search, { page })} />
    </>
  )
}
