/**
 * The words the directory matches on MongoDB, for a profile's search text and for a search
 * alike: lower-case, accents dropped ("Résumé" is "resume", as SQLite's FTS5 index reads it),
 * split at anything that is not a letter or a digit.
 */
export function directoryWords(text: string | null | undefined): string[] {
  if (!text) return []
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** A profile's distinct words, the list its prefix index holds. */
export function distinctDirectoryWords(text: string | null | undefined): string[] {
  return [...new Set(directoryWords(text))].sort()
}
