import Link from 'next/link'
import { Sparkles } from 'lucide-react'

import { MentorCard } from '@/components/MentorCard'
import { Button } from '@/components/ui/button'
import type { SuggestedMentor } from '@/matching/suggest'

/** Why a mentor is suggested, in the words the ranking gave, inside their card. */
export function SuggestionReasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null
  return (
    <div className="mt-auto rounded-md bg-accent/60 px-3 py-2 text-sm text-accent-foreground" data-testid="suggestion-reasons">
      <p className="m-0 flex items-center gap-1.5 font-medium">
        <Sparkles aria-hidden className="size-4" /> Why we suggest them
      </p>
      <ul className="m-0 mt-1 list-disc ps-5">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  )
}

/** Suggested Mentors and Connectors as cards, each with its reasons. */
export function SuggestionList({ suggestions, label, headingLevel = 'h2' }: { suggestions: SuggestedMentor[]; label: string; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="card-grid mentor-list" aria-label={label} data-testid="suggestions">
      {suggestions.map(({ card, reasons }) => (
        <MentorCard key={card.id} mentor={card} headingLevel={headingLevel}>
          <SuggestionReasons reasons={reasons} />
        </MentorCard>
      ))}
    </ul>
  )
}

/** For a student who has not said what they look for: what it gives them and where to say it. */
export function AskForWishes({ compact = false }: { compact?: boolean }) {
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-border bg-muted/50 px-4 py-4" data-testid="ask-for-wishes">
      <p className="m-0 text-muted-foreground">
        Tell us what you would like help with, and we will suggest the Mentors and Connectors who fit best, with the reasons.
        {compact ? '' : ' It takes a minute, and only you ever see your answers.'}
      </p>
      <Button asChild size="sm">
        <Link href="/account/looking-for">Say what you’re looking for</Link>
      </Button>
    </div>
  )
}
