/** The site's public address for links in emails: SERVER_URL, or this machine in development. */
export function siteURL(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')
}
