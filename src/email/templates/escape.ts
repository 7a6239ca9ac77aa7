const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Member-supplied text in an email's HTML is always escaped. */
export const escapeHTML = (text: string): string => text.replace(/[&<>"']/g, (character) => entities[character])

/** Plain text as HTML paragraphs: blank lines split paragraphs, single newlines become <br>. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHTML(block).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
