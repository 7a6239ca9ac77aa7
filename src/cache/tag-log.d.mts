export const tagLogName: string
export function sharedCacheDirectory(env?: NodeJS.ProcessEnv): string
export function logLinesFor(tags: string[], durations?: { expire?: number }, now?: number): string[]
export function tagsForPath(route: string, type?: 'layout' | 'page'): string[]
export function expireCachedPaths(paths: string[], type?: 'layout' | 'page', directory?: string): boolean
