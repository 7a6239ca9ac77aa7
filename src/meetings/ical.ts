/*
 * The small part of RFC 5545 the meeting invitations need, written by hand: TEXT escaping,
 * parameter quoting, UTC date-times, and folding at 75 octets (not characters, so names with
 * accents or emoji stay within the limit, and a UTF-8 character is never split).
 */

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

/** A parameter value (CN=…): quoted when it holds ; : or , and never carrying a double quote or line break. */
export function paramValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f"]/g, '').trim()
  return /[;:,]/.test(clean) ? `"${clean}"` : clean
}

/** 20260303T143000Z */
export function utcDateTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

const encoder = new TextEncoder()

/** One content line folded so that no physical line exceeds 75 octets; continuations begin with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const character of line) {
    const size = encoder.encode(character).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74 // the leading space of a continuation counts
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** Content lines joined as a calendar file: folded, CRLF line endings, ending with CRLF. */
export const calendarText = (lines: string[]) => lines.map(foldLine).join('\r\n') + '\r\n'
