import path from 'node:path'

const root = import.meta.dirname

/** The project's import aliases (tsconfig paths), for both vitest configs. */
export const alias = [
  { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
  { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
]
