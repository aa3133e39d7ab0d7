# The Hilt API as a small, non-root image running compiled JavaScript. Build: docker build -t hilt .
# Stage 1 compiles src/ to dist/ with the dev dependencies; stage 2 keeps only production dependencies.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.mjs scripts/
COPY src src
COPY sdk/src sdk/src
RUN node scripts/build.mjs

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 HILT_DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; litesvm (optional) is the in-process sandbox chain's native module: an instance
# that uses a shared `hilt chain` (HILT_SANDBOX_RPC_URL) never loads it.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
COPY bin bin
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/hilt.mjs"]
CMD ["serve"]
