export function sharedCacheDirectory(env?: NodeJS.ProcessEnv): string
export function expireCachedPaths(paths: string[], directory?: string): boolean
export default class SharedIsrCache {
  constructor(ctx: { serverDistDir: string })
}
