# syntax=docker/dockerfile:1
# Two stages: "build" installs the dependencies, generates the Prisma client and bundles the service
# into dist/ (scripts/build.mjs); "runtime" holds only what `node dist/main.js` reads, and runs as
# the unprivileged "node" user.
#
# The image runs Node 24 (an LTS line, supported until April 2028; Node 20's support ended in April
# 2026). package.json's engines field (>=20.19) and the bundle's target (node20) keep Node 20 and
# 22 working for anyone who runs `npm start` directly. The tag names an exact release, so a rebuild
# cannot change Node under the service; move it on purpose.
ARG NODE_IMAGE=node:24.20.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# Production dependencies are all the build needs (esbuild and the Prisma CLI are among them); the
# postinstall script generates the Prisma client that the bundle includes.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/build.mjs scripts/build-app.mjs ./scripts/
COPY src ./src
# The Mini App's sources: Vite bundles them into dist/app (served at /app).
COPY web ./web
# Source maps only serve a debugger attached to the bundle; the image does not need them.
RUN node scripts/build.mjs && find dist -name '*.map' -delete

FROM ${NODE_IMAGE} AS runtime
# Two malloc arenas instead of one per thread: ~15 MB less resident memory, same throughput.
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data MALLOC_ARENA_MAX=2
WORKDIR /app
# The bundle: our code and every dependency but PGlite, plus the files it reads beside itself
# (emotion weights, live-status page, database worker, Prisma's query compiler, pino-pretty's chunk).
COPY --from=build /app/dist ./dist
# PGlite is the one package loaded from node_modules at run time: the embedded database's worker
# imports it, and it reads its WASM and data files from its own folder. It has no dependencies.
COPY --from=build /app/node_modules/@electric-sql/pglite ./node_modules/@electric-sql/pglite
# resvg draws /synesthesia's palette cards: a native addon, its prebuilt binary for this platform
# installed by npm beside it (loaded on the first card, never at start-up).
COPY --from=build /app/node_modules/@resvg ./node_modules/@resvg
# opusscript encodes voice replies as Ogg/Opus: libopus as WASM, read from beside its JS (no dependencies).
COPY --from=build /app/node_modules/opusscript ./node_modules/opusscript
# The bot's messages in every language, read at start-up from beside dist/ (src/i18n).
COPY locales ./locales
# Migrations are applied by the service itself at start-up (advisory-locked, safe with replicas);
# package.json gives the version /health and velro_build_info report.
COPY prisma/migrations ./prisma/migrations
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# Liveness, not readiness: a Redis outage makes /ready answer 503 while the instance keeps serving
# on its in-process fallback, and an orchestrator must not restart (or stop routing to) every
# replica for it. Load balancers that should prefer fully healthy instances poll /ready themselves.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A larger young generation (64 MB semi-spaces, V8's default is 16): a turn's objects live as long
# as the turn, and with small semi-spaces each scavenge copied them instead of letting them die
# there (bench:webhook: ~1 ms less CPU per update). npm start runs with the same flag.
CMD ["node", "--max-semi-space-size=64", "dist/main.js"]
