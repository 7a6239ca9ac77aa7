import type { Metadata } from 'next'

import Link from 'next/link'

import { formatDate } from '@/lib/dates'
import { listPublishedPolicies } from '@/queries/policies'

export const revalidate = 600

export const metadata: Metadata = { title: 'Policies' }

export default async function PoliciesPage() {
  const policies = await listPublishedPolicies()
  return (
    <>
      <h1>Policies</h1>
      <p className="lead">The rules everyone on the platform agrees to. Each policy shows its current version and keeps every earlier one.</p>
      {policies.length === 0 ? (
        <p>No policies have been published yet.</p>
      ) : (
        <ul className="card-grid">
          {policies.map((policy) => (
            <li className="card" key={policy.id}>
              <h2>
                <Link href={`/policies/${policy.slug}`}>{policy.title}</Link>
              </h2>
              {policy.summary && <p>{policy.summary}</p>}
              <p className="meta">
                Version {policy.versionNumber} · Last updated {formatDate(policy.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
