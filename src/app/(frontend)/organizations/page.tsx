import type { Metadata } from 'next'

import Link from 'next/link'

import { pageMetadata } from '@/site/metadata'
import { logoSource, OrganizationLogo } from '@/components/OrganizationLogo'
import { Pagination } from '@/components/Pagination'
import { CardLink } from '@/components/ui/card'
import { singleValues, type SearchParams } from '@/lib/search-params'
import { isOrganizationKind, listOrganizations, organizationKindLabels, organizationKinds } from '@/queries/organizations'

/**
 * The unfiltered list every visitor shares, from the page cache and refreshed on publish. An
 * address with a filter or a page number is rewritten to /filtered/organizations, this same page rendered
 * per request (src/server/filtered-lists.mjs); here `searchParams` is always empty.
 */
export const dynamic = 'force-static'
export const revalidate = 600

export const metadata: Metadata = pageMetadata({
  title: 'Organisations',
  description: 'Companies and Career Centers that support LGBTQ+ students: their groups, events and jobs.',
  path: '/organizations',
})

type Props = { searchParams: Promise<SearchParams> }

export default async function OrganizationsPage({ searchParams }: Props) {
  const params = singleValues(await searchParams)
  const kind = isOrganizationKind(params.kind) ? params.kind : undefined
  const q = params.q?.slice(0, 100) ?? ''
  const page = Number.parseInt(params.page ?? '1', 10) || 1
  const result = await listOrganizations({ kind, q, page })
  const query = (target: number) => {
    const search = new URLSearchParams()
    if (kind) search.set('kind', kind)
    if (q) search.set('q', q)
    if (target > 1) search.set('page', String(target))
    const text = search.toString()
    return `/organizations${text ? `?${text}` : ''}`
  }

  return (
    <>
      <h1>Organisations</h1>
      <p className="lead">Companies that show their inclusion work, and campus Career Centers that support LGBTQ+ students.</p>

      <form className="filter-form" method="get" action="/organizations" role="search" aria-label="Organisations">
        <div className="field">
          <label htmlFor="q">Name</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="kind">Kind</label>
          <select id="kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">Companies and Career Centers</option>
            {organizationKinds.map((value) => (
              <option key={value} value={value}>
                {value === 'company' ? 'Companies' : 'Career Centers'}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Show organisations</button>
      </form>

      <p role="status" className="meta" data-testid="result-count">
        {result.totalDocs === 1 ? '1 organisation' : `${result.totalDocs} organisations`}
        {q ? ` matching “${q}”` : ''}
      </p>

      {result.docs.length === 0 ? (
        <div className="notice">
          <p>No organisation matches these choices.</p>
          <p>
            Try another spelling, or <Link href="/organizations">see every organisation</Link>.
          </p>
        </div>
      ) : (
        <ul className="card-grid">
          {result.docs.map((organization) => (
            <li className="card relative flex flex-col gap-3 transition-colors hover:border-primary/60 hover:bg-accent/40" key={organization.id}>
              <div className="flex items-center gap-3">
                <OrganizationLogo name={organization.name} src={logoSource(organization.logo)} size="sm" />
                <div className="min-w-0">
                  <h2 className="m-0 text-lg leading-snug font-semibold">
                    <CardLink href={`/organizations/${organization.slug}`}>{organization.name}</CardLink>
                  </h2>
                  <p className="meta m-0 text-sm text-muted-foreground">
                    {organizationKindLabels[organization.kind]}
                    {organization.location ? ` · ${organization.location}` : ''}
                  </p>
                </div>
              </div>
              {organization.summary && <p className="m-0">{organization.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page ?? 1} totalPages={result.totalPages} href={query} />
    </>
  )
}
