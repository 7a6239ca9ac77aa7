import { ChevronLeft, ChevronRight } from 'lucide-react'
import Link from 'next/link'

import { Button } from '@/components/ui/button'

type Props = { page: number; totalPages: number; href: (page: number) => string }

/** Previous / next links with the position, for any server-rendered list. */
export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination my-8 flex items-center justify-between gap-4" aria-label="Pages">
      {page > 1 ? (
        <Button asChild variant="outline">
          <Link href={href(page - 1)} rel="prev">
            <ChevronLeft aria-hidden />
            Previous page
          </Link>
        </Button>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="text-sm text-muted-foreground">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Button asChild variant="outline">
          <Link href={href(page + 1)} rel="next">
            Next page
            <ChevronRight aria-hidden />
          </Link>
        </Button>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
