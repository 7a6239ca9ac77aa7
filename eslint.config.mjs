import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

/** Next's own rules (Core Web Vitals and TypeScript), as `create-next-app` sets them up. */
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    // Plain links where a full page load is the point: the data export (a file from a route
    // handler), the staff area (Payload's admin, another app) and the error page's way home.
    files: [
      'src/app/(frontend)/account/delete/page.tsx',
      'src/app/(frontend)/account/policies/page.tsx',
      'src/app/(frontend)/account/index-assessment/page.tsx',
      'src/app/global-error.tsx',
    ],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.data/**',
    'node_modules/**',
    'test-results/**',
    'src/migrations/**',
    'payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
  ]),
])
