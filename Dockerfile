# syntax=docker/dockerfile:1
# Zhanqun site group: one express server (REST, GraphQL, admin) on Node 20.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
WORKDIR /app
RUN groupadd --system zhanqun && useradd --system --gid zhanqun --home /app zhanqun \
  && mkdir -p /app/data && chown zhanqun:zhanqun /app/data
COPY --from=build --chown=zhanqun:zhanqun /app /app
USER zhanqun
# The embedded SQLite file, its generated secret and uploads live here; mount a volume.
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "src/server/main.ts"]
