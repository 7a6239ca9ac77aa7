import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../scripts/production-server'
import { findNginx, nginxMainConfig, renderNginxTemplate } from '../../scripts/stack'

/**
 * The shipped reverse proxy (deploy/nginx/templates/default.conf.template) in front of one
 * running web instance, as this user, in a temporary directory: the address visitors would use.
 * (scripts/stack.ts starts the same proxy in front of several instances.)
 */
export async function startShippedProxy(upstreamPort: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-nginx-'))
  const at = (name: string) => path.join(directory, name)
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(at(`temp/${temp}`), { recursive: true })
  fs.mkdirSync(at('cache'))
  const port = await freePort()
  const site = renderNginxTemplate({
    NGINX_PORT: `127.0.0.1:${port}`,
    NGINX_UPSTREAM_SERVERS: `server 127.0.0.1:${upstreamPort};`,
    NGINX_REAL_IP_FROM: 'unix:',
    NGINX_CACHE_DIR: at('cache'),
  })
  fs.writeFileSync(at('site.conf'), site)
  fs.writeFileSync(at('nginx.conf'), nginxMainConfig(directory, at('site.conf')))
  const child = spawn(findNginx(), ['-p', directory, '-c', at('nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const errorLog = () => (fs.existsSync(at('nginx-error.log')) ? fs.readFileSync(at('nginx-error.log'), 'utf8') : '')
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output}${errorLog()}`)
    const ready = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s:\n${output}${errorLog()}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
