import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { DeletionPolicy } from '@/accounts/deletion-policy'
import { getSignedInMember } from '@/accounts/session'

import { DeleteForm } from './DeleteForm'

export const metadata: Metadata = { title: 'Delete my account', robots: { index: false } }

export default async function DeleteAccountPage() {
  if (!(await getSignedInMember())) redirect('/signin?next=/account/delete')
  return (
    <>
      <p className="breadcrumb">
        <Link href="/account">Your account</Link>
      </p>
      <h1>Delete my account</h1>
      <p className="lead">
        This cannot be undone. You may want to <a href="/account/export">download your data</a> first.
      </p>
      <DeletionPolicy />
      <h2>Confirm with your password</h2>
      <DeleteForm />
    </>
  )
}
