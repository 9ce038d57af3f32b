# Another bad example: a floating `latest` base image and a shell-form CMD.
FROM node:latest
WORKDIR /app
COPY . .
RUN npm install
CMD node server.js
