/** A table of [value, label] pairs as the options of a Payload select field. */
export const asOptions = (table: readonly (readonly [string, string])[]) => table.map(([value, label]) => ({ value, label }))
