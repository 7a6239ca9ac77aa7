# The platform's image: the web instances (`npm start`), the jobs worker (`npm run worker`) and
# the one-off build (`npm run build`) all run from it (docker-compose.yml).
#
# The image holds the code and its dependencies but not Next's build: `next build` prerenders the
# public pages from the database, so it runs once per deployment with the database reachable (the
# compose file's `build` service), into a volume every web instance then serves from. Two
# instances must serve one build: a page from one names build files the other has.

FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Every dependency, development ones too: the build needs TypeScript, and the worker and the
# database preparation run through tsx.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000
COPY --from=dependencies --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
# Owned by the unprivileged user before volumes are mounted there, so they start out writable.
RUN mkdir -p .next /data/uploads && chown node:node .next /data/uploads
USER node
EXPOSE 3000
# Migrations first, then Next's own server (package.json).
CMD ["npm", "start"]
