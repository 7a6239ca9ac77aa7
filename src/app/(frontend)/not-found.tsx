import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul className="link-list">
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/guides">Read the role guides</Link>
        </li>
        <li>
          <Link href="/policies">Read our policies</Link>
        </li>
      </ul>
    </>
  )
}
