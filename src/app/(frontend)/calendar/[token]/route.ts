import { getPayloadClient } from '@/lib/payload'
import { feedFor } from '@/meetings/feed'

/*
 * A member's private calendar feed, /calendar/<token>.ics, which calendar apps subscribe to. The
 * token is the only key (apps send no cookies), so the answer is never cached or indexed.
 */

const privately = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const feed = token.endsWith('.ics') ? await feedFor(await getPayloadClient(), token.slice(0, -'.ics'.length)) : null
  if (feed === null) {
    return new Response('No calendar feed at this address. It may have been replaced or turned off: make a new link on your meetings page.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privately },
    })
  }
  return new Response(feed, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="meetings.ics"', ...privately },
  })
}
