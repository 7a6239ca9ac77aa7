import { ArrowRight } from 'lucide-react'

import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardLink, CardTitle } from '@/components/ui/card'
import type { GuideSummary } from '@/queries/guides'

/** The role guides as cards, each a link as a whole, or a note while none are published. */
export function GuideCards({ guides, headingLevel }: { guides: GuideSummary[]; headingLevel: 'h2' | 'h3' }) {
  if (guides.length === 0) return <p className="notice">The role guides are being written. Please check back soon.</p>
  return (
    <ul className="card-grid">
      {guides.map((guide) => (
        <li className="flex" key={guide.id}>
          <Card className="w-full">
            <CardHeader>
              <CardTitle as={headingLevel}>
                <CardLink href={`/guides/${guide.role}`}>{guide.title}</CardLink>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <CardDescription className="text-base">{guide.summary}</CardDescription>
            </CardContent>
            <CardFooter>
              <span aria-hidden className="inline-flex items-center gap-1 text-sm font-medium text-primary">
                Read the guide <ArrowRight className="size-4" />
              </span>
            </CardFooter>
          </Card>
        </li>
      ))}
    </ul>
  )
}
