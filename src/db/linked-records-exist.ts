import type { CollectionConfig, CollectionSlug, Config, Field, GlobalConfig, Validate } from 'payload'
import { relationship, upload } from 'payload/shared'

type LinkField = Extract<Field, { type: 'relationship' | 'upload' }>

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? ((value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id) : value

/**
 * Wraps a link field's validation: after Payload's own checks, every id it names must be a
 * record that exists (whoever may read it; access is the operation's business). Payload checks
 * only an id's shape, and on SQLite the database then refused the missing row halfway through
 * the write, after the document's own columns were saved (the SQLite adapter runs without
 * transactions): a profile PATCH naming an unknown industry kept its new headline and lost its
 * industries.
 */
function mustExist(field: LinkField): LinkField {
  const base = field.validate ?? (field.type === 'upload' ? upload : relationship)
  const validate: Validate = async (value, options) => {
    const result = await (base as Validate)(value, options)
    if (result !== true || options.event === 'onChange' || value === null || value === undefined) return result
    const wanted = new Map<CollectionSlug, Map<string, unknown>>()
    for (const item of Array.isArray(value) ? value : [value]) {
      const id = idOf(item)
      if (id === null || id === undefined || id === '') continue
      const collection = Array.isArray(field.relationTo) ? (item as { relationTo?: string })?.relationTo : field.relationTo
      if (typeof collection !== 'string') continue
      wanted.set(collection as CollectionSlug, (wanted.get(collection as CollectionSlug) ?? new Map()).set(String(id), id))
    }
    for (const [collection, ids] of wanted) {
      const where = { id: { in: [...ids.values()] } }
      const { totalDocs } = await options.req.payload.count({ collection, where, overrideAccess: true, req: options.req })
      if (totalDocs === ids.size) continue
      const { docs } = await options.req.payload.find({
        collection,
        where,
        depth: 0,
        limit: ids.size,
        pagination: false,
        overrideAccess: true,
        req: options.req,
      })
      const found = new Set(docs.map((doc) => String(doc.id)))
      const missing = [...ids.keys()].filter((id) => !found.has(id))
      return `No ${collection.replace(/-/g, ' ')} record has the id ${missing.join(', ')}. Choose one that exists.`
    }
    return true
  }
  return { ...field, validate } as LinkField
}

function withCheckedLinks(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return field.virtual ? field : mustExist(field)
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: withCheckedLinks(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withCheckedLinks(tab.fields) })) }
      case 'blocks':
        return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withCheckedLinks(block.fields) })) }
      default:
        return field
    }
  })
}

/** A Payload plugin: every link field of every collection and global refuses ids of records that do not exist. */
export function linkedRecordsMustExist(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection): CollectionConfig => ({ ...collection, fields: withCheckedLinks(collection.fields) })),
    globals: config.globals?.map((global): GlobalConfig => ({ ...global, fields: withCheckedLinks(global.fields) })),
  }
}
