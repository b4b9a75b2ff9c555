# The kg CLI and viewer, built from this repository (used by docker-compose.yml's app service).
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile
EXPOSE 5173
# Listening on every interface needs KG_TOKEN (docker run -e KG_TOKEN=… -p 127.0.0.1:5173:5173 …).
CMD ["node", "packages/cli/dist/bin.js", "serve", "--host", "0.0.0.0", "--port", "5173"]
