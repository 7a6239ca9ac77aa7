import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { getSignedInMember } from '@/accounts/session'
import { safeNextPath } from '@/lib/safe-next-path'
import { singleValues, type SearchParams } from '@/lib/search-params'

import { NarrowPage } from '@/components/page/NarrowPage'

import { SignInForm } from './SignInForm'

export const metadata: Metadata = pageMetadata({
  title: 'Sign in',
  description: 'Sign in to your account to write to mentors, share your résumé and follow your requests.',
  path: '/signin',
})

type Props = { searchParams: Promise<SearchParams> }

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut, verified } = singleValues(await searchParams)
  if (await getSignedInMember()) redirect(safeNextPath(next))
  const notice = signedOut ? 'You are signed out.' : verified ? 'Your email address is confirmed. Please sign in.' : undefined
  return (
    <NarrowPage lead="Welcome back. Sign in with the email address you joined with." title="Sign in">
      <SignInForm next={next === undefined ? undefined : safeNextPath(next)} notice={notice} />
    </NarrowPage>
  )
}
