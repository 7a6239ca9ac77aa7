import localFont from 'next/font/local'

/**
 * Geist Sans, the variable font, Latin subset only (29 KB, from @fontsource-variable/geist on npm:
 * nothing is downloaded at build time). Letters outside it fall back to the system font, whose
 * metrics Next adjusts to Geist's.
 */
export const geistSans = localFont({
  src: '../../node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-geist-sans',
})
