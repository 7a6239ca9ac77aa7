import { TriangleAlert } from 'lucide-react'

import { FormMessage } from '@/components/forms/Field'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

import { renewFeed, revokeFeed } from './actions'
import { CopyButton } from './CopyButton'

const changedMessages: Record<string, string> = {
  made: 'Your calendar feed link is ready. Add it to your calendar app below.',
  replaced: 'Your calendar feed has a new link. The old one no longer works: subscribe again with this one.',
  off: 'Your calendar feed is off. The old link no longer works.',
}

const disclosure =
  'w-full rounded-lg sm:max-w-sm border border-border [&[open]]:bg-muted/40 [&>summary]:flex [&>summary]:h-10 [&>summary]:cursor-pointer [&>summary]:list-none [&>summary]:items-center [&>summary]:rounded-lg [&>summary]:px-3 [&>summary]:text-sm [&>summary]:font-medium [&>summary::-webkit-details-marker]:hidden [&>summary]:focus-visible:outline-2 [&>summary]:focus-visible:outline-offset-2 [&>summary]:focus-visible:outline-ring'

/** The member's private calendar feed: make it, copy it, replace it, turn it off. */
export function CalendarFeed({ url, changed }: { url: string | null; changed?: string }) {
  return (
    <section
      id="calendar-feed"
      aria-labelledby="calendar-feed-heading"
      className="mt-10 scroll-mt-24 rounded-xl border border-border bg-card p-4 text-card-foreground sm:p-5"
    >
      <h2 id="calendar-feed-heading" className="mt-0 text-xl">
        Calendar feed
      </h2>
      <p className="m-0 mt-1 max-w-[65ch] text-sm text-muted-foreground">
        A private link your calendar app subscribes to, so your booked meetings show up there by themselves, and moves and cancellations follow.
      </p>
      <div className="mt-3">
        <FormMessage message={changed ? changedMessages[changed] : undefined} />
      </div>
      {url ? (
        <div className="mt-4 flex flex-col gap-4">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="feed-url">Your feed link</Label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Input id="feed-url" readOnly value={url} className="font-mono text-sm" aria-describedby="feed-warning" />
              <CopyButton text={url} />
            </div>
          </div>
          <Alert variant="warning" id="feed-warning">
            <TriangleAlert aria-hidden />
            <AlertDescription>
              Keep this link to yourself: anyone who has it sees your meetings, with names, times and where you meet. If it got out, replace it.
            </AlertDescription>
          </Alert>
          <div className="max-w-[65ch] text-sm">
            <p className="m-0 font-medium">Add it to your calendar</p>
            <ul className="m-0 mt-1 flex flex-col gap-1 ps-5">
              <li>
                <strong>Google Calendar</strong> (on a computer): Other calendars, <em>+</em>, From URL, paste the link, Add calendar.
              </li>
              <li>
                <strong>Apple Calendar</strong>: File, New Calendar Subscription (on iPhone: Settings, Calendar, Accounts, Add Account, Other, Add Subscribed
                Calendar), paste the link.
              </li>
              <li>
                <strong>Outlook</strong>: Add calendar, Subscribe from web, paste the link, Import.
              </li>
            </ul>
            <p className="m-0 mt-2 text-muted-foreground">Calendar apps check the link every few hours, so a change may take a while to show.</p>
          </div>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <details className={disclosure}>
              <summary>Replace the link…</summary>
              <form action={renewFeed} className="flex flex-col gap-2 px-3 pb-3">
                <input type="hidden" name="replace" value="1" />
                <p className="m-0 text-sm">The current link stops working at once; calendars subscribed to it stop updating.</p>
                <Button type="submit" variant="outline" className="self-start">
                  Yes, make a new link
                </Button>
              </form>
            </details>
            <details className={disclosure}>
              <summary>Turn the feed off…</summary>
              <form action={revokeFeed} className="flex flex-col gap-2 px-3 pb-3">
                <p className="m-0 text-sm">The link stops working and no new one is made. Your meetings stay here and in your emails.</p>
                <Button type="submit" variant="destructive" className="self-start">
                  Yes, turn it off
                </Button>
              </form>
            </details>
          </div>
        </div>
      ) : (
        <form action={renewFeed} className="mt-4 flex flex-col gap-2">
          <p className="m-0 max-w-[65ch] text-sm text-muted-foreground">
            Anyone with the link sees your meetings, so it is made only when you ask, and you can replace or turn it off at any time.
          </p>
          <Button type="submit" className="self-start">
            Make my calendar feed link
          </Button>
        </form>
      )}
    </section>
  )
}
