/** A page's query parameters as Next passes them: a parameter given twice (`?q=a&q=b`) is an array. */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a parameter that may be repeated or missing. */
export const firstValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** Every parameter's first value, for pages that read each as one string. */
export function singleValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstValue(value)]))
}
