# One image for every service; docker-compose picks the command (start:api, start:worker, db:migrate).
FROM node:26-slim
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --if-present build:widget && chown -R node:node /app
ENV NODE_ENV=production
USER node
EXPOSE 8080
CMD ["pnpm", "start:api"]
