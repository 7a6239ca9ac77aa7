import { notFound } from 'next/navigation'

/** Unknown addresses get the site's own 404 page, inside the site's layout. */
export default function CatchAll() {
  notFound()
}
