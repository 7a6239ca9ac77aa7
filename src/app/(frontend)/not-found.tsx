import { BookOpen, FileText, Home } from 'lucide-react'
import Link from 'next/link'

import { Button } from '@/components/ui/button'

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
      <p className="m-0 text-sm font-semibold tracking-widest text-primary uppercase">404</p>
      <h1>Page not found</h1>
      <p className="m-0 text-lg text-muted-foreground">We could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul className="link-list m-0 mt-4 flex list-none flex-col gap-3 p-0 sm:flex-row">
        <li>
          <Button asChild>
            <Link href="/">
              <Home aria-hidden />
              Go to the home page
            </Link>
          </Button>
        </li>
        <li>
          <Button asChild variant="outline">
            <Link href="/guides">
              <BookOpen aria-hidden />
              Read the role guides
            </Link>
          </Button>
        </li>
        <li>
          <Button asChild variant="outline">
            <Link href="/policies">
              <FileText aria-hidden />
              Read our policies
            </Link>
          </Button>
        </li>
      </ul>
    </div>
  )
}
