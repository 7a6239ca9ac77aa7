import { describe, expect, it } from 'vitest'

import { safeNextPath } from '@/lib/safe-next-path'

describe('where signing in leads', () => {
  it('returns to the page the member came from on this site', () => {
    expect(safeNextPath('/mentors/sam-rivera')).toBe('/mentors/sam-rivera')
    expect(safeNextPath('/account/requests/12?sent=1#message-3')).toBe('/account/requests/12?sent=1#message-3')
    expect(safeNextPath('/mentors?q=career%20coach&industry=tech')).toBe('/mentors?q=career%20coach&industry=tech')
    expect(safeNextPath('/invites/abc%2Fdef')).toBe('/invites/abc%2Fdef')
  })

  it.each([
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['backslashes only', '\\\\evil.example'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a newline browsers drop', '/\n/evil.example'],
    ['a carriage return', '/\r/evil.example'],
    ['a protocol-relative address', '//evil.example'],
    ['a protocol-relative address with a path', '//evil.example/account'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded backslash in lower case', '/%5cevil.example'],
    ['an encoded second slash', '/%2Fevil.example'],
    ['a twice-encoded second slash', '/%252Fevil.example'],
    ['an encoded tab', '/%09/evil.example'],
    ['a null character', '/\u0000/evil.example'],
    ['an absolute address', 'https://evil.example/account'],
    ['a scheme without slashes', 'javascript:alert(1)'],
    ['a relative path', 'evil.example'],
    ['a leading space', ' /account'],
    ['malformed percent-encoding', '/%C3%28'],
    ['nothing', ''],
  ])('stays on the site for %s', (_case, next) => {
    expect(safeNextPath(next)).toBe('/dashboard')
  })

  it('falls back for what is not a single string (repeated or missing parameters)', () => {
    expect(safeNextPath(undefined)).toBe('/dashboard')
    expect(safeNextPath(['/account/profile', '//evil.example'])).toBe('/dashboard')
    expect(safeNextPath(null, '/')).toBe('/')
    expect(safeNextPath(`/${'a'.repeat(3_000)}`)).toBe('/dashboard')
  })
})
