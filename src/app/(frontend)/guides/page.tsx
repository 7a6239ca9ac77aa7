import type { Metadata } from 'next'

import { pageMetadata } from '@/site/metadata'
import { GuideCards } from '@/components/GuideCards'
import { PageHeader } from '@/components/page/PageHeader'
import { listRoleGuides } from '@/queries/guides'

export const revalidate = 600

export const metadata: Metadata = pageMetadata({
  title: 'Role guides',
  description: 'What Career Candidates, Mentors, Connectors, companies and Career Centers do here, and how.',
  path: '/guides',
})

export default async function GuidesPage() {
  const guides = await listRoleGuides()
  return (
    <>
      <PageHeader lead="What each role brings, what it can expect, and how to get started." title="Role guides" />
      <GuideCards guides={guides} headingLevel="h2" />
    </>
  )
}
