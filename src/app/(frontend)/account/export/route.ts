import { getSignedInMember } from '@/accounts/session'
import { exportMemberData } from '@/accounts/my-data'
import { getPayloadClient } from '@/lib/payload'

/** "Download my data": one JSON file, for the signed-in member only. */
export async function GET() {
  const member = await getSignedInMember()
  if (!member) {
    return Response.json({ error: 'Sign in to download your data.' }, { status: 401 })
  }
  const data = await exportMemberData(await getPayloadClient(), member)
  const date = data.exportedAt.slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-data-${date}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
