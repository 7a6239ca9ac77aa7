import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { DeletionPolicy } from '@/accounts/deletion-policy'
import { getSignedInMember } from '@/accounts/session'

import { PageHeader } from '@/components/page/PageHeader'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'

import { DeleteForm } from './DeleteForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Delete my account',
  description: 'Delete your account, your profile, your résumé and your requests for good.',
  path: '/account/delete',
})

export default async function DeleteAccountPage() {
  if (!(await getSignedInMember())) redirect('/signin?next=/account/delete')
  return (
    <div className="mx-auto w-full max-w-2xl">
      <PageHeader
        back={{ href: '/account', label: 'Your account' }}
        lead={
          <>
            This cannot be undone. You may want to <a href="/account/export">download your data</a> first.
          </>
        }
        title="Delete my account"
      />
      <div className="prose mb-8">
        <DeletionPolicy />
      </div>
      <Card className="border-destructive/50">
        <CardHeader>
          <CardTitle as="h2">Confirm with your password</CardTitle>
        </CardHeader>
        <CardContent>
          <DeleteForm />
        </CardContent>
      </Card>
    </div>
  )
}
