import type { Metadata } from 'next'

import Link from 'next/link'

import { isJoinableRole, joinableRoles, minimumPasswordLength, policiesToAccept } from '@/accounts/signup'
import { getPayloadClient } from '@/lib/payload'
import { roleLabels } from '@/lib/roles'

import { SignUpForm } from './SignUpForm'

export const metadata: Metadata = { title: 'Join' }

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
        <h1>Join for free</h1>
        <p className="lead">How would you like to take part? You can change between Mentor and Connector later.</p>
        <ul className="card-grid">
          {joinableRoles.map((option) => (
            <li className="card" key={option}>
              <h2>
                <Link href={`/signup?role=${option}`}>Join as a {roleLabels[option]}</Link>
              </h2>
              <p>{roleDescriptions[option]}</p>
            </li>
          ))}
        </ul>
        <p>
          Already a member? <Link href="/signin">Sign in</Link>. Companies and career centres are invited by the platform team.
        </p>
      </>
    )
  }

  const policies = await policiesToAccept(await getPayloadClient(), role)
  return (
    <>
      <p className="breadcrumb">
        <Link href="/signup">Join</Link>
      </p>
      <h1>Join as a {roleLabels[role]}</h1>
      <p className="lead">{roleDescriptions[role]}</p>
      <SignUpForm minimumPasswordLength={minimumPasswordLength} policies={policies} role={role} roleLabel={roleLabels[role]} />
    </>
  )
}
