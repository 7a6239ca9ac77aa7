import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'
import { safeNextPath } from '@/lib/safe-next-path'
import { singleValues, type SearchParams } from '@/lib/search-params'

import { SignInForm } from './SignInForm'

export const metadata: Metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<SearchParams> }

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut, verified } = singleValues(await searchParams)
  if (await getSignedInMember()) redirect(safeNextPath(next))
  const notice = signedOut ? 'You are signed out.' : verified ? 'Your email address is confirmed. Please sign in.' : undefined
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm next={next === undefined ? undefined : safeNextPath(next)} notice={notice} />
    </>
  )
}
