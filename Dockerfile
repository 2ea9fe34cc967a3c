# syntax=docker/dockerfile:1
# Multi-stage build: dependencies (and the generated Prisma client) in one stage, a slim runtime
# image running as the unprivileged "node" user in the other.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# --omit=dev keeps test tooling out; the postinstall script generates the Prisma client.
RUN npm ci --omit=dev && npm cache clean --force
# The service runs as one bundled ES module graph (scripts/build.mjs): faster start, less memory.
COPY scripts/build.mjs ./scripts/build.mjs
COPY src ./src
RUN node scripts/build.mjs

FROM node:20-bookworm-slim AS runtime
# Two malloc arenas instead of one per thread: ~15 MB less resident memory, same throughput.
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist ./dist
# The bot's messages in every language, read at start-up from beside dist/ (src/i18n).
COPY locales ./locales
COPY package.json prisma.config.ts ./
COPY prisma ./prisma
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations are applied by the service itself at start-up (advisory-locked, safe with replicas).
CMD ["node", "dist/main.js"]
