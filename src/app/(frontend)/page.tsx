import Link from 'next/link'

import { GuideCards } from '@/components/GuideCards'
import { listRoleGuides } from '@/queries/guides'
import { listPublishedPolicies } from '@/queries/policies'
import { getSiteShell } from '@/queries/site'

export const revalidate = 600

export default async function HomePage() {
  const [{ settings }, guides, policies] = await Promise.all([getSiteShell(), listRoleGuides(), listPublishedPolicies()])
  return (
    <>
      <section className="hero" aria-labelledby="welcome">
        <h1 id="welcome">{settings.siteName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </section>

      <section aria-labelledby="start-here">
        <h2 id="start-here">Where to start</h2>
        <GuideCards guides={guides} headingLevel="h3" />
      </section>

      <section aria-labelledby="our-policies">
        <h2 id="our-policies">Our policies</h2>
        <p>Everyone who takes part agrees to these. Every change is published with its history.</p>
        {policies.length === 0 ? (
          <p>No policies have been published yet.</p>
        ) : (
          <ul className="link-list">
            {policies.map((policy) => (
              <li key={policy.id}>
                <Link href={`/policies/${policy.slug}`}>{policy.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
