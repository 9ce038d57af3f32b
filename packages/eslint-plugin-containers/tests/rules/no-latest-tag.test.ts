import { afterAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/no-latest-tag.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject } from "../helpers/temp-project.js";

const missing = (image: string) =>
  `Image '${image}' has no tag, so it means ':latest' and changes under you; pin a version tag or digest.`;
const floating = (image: string, tag: string) => `Image '${image}' uses the moving tag ':${tag}'; pin a version tag or digest.`;

describe.each(ESLINT_VERSIONS)("no-latest-tag on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  dockerfileRuleTester(RuleTester).run("no-latest-tag", rule as never, {
    valid: [
      "FROM python:3.12-slim\n",
      "FROM ghcr.io/org/app:1.4.2\n",
      "FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
      "FROM scratch\n",
      // An earlier stage is not an image.
      "FROM golang:1.23 AS Build\nRUN go build\nFROM build\n",
      // The tag comes from a build argument: judged by its default; none means the build decides.
      "ARG PY=3.12\nFROM python:${PY}-slim\n",
      "ARG BASE=python:3.12\nFROM $BASE\n",
      "ARG BASE\nFROM $BASE\n",
      "ARG TAG\nFROM node:${TAG}\n",
      "FROM localhost:5000/app:2\n",
      "FROM node:lts\n",
      { code: "FROM node:lts\n", options: [{ floatingTags: ["latest", "stable"] }] },
      // COPY --from a stage (any, by name or index) is not an image.
      "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\nCOPY --from=0 /app /app2\n",
      "FROM alpine:3.20\nRUN --mount=type=bind,from=build,target=/src true\nFROM golang:1.23 AS build\n",
      // Images the repository builds, by option (wildcards).
      { code: "FROM mycorp/base\n", options: [{ localImages: ["mycorp/*"] }] },
      // A one-word name that is not a Docker official image cannot be pulled: it is built locally.
      "FROM myapp-base\n",
      { code: "FROM alpine:3.20\nCOPY --from=tools /bin/x /bin/x\n", options: [{ localImages: ["tools"] }] },
    ],
    invalid: [
      {
        code: "FROM node\n",
        errors: [{ message: missing("node"), line: 1, column: 6, endLine: 1, endColumn: 10 }],
      },
      {
        code: "FROM node:latest AS build\n",
        errors: [{ message: floating("node:latest", "latest"), line: 1, column: 6, endLine: 1, endColumn: 17 }],
      },
      {
        // A registry port is not a tag.
        code: "FROM localhost:5000/app\n",
        errors: [{ message: missing("localhost:5000/app"), line: 1, column: 6 }],
      },
      {
        // A later stage of the same name does not exempt an earlier FROM.
        code: "FROM node\nFROM alpine:3.20 AS node\n",
        errors: [{ message: missing("node"), line: 1, column: 6 }],
      },
      {
        // The moving tags of the default list.
        code: "FROM --platform=$BUILDPLATFORM debian:stable\nFROM node:Nightly\n",
        errors: [
          { message: floating("debian:stable", "stable"), line: 1, column: 32 },
          { message: floating("node:Nightly", "Nightly"), line: 2, column: 6 },
        ],
      },
      {
        // A tag from an ARG is judged by its default and reported there, where the fix goes.
        code: "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\n",
        errors: [{ message: floating("node:latest", "latest"), line: 1, column: 18, endLine: 1, endColumn: 24 }],
      },
      {
        code: "ARG BASE=node\nFROM ${BASE}\n",
        errors: [{ message: missing("node"), line: 1, column: 10, endLine: 1, endColumn: 14 }],
      },
      {
        // COPY --from and RUN --mount=from= name images too; reported at the value.
        code: "FROM alpine:3.20\nCOPY --from=nginx /etc/nginx /etc/nginx\nRUN --mount=from=busybox:latest,target=/bb true\n",
        errors: [
          { message: missing("nginx"), line: 2, column: 13, endLine: 2, endColumn: 18 },
          { message: floating("busybox:latest", "latest"), line: 3, column: 18, endLine: 3, endColumn: 32 },
        ],
      },
    ],
  });

  composeRuleTester(RuleTester).run("no-latest-tag (compose)", rule as never, {
    valid: [
      "services:\n  db:\n    image: postgres:16-alpine\n",
      "services:\n  app:\n    image: ${APP_IMAGE}\n",
      "services:\n  app:\n    image: registry.example.com/app:${TAG:-1.0}\n",
      "services:\n  app:\n    build: .\n",
      // Compose builds `image:` when the service has `build:`, also through `<<:`.
      "services:\n  app:\n    build: .\n    image: myapp\n",
      "x-app: &app\n  build: .\nservices:\n  app:\n    <<: *app\n    image: myapp:latest\n",
      // Another service running the image that one service builds (also through build.tags).
      "services:\n  app:\n    build: .\n    image: myapp\n  worker:\n    image: myapp\n    command: work\n",
      "services:\n  app:\n    build:\n      context: .\n      tags: [ghcr.io/org/app]\n  worker:\n    image: ghcr.io/org/app\n",
      { code: "services:\n  app:\n    image: mycorp/app\n", options: [{ localImages: ["mycorp/*"] }] },
      // Never pulled.
      "services:\n  app:\n    image: ghcr.io/org/app\n    pull_policy: never\n",
      // nginx-proxy's tests run `web`, an image their harness builds.
      "services:\n  web1:\n    image: web\n",
    ],
    invalid: [
      {
        code: "services:\n  cache:\n    image: redis\n  web:\n    image: 'nginx:latest'\n",
        errors: [
          { message: missing("redis"), line: 3, column: 12, endLine: 3, endColumn: 17 },
          { message: floating("nginx:latest", "latest"), line: 5, column: 12, endLine: 5, endColumn: 26 },
        ],
      },
      {
        // An anchor shared by services: reported once, at the written value.
        code: "x-base: &base\n  image: redis\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n  c:\n    image: &img busybox\n  d:\n    image: *img\n",
        errors: [
          { message: missing("redis"), line: 2, column: 10, endLine: 2, endColumn: 15 },
          { message: missing("busybox"), line: 9, column: 17, endLine: 9, endColumn: 24 },
        ],
      },
      {
        // A literal interpolation default is what runs when the variable is unset.
        code: "services:\n  app:\n    image: ghcr.io/org/app:${TAG:-latest}\n",
        errors: [{ message: floating("ghcr.io/org/app:latest", "latest"), line: 3, column: 12 }],
      },
    ],
  });

  describe("images the repository builds", () => {
    const project = createTempProject({
      "compose.yaml": "services:\n  base:\n    build: ./base\n    image: mycorp/base\n    pull_policy: build\n",
      "docker-bake.hcl": 'target "tools" {\n  tags = ["mycorp/tools:dev"]\n  contexts = {\n    deps = "target:deps"\n  }\n}\n',
      "app/Dockerfile": "FROM mycorp/base\nCOPY --from=mycorp/tools /bin/t /bin/t\nCOPY --from=deps /x /x\nFROM nginx\n",
    });
    afterAll(() => project.remove());

    it("exempts images that a Compose or Bake file above the Dockerfile builds, and named contexts", async () => {
      const messages = await project.lint(ESLint, "app/Dockerfile", { "containers/no-latest-tag": "error" });
      expect(messages.map((m) => [m.line, m.column, m.message])).toEqual([[4, 6, missing("nginx")]]);
    });

    it("never looks above the directory ESLint runs in", async () => {
      const messages = await project.lint(ESLint, "app/Dockerfile", { "containers/no-latest-tag": "error" }, "app");
      expect(messages.map((m) => m.line)).toEqual([1, 2, 4]);
    });
  });

  describe("values from the Compose project's .env file", () => {
    const project = createTempProject({
      ".env": [
        "# image defaults",
        "export WEB_TAG=latest",
        "API_IMAGE='ghcr.io/acme/api'",
        'DB_TAG="16.4"',
        "WORKER_TAG=${DB_TAG}",
        "FROM_SHELL=${HOME_TAG}",
        "EMPTY_TAG=",
        "",
      ].join("\n"),
      "compose.yaml": [
        "services:",
        "  web:",
        "    image: nginx:${WEB_TAG:-1.27}",
        "  api:",
        "    image: ${API_IMAGE}",
        "  db:",
        "    image: postgres:${DB_TAG:-latest}",
        "  worker:",
        "    image: acme/worker:${WORKER_TAG}",
        "  shell:",
        "    image: acme/shell:${FROM_SHELL:-edge}",
        "  empty:",
        "    image: acme/empty:${EMPTY_TAG:-nightly}",
        "  registry:",
        "    image: ${API_IMAGE}:latest",
        "",
      ].join("\n"),
      // No .env beside this one: the defaults decide, as before.
      "other/compose.yaml": "services:\n  web:\n    image: nginx:${WEB_TAG:-1.27}\n",
      // A .env above the directory ESLint runs in is not read.
      "outside/app/compose.yaml": "services:\n  web:\n    image: nginx:${WEB_TAG:-1.27}\n",
      "outside/.env": "WEB_TAG=latest\n",
    });
    afterAll(() => project.remove());
    const lint = async (file: string, cwd?: string) =>
      (await project.lint(ESLint, file, { "containers/no-latest-tag": "error" }, cwd)).map(({ message, line, column, endColumn }) => ({ message, line, column, endColumn }));

    it("judges the value .env gives, reports it at the Compose value and says so", async () => {
      expect(await lint("compose.yaml")).toEqual([
        {
          message: "Image 'nginx:latest' uses the moving tag ':latest' (set by `WEB_TAG=latest` in .env); pin a version tag or digest.",
          line: 3,
          column: 12,
          endColumn: 34,
        },
        {
          message: "Image 'ghcr.io/acme/api' has no tag (set by `API_IMAGE=ghcr.io/acme/api` in .env), so it means ':latest' and changes under you; pin a version tag or digest.",
          line: 5,
          column: 12,
          endColumn: 24,
        },
        // A value the environment must give stays unknown: the default is judged, as without .env.
        { message: floating("acme/shell:edge", "edge"), line: 11, column: 12, endColumn: 42 },
        // An empty value: `:-` takes the default, which the Compose file wrote.
        { message: floating("acme/empty:nightly", "nightly"), line: 13, column: 12, endColumn: 44 },
        // The faulty tag is the Compose file's own, though .env names the repository.
        { message: floating("ghcr.io/acme/api:latest", "latest"), line: 15, column: 12, endColumn: 31 },
      ]);
    });

    it("reads no .env but the one beside the Compose file, inside the directory ESLint runs in", async () => {
      expect(await lint("other/compose.yaml")).toEqual([]);
      expect(await lint("outside/app/compose.yaml", "outside/app")).toEqual([]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-latest-tag", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "no-latest-tag", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
