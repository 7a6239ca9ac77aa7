import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { guideAudiences } from '@/lib/roles'
import { getRoleGuide } from '@/queries/guides'

export const revalidate = 600

type Props = { params: Promise<{ role: string }> }

export function generateStaticParams() {
  return guideAudiences.map((role) => ({ role }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getRoleGuide((await params).role)
  if (!guide) return { title: 'Guide not found' }
  return pageMetadata({ title: guide.title, description: guide.summary, path: `/guides/${guide.role}`, kind: 'article' })
}

export default async function RoleGuidePage({ params }: Props) {
  const guide = await getRoleGuide((await params).role)
  if (!guide) notFound()
  return (
    <article>
      <PageHeader back={{ href: '/guides', label: 'Role guides' }} lead={guide.summary} title={guide.title} />
      <RichText data={guide.body} />
      <p className="mt-10 max-w-[70ch] border-t border-border pt-6 text-muted-foreground">
        Everyone on the platform follows its <Link href="/policies">policies</Link>.
      </p>
    </article>
  )
}
