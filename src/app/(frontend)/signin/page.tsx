import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { getSignedInMember } from '@/accounts/session'

import { SignInForm } from './SignInForm'

export const metadata: Metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<{ next?: string; signedOut?: string; verified?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut, verified } = await searchParams
  if (await getSignedInMember()) redirect('/account')
  const notice = signedOut ? 'You are signed out.' : verified ? 'Your email address is confirmed. Please sign in.' : undefined
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm next={next} notice={notice} />
    </>
  )
}
