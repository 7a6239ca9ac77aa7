/**
 * A browser may keep a photo for five minutes; shared caches (nginx, a CDN) never, since who may
 * see it depends on the reader and changes when its owner leaves the directory or blocks someone.
 */
export const cacheOnlyPrivately = ({ headers }: { headers: Headers }): Headers => {
  headers.set('Cache-Control', 'private, max-age=300')
  return headers
}
