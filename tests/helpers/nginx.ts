import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, root } from '../../scripts/production-server'

/** Debian's nginx. Never skips: no nginx, no pass. */
function findNginx(): string {
  const found =
    ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate)) ??
    spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()
  if (!found) throw new Error('No nginx found. Install it with `sudo apt-get install -y nginx-light` (Debian/Ubuntu).')
  return found
}

/**
 * The shipped reverse proxy (deploy/nginx/templates/default.conf.template) in front of one
 * running web instance, as this user, in a temporary directory: the address visitors would use.
 */
export async function startShippedProxy(upstreamPort: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-nginx-'))
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(directory, 'temp', temp), { recursive: true })
  fs.mkdirSync(path.join(directory, 'cache'))
  const port = await freePort()
  const values: Record<string, string> = {
    NGINX_PORT: `127.0.0.1:${port}`,
    NGINX_UPSTREAM_SERVERS: `server 127.0.0.1:${upstreamPort};`,
    NGINX_REAL_IP_FROM: 'unix:',
    NGINX_CACHE_DIR: path.join(directory, 'cache'),
  }
  const template = fs.readFileSync(path.join(root, 'deploy/nginx/templates/default.conf.template'), 'utf8')
  const site = template.replace(/\$\{(NGINX_[A-Z_]+)\}/g, (_, name: string) => {
    if (!values[name]) throw new Error(`The nginx template asks for ${name}, which this helper does not fill in`)
    return values[name]
  })
  fs.writeFileSync(path.join(directory, 'site.conf'), site)
  const at = (name: string) => path.join(directory, name)
  fs.writeFileSync(
    at('nginx.conf'),
    [
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${at('nginx.pid')};`,
      `error_log ${at('error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp === 'body' ? 'client_body' : temp}_temp_path ${at(`temp/${temp}`)};`),
      `  include ${at('site.conf')};`,
      '}',
    ].join('\n'),
  )
  const child = spawn(findNginx(), ['-p', directory, '-c', at('nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}):\n${output}${fs.existsSync(at('error.log')) ? fs.readFileSync(at('error.log'), 'utf8') : ''}`)
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s:\n${output}`)
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
