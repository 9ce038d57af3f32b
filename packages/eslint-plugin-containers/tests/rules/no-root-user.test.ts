import { describe, expect, it } from "vitest";
import rule, { isRootUser } from "../../src/rules/no-root-user.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const rootUser = (user: string, root = "root") =>
  `The final stage runs as ${root} ('USER ${user}'); end it with an unprivileged user, e.g. 'USER app' or a numeric UID such as 'USER 10001'.`;
const noUser = (root = "root") =>
  `The final stage never sets USER, so the container runs as ${root}; create an unprivileged user and add 'USER <name>' (or a numeric UID) before CMD/ENTRYPOINT.`;
const noUserScratch =
  "The final stage is built FROM scratch and never sets USER, so it runs as UID 0; add a numeric 'USER 65532' (scratch has no /etc/passwd for names).";
const composeRoot = (service: string, user: string, root = "root") =>
  `Service '${service}' runs as ${root} ('user: ${user}'); use an unprivileged user or UID, or drop \`user:\` if the image already sets one.`;

describe("isRootUser", () => {
  it("reads the user part of user[:group]", () => {
    expect(["root", "0", "00", "root:root", "0:0", "root:1000", "ContainerAdministrator"].map(isRootUser)).toEqual(
      Array(7).fill(true),
    );
    expect(["app", "1000", "1000:0", "rootless", "Root", "${USER}", "$UID:0", ""].map(isRootUser)).toEqual(
      Array(8).fill(false),
    );
  });
});

