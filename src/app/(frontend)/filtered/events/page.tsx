/** /events with a filter or a page number, rewritten here by src/server/filtered-lists.mjs: the same page, rendered for each request. */
export { default, metadata } from '../../events/page'

export const dynamic = 'force-dynamic'
