import type { Metadata } from 'next'

import Link from 'next/link'

import { pageMetadata } from '@/site/metadata'
import { isJoinableRole, joinableRoles, minimumPasswordLength, policiesToAccept } from '@/accounts/signup'
import { getPayloadClient } from '@/lib/payload'
import { roleLabels } from '@/lib/roles'

import { NarrowPage } from '@/components/page/NarrowPage'
import { PageHeader } from '@/components/page/PageHeader'
import { Card, CardDescription, CardHeader, CardLink, CardTitle } from '@/components/ui/card'

import { SignUpForm } from './SignUpForm'

export const metadata: Metadata = pageMetadata({
  title: 'Join',
  description: 'Join as a student, Mentor or Connector: free, and your identity stays yours to share.',
  path: '/signup',
})

const roleDescriptions: Record<(typeof joinableRoles)[number], string> = {
  'career-candidate': 'A student or recent graduate looking for advice and contacts.',
  mentor: 'A professional offering guidance over a few conversations.',
  connector: 'A professional offering one introduction or answer at a time.',
}

type Props = { searchParams: Promise<{ role?: string }> }

export default async function SignUpPage({ searchParams }: Props) {
  const { role } = await searchParams

  if (!isJoinableRole(role)) {
    return (
      <>
        <PageHeader lead="How would you like to take part? You can change between Mentor and Connector later." title="Join for free" />
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-3">
          {joinableRoles.map((option) => (
            <li className="flex" key={option}>
              <Card className="w-full">
                <CardHeader>
                  <CardTitle as="h2">
                    <CardLink href={`/signup?role=${option}`}>Join as a {roleLabels[option]}</CardLink>
                  </CardTitle>
                  <CardDescription className="text-base">{roleDescriptions[option]}</CardDescription>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
        <p className="mt-8 text-muted-foreground">
          Already a member? <Link href="/signin">Sign in</Link>. Companies and career centres are invited by the platform team.
        </p>
      </>
    )
  }

  const policies = await policiesToAccept(await getPayloadClient(), role)
  return (
    <NarrowPage back={{ href: '/signup', label: 'Join' }} lead={roleDescriptions[role]} title={`Join as a ${roleLabels[role]}`}>
      <SignUpForm minimumPasswordLength={minimumPasswordLength} policies={policies} role={role} roleLabel={roleLabels[role]} />
    </NarrowPage>
  )
}
