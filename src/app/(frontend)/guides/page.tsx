import type { Metadata } from 'next'

import { GuideCards } from '@/components/GuideCards'
import { listRoleGuides } from '@/queries/guides'

export const revalidate = 600

export const metadata: Metadata = { title: 'Role guides' }

export default async function GuidesPage() {
  const guides = await listRoleGuides()
  return (
    <>
      <h1>Role guides</h1>
      <p className="lead">What each role brings, what it can expect, and how to get started.</p>
      <GuideCards guides={guides} headingLevel="h2" />
    </>
  )
}
