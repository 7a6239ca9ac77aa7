import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

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
  return { title: guide?.title ?? 'Guide not found', description: guide?.summary }
}

export default async function RoleGuidePage({ params }: Props) {
  const guide = await getRoleGuide((await params).role)
  if (!guide) notFound()
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/guides">Role guides</Link>
      </p>
      <h1>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>
      <RichText data={guide.body} />
      <p>
        Everyone on the platform follows its <Link href="/policies">policies</Link>.
      </p>
    </article>
  )
}
