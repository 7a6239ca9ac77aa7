import type { Metadata } from 'next'

import Link from 'next/link'

import { requireMember } from '@/accounts/session'
import { FormMessage } from '@/components/forms/Field'
import { NarrowPage } from '@/components/page/NarrowPage'
import { Button } from '@/components/ui/button'
import { singleValues, type SearchParams } from '@/lib/search-params'
import { memberPageMetadata } from '@/site/metadata'

import { confirmAddress } from './actions'

export const metadata: Metadata = memberPageMetadata({
  title: 'Confirm your institution address',
  description: 'Confirm the institution address you gave when joining a mentoring programme.',
  path: '/programs/confirm',
})

type Props = { searchParams: Promise<SearchParams> }

const failures: Record<string, string> = {
  expired: 'This link has expired: links work for 48 hours. Open the programme’s page while signed in and ask for a new link.',
  taken:
    'This address is already confirmed for another account in this programme, so it cannot confirm this one. If that is not you, please write to the programme.',
  'other-account':
    'This link belongs to another account. Sign in with the account that asked to join the programme, then open the link again. If you did not ask to join, ignore the email: nothing changes without that account.',
  invalid:
    'This link has already been used, or it is incomplete. If you have not confirmed the address yet, open the programme’s page while signed in and ask for a new link.',
}

/**
 * The link in the confirmation email lands here; the button confirms (a mail scanner opening
 * the link changes nothing), as /verify does for sign-up addresses.
 */
export default async function ConfirmInstitutionPage({ searchParams }: Props) {
  const { token, done, failed, program } = singleValues(await searchParams)
  const programLink = program && /^[a-z0-9-]{1,120}$/.test(program) ? `/programs/${program}` : '/programs'

  if (done) {
    return (
      <NarrowPage title="Address confirmed">
        <FormMessage
          message={
            done === 'active'
              ? 'Thank you: your address is confirmed and you are now a member of the programme.'
              : 'Thank you: your address is confirmed. Programme staff approve each member; we will email you when they decide.'
          }
        />
        <p className="m-0">
          <Link href={programLink}>Go to the programme</Link>
        </p>
      </NarrowPage>
    )
  }
  if (failed || !token) {
    return (
      <NarrowPage title="This link does not work">
        <FormMessage error={failures[failed ?? 'invalid'] ?? failures.invalid} />
        <p className="m-0">
          <Link href={programLink}>{program ? 'Go to the programme' : 'See the programmes'}</Link>
        </p>
      </NarrowPage>
    )
  }
  // Only the account that asked may confirm: sign in first, and come back to this link.
  await requireMember(`/programs/confirm?token=${encodeURIComponent(token)}`)
  return (
    <NarrowPage title="Confirm your institution address" lead="One more step: press the button to confirm that this address is yours.">
      <form action={confirmAddress} className="flex flex-col gap-4">
        <input name="token" type="hidden" value={token} />
        <Button className="w-full" size="lg" type="submit">
          Confirm this address
        </Button>
      </form>
      <p className="m-0 text-sm text-muted-foreground">
        We ask for a press rather than confirming when the link opens, because some email programs open links by themselves to check them, and an address must
        only be confirmed by the person who reads it.
      </p>
    </NarrowPage>
  )
}
