# early-help-rules serve, beside a case system. Build: docker build -t early-help-rules .
# Run:   docker run --rm -p 127.0.0.1:8080:8080 early-help-rules
# A council's own rule file: -v "$PWD/my-council.json:/rules/my-council.json:ro" and append
#   --rules /rules/my-council.json to the command.

FROM node:20-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsup.config.ts ./
COPY src ./src
COPY rules ./rules
RUN npx tsup --silent

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only (zod, fastify); no install scripts run.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /build/dist ./dist
COPY rules ./rules
USER node
EXPOSE 8080
# Inside the container it listens on every interface so that the published port reaches it;
# publish it on the host's loopback (as above) or on the network the case system shares.
CMD ["node", "dist/cli.js", "serve", "--host", "0.0.0.0", "--port", "8080"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
