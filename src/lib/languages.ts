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

/** IANA time zones this runtime lists, for the choice on the profile form. */
export const timeZones: readonly string[] = Intl.supportedValuesOf('timeZone')

/** Any zone the runtime accepts, current names (Asia/Kolkata) and older aliases (Asia/Calcutta) alike. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value)
  } catch {
    return false
  }
}