describe.each(ESLINT_VERSIONS)("no-root-user on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-root-user", rule as never, {
    valid: [
      'FROM node:22\nUSER node\nCMD ["node", "server.js"]\n',
      // Builder stages may run as root.
      "FROM golang:1.23 AS build\nUSER root\nRUN go build -o /app .\nFROM alpine:3.20\nUSER 10001\n",
      // The last USER wins.
      "FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n",
      // A final stage built on an earlier stage inherits its USER.
      'FROM node:22 AS base\nUSER node\nFROM base\nCMD ["node"]\n',
      // Root group, unprivileged user.
      "FROM alpine:3.20\nUSER 1000:0\n",
      // Unknown until build time.
      "FROM alpine:3.20\nARG APP_USER=app\nUSER ${APP_USER}\n",
      "FROM scratch\nUSER 65532\n",
      // Images that run as a non-root user by default.
      "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n",
      "FROM cgr.dev/chainguard/static:latest\nCOPY app /app\n",
      "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n",
      { code: "FROM example/redis:7.2\n", options: [{ nonRootImages: ["example/*"] }] },
      "# no stages\n",
      // Images known to run as their own user, also through an ARG default.
      'FROM docker.elastic.co/elasticsearch/elasticsearch:8.15.0\nCOPY elasticsearch.yml /usr/share/elasticsearch/config/\n',
      'ARG BASE=grafana/grafana:11.2.0\nFROM ${BASE}\nCOPY dashboards /etc/grafana/dashboards\n',
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nCOPY app /app\nENTRYPOINT ["dotnet", "/app/app.dll"]\n',
      // Entrypoints that hand over to an unprivileged user.
      'FROM debian:12\nRUN apt-get update && apt-get install -y gosu\nENTRYPOINT ["entrypoint.sh"]\nCMD ["mydb"]\n',
      'FROM postgres:17\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
      // Artifact export: a final scratch stage that runs nothing.
      "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n",
      // Base images and tool boxes: no command of their own on an OS image, or only a shell/REPL.
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3\nCMD ["python3"]\n',
      'FROM alpine:3.20\nENV GOLANG_VERSION=1.23\nRUN apk add go\n',
      'FROM debian:12\nENTRYPOINT ["docker-php-entrypoint"]\nCMD ["php", "-a"]\n',
      'FROM alpine:3.20\nENTRYPOINT ["/sbin/tini", "-g", "--", "sh"]\n',
      'ARG NODE=stefanscherer/node-windows:10\nFROM $NODE\nCMD ["node.exe"]\n',
      // No command of its own and nothing exposed: a variant of its base image (build tools added).
      "FROM node:22\nRUN apt-get update && apt-get install -y build-essential\n",
      // Dev containers: the user comes from devcontainer.json.
      'FROM mcr.microsoft.com/devcontainers/javascript-node:1-20\nRUN npm i -g pnpm\n',
      { code: 'FROM node:22\nCMD ["node", "server.js"]\n', filename: ".devcontainer/Dockerfile" },
      // Test fixtures and CI images.
      { code: 'FROM node:22\nCMD ["node", "server.js"]\n', filename: "tests/fixtures/app/Dockerfile" },
      { code: 'FROM alpine:3.20\nENTRYPOINT ["shellcheck"]\n', filename: "hack/dockerfiles/shellcheck.Dockerfile" },
      // Templates and unknown images.
      'FROM REPLACE-ME\nCMD ["app"]\n',
      'ARG IMAGE\nFROM ${IMAGE}\nCMD ["app"]\n',
    ],
    invalid: [
      {
        code: 'FROM node:22\nCMD ["node", "server.js"]\n',
        errors: [{ message: noUser(), line: 1, column: 1, endLine: 1, endColumn: 13 }],
      },
      {
        // A server image with no command of its own runs the server.
        code: "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n",
        errors: [{ message: noUser(), line: 1, column: 1, endLine: 1, endColumn: 16 }],
      },
      {
        // A CLI tool still runs as root.
        code: 'FROM alpine:3.20\nRUN apk add ffmpeg\nENTRYPOINT ["ffmpeg"]\n',
        errors: [{ message: noUser(), line: 1, column: 1 }],
      },
      {
        // Windows images run as ContainerAdministrator, whatever the image name says.
        code: 'FROM stefanscherer/node-windows:10\nCOPY . C:/app\nCMD ["node.exe", "app.js"]\n',
        errors: [{ message: noUser("ContainerAdministrator"), line: 1, column: 1 }],
      },
      {
        code: 'FROM openjdk:8-windowsservercore\nEXPOSE 8080\nCMD ["java", "-jar", "app.jar"]\n',
        errors: [{ message: noUser("ContainerAdministrator"), line: 1, column: 1 }],
      },
      {
        code: "FROM node:22\nUSER node\nRUN npm ci\nUSER root\n",
        errors: [{ message: rootUser("root"), line: 4, column: 1, endLine: 4, endColumn: 10 }],
      },
      {
        code: "FROM alpine:3.20\nUSER 0:0\n",
        errors: [{ message: rootUser("0:0"), line: 2, column: 1, endLine: 2, endColumn: 9 }],
      },
      {
        code: "FROM alpine:3.20\nuser root:root\n",
        errors: [{ message: rootUser("root:root"), line: 2, column: 1, endLine: 2, endColumn: 15 }],
      },
      {
        // A builder's USER does not carry over to a final stage built FROM an image.
        code: 'FROM node:22 AS build\nUSER node\nFROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/main.js"]\n',
        errors: [{ message: noUser(), line: 3, column: 1, endLine: 3, endColumn: 18 }],
      },
      {
        // Inherited root: reported at the USER that sets it.
        code: "FROM node:22 AS base\nUSER root\nFROM base\nCMD node\n",
        errors: [{ message: rootUser("root"), line: 2, column: 1, endLine: 2, endColumn: 10 }],
      },
      {
        code: 'FROM node:22 AS base\nFROM base\nCMD ["npm", "start"]\n',
        errors: [{ message: noUser(), line: 2, column: 1, endLine: 2, endColumn: 10 }],
      },
      {
        code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
        errors: [{ message: noUserScratch, line: 3, column: 1, endLine: 3, endColumn: 13 }],
      },
      {
        code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n",
        errors: [{ message: rootUser("ContainerAdministrator", "ContainerAdministrator"), line: 2, column: 1 }],
      },
      {
        // The option replaces the defaults.
        code: 'FROM cgr.dev/chainguard/static:latest\nENTRYPOINT ["/app"]\n',
        options: [{ nonRootImages: [] }],
        errors: [{ message: noUser(), line: 1, column: 1 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("no-root-user (compose)", rule as never, {
    valid: [
      // No `user:`: the image decides.
      "services:\n  web:\n    image: nginx:1.27\n",
      'services:\n  web:\n    user: "1000:1000"\n',
      "services:\n  web:\n    user: app\n",
      'services:\n  web:\n    user: "1000:0"\n',
      "services:\n  web:\n    user: ${UID:-0}\n",
      // Not a service.
      "x-defaults:\n  user: root\nservices: {}\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    user: root\n",
        errors: [{ message: composeRoot("web", "root"), line: 3, column: 11, endLine: 3, endColumn: 15 }],
      },
      {
        code: 'services:\n  a:\n    user: 0\n  b:\n    user: "0:0"\n  c:\n    user: root:docker\n',
        errors: [
          { message: composeRoot("a", "0"), line: 3, column: 11, endLine: 3, endColumn: 12 },
          { message: composeRoot("b", "0:0"), line: 5, column: 11, endLine: 5, endColumn: 16 },
          { message: composeRoot("c", "root:docker"), line: 7, column: 11, endLine: 7, endColumn: 22 },
        ],
      },
      {
        code: "services:\n  web:\n    user: ContainerAdministrator\n",
        errors: [{ message: composeRoot("web", "ContainerAdministrator", "ContainerAdministrator"), line: 3, column: 11 }],
      },
      {
        code: "x-root: &root\n  user: root\nservices:\n  agent:\n    <<: *root\n",
        errors: [{ message: composeRoot("agent", "root"), line: 5, column: 9, endLine: 5, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-root-user", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "no-root-user", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
