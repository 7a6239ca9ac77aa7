// Tailwind CSS 4 runs as a PostCSS plugin in Next's own CSS pipeline.
const config = {
  plugins: {
    '@tailwindcss/postcss': {},
  },
}

export default config
