import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/page/PageHeader'
import { formatDate } from '@/lib/dates'
import { labelOf, agreementAudiences } from '@/programs/options'
import { agreementPath, getPublicProgram, listPublishedAgreements } from '@/queries/program-agreements'
import { pageMetadata } from '@/site/metadata'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await getPublicProgram((await params).slug)
  if (!program) return { title: 'Programme not found' }
  return pageMetadata({
    title: `${program.name}: agreements`,
    description: `What members of ${program.name} agree to, with every earlier version kept.`,
    path: `/programs/${program.slug}/agreements`,
  })
}

/** A programme's published agreements, each with who accepts it and its current version. */
export default async function ProgramAgreementsPage({ params }: Props) {
  const program = await getPublicProgram((await params).slug)
  if (!program) notFound()
  const agreements = await listPublishedAgreements(program)

  return (
    <>
      <PageHeader
        back={{ href: `/programs/${program.slug}`, label: program.name }}
        lead={`What members of ${program.name} agree to when they join. Each agreement keeps every published version.`}
        title={`${program.name}: agreements`}
      />
      {agreements.length === 0 ? (
        <p className="text-muted-foreground">This programme has not published agreements yet.</p>
      ) : (
        <ul className="m-0 flex max-w-[70ch] list-none flex-col gap-4 p-0" data-testid="agreement-list">
          {agreements.map((agreement) => (
            <li className="rounded-xl border border-border bg-card p-5" key={agreement.id}>
              <h2 className="m-0 text-lg">
                <Link href={agreementPath(program.slug, agreement.slug ?? '')}>{agreement.title}</Link>
              </h2>
              {agreement.summary && <p className="m-0 mt-2">{agreement.summary}</p>}
              <p className="m-0 mt-2 text-sm text-muted-foreground">
                {labelOf(agreementAudiences, agreement.appliesTo)} · Version {agreement.versionNumber} · Last updated {formatDate(agreement.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
