/** Languages a Mentor or Connector can offer conversations in (ISO 639 codes, ASL by name). */
export const languages = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['de', 'German'],
  ['pt', 'Portuguese'],
  ['it', 'Italian'],
  ['nl', 'Dutch'],
  ['pl', 'Polish'],
  ['ru', 'Russian'],
  ['uk', 'Ukrainian'],
  ['tr', 'Turkish'],
  ['ar', 'Arabic'],
  ['he', 'Hebrew'],
  ['hi', 'Hindi'],
  ['bn', 'Bengali'],
  ['zh', 'Chinese'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['vi', 'Vietnamese'],
  ['tl', 'Tagalog'],
  ['sw', 'Swahili'],
  ['ase', 'American Sign Language'],
] as const

export type LanguageCode = (typeof languages)[number][0]
export const languageOptions = languages.map(([value, label]) => ({ value, label }))
export const languageName = (code: string) => languages.find(([value]) => value === code)?.[1] ?? code
export const isLanguageCode = (value: unknown): value is LanguageCode => languages.some(([code]) => code === value)

/** IANA time zones this runtime knows, for validating what a member picks. */
export const timeZones: readonly string[] = Intl.supportedValuesOf('timeZone')
