/** One or two letters for a name: the first of its first and last words ("Jun Park" → "JP"). */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  if (words.length === 0) return '?'
  const first = (word: string) => Array.from(word)[0]!.toLocaleUpperCase()
  return words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words.at(-1)!)
}

/*
 * Theme token pairs whose text passes AA contrast on their background in light and dark; a name
 * always gets the same one, so a person keeps one colour wherever they appear.
 */
const tones = [
  'bg-primary text-primary-foreground',
  'bg-secondary text-secondary-foreground',
  'bg-accent text-accent-foreground',
  'bg-success text-success-foreground',
  'bg-warning text-warning-foreground',
] as const

export function toneOf(name: string): (typeof tones)[number] {
  let hash = 0
  for (const character of name) hash = (hash * 31 + character.codePointAt(0)!) >>> 0
  return tones[hash % tones.length]!
}
