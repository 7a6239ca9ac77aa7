import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { findBlockCandidate, type BlockTarget } from '@/blocks/manage'
import { getPayloadClient } from '@/lib/payload'

import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'

import { BlockForm } from './BlockForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Block a member',
  description: 'Stop a member from writing to you or seeing your profile. They are not told.',
  path: '/account/block',
})

type Props = { searchParams: Promise<{ profile?: string; request?: string; message?: string }> }

const one = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** Reached from a profile, a request or a message: says what blocking does, then blocks (and reports, if asked). */
export default async function BlockPage({ searchParams }: Props) {
  const query = await searchParams
  const profile = one(query.profile)
  const request = one(query.request)
  const message = one(query.message)
  const here = `/account/block?${new URLSearchParams(Object.entries({ profile, request, message }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`
  const member = await getSignedInMember()
  if (!member) redirect(`/signin?next=${encodeURIComponent(here)}`)
  const target: BlockTarget | null = profile ? { profile } : request ? { request, ...(message ? { message } : {}) } : null
  const candidate = target ? await findBlockCandidate(await getPayloadClient(), member, target) : null
  if (!candidate) notFound()

  return (
    <NarrowPage back={{ href: '/account/blocked', label: 'Blocked members' }} title={`Block ${candidate.name}?`}>
      {candidate.alreadyBlocked ? (
        <Alert className="notice" role="status">
          <AlertDescription>
            <p>
              You have already blocked {candidate.name}. You can unblock them from <Link href="/account/blocked">blocked members</Link>.
            </p>
          </AlertDescription>
        </Alert>
      ) : (
        <>
          <p className="lead m-0 text-lg text-muted-foreground">When you block someone:</p>
          <ul className="m-0 flex list-disc flex-col gap-2 ps-5">
            <li>they can no longer send you mentorship requests or messages, and you cannot write to them;</li>
            <li>neither of you finds the other in the directory, and neither can open the other’s directory profile;</li>
            <li>they are not told. Requests you already have stay readable for you both.</li>
          </ul>
          <p className="m-0">You can unblock them at any time from your account.</p>
          <BlockForm name={candidate.name} target={{ profile, request: profile ? undefined : request, message: profile ? undefined : message }} />
        </>
      )}
    </NarrowPage>
  )
}
