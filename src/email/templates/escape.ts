const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Member-supplied text in an email's HTML is always escaped. */
export const escapeHTML = (text: string): string => text.replace(/[&<>"']/g, (character) => entities[character])
