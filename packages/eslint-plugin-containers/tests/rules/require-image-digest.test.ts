import { afterAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/require-image-digest.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject } from "../helpers/temp-project.js";

const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const message = (image: string) =>
  `Image '${image}' is not pinned by digest, so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).`;

describe.each(ESLINT_VERSIONS)("require-image-digest on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  dockerfileRuleTester(RuleTester).run("require-image-digest", rule as never, {
    valid: [
      `FROM python:3.12-slim@${DIGEST}\n`,
      `FROM python@${DIGEST}\n`,
      `FROM ghcr.io/org/app:1.4@${DIGEST} AS app\n`,
      "FROM scratch\n",
      "FROM SCRATCH\n",
      // An earlier stage is not an image (case-insensitive, as Docker).
      `FROM golang:1.23@${DIGEST} AS Build\nRUN go build\nFROM build\n`,
      // The variable can carry the digest: decided where it is set.
      `ARG BASE=python:3.12@${DIGEST}\nFROM $BASE\n`,
      // A tag from an ARG without a default may carry the digest.
      "ARG PY\nFROM python:${PY}\n",
    ],
    invalid: [
      {
        code: "FROM python:3.12-slim\n",
        errors: [{ message: message("python:3.12-slim"), line: 1, column: 6, endLine: 1, endColumn: 22 }],
      },
      {
        // A variable in the registry cannot carry the digest; judged by its default.
        code: "ARG REGISTRY=docker.io\nFROM ${REGISTRY}/python:3.12\n",
        errors: [{ message: message("docker.io/python:3.12"), line: 2, column: 6, endLine: 2, endColumn: 29 }],
      },
      {
        // Judged by the ARG's default.
        code: "ARG PY=3.12\nFROM python:${PY}\n",
        errors: [{ message: message("python:3.12"), line: 2, column: 6, endLine: 2, endColumn: 18 }],
      },
      {
        // The whole reference from an ARG: reported at its default, where the digest goes, once.
        code: "ARG BASE=python:3.12\nFROM ${BASE} AS a\nFROM $BASE\n",
        errors: [{ message: message("python:3.12"), line: 1, column: 10, endLine: 1, endColumn: 21 }],
      },
      {
        // COPY --from and RUN --mount=from= pull images too.
        code: `FROM alpine:3.20@${DIGEST}\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nRUN --mount=type=bind,from=busybox:1.36,target=/bb true\n`,
        errors: [
          { message: message("nginx:1.27"), line: 2, column: 13, endLine: 2, endColumn: 23 },
          { message: message("busybox:1.36"), line: 3, column: 28, endLine: 3, endColumn: 40 },
        ],
      },
      {
        // A later stage of the same name does not exempt an earlier FROM.
        code: "FROM node\nFROM alpine:3.20 AS node\n",
        errors: [
          { message: message("node"), line: 1, column: 6, endLine: 1, endColumn: 10 },
          { message: message("alpine:3.20"), line: 2, column: 6, endLine: 2, endColumn: 17 },
        ],
      },
      {
        code: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM build\n",
        errors: [{ message: message("golang:1.23"), line: 1, column: 32, endLine: 1, endColumn: 43 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("require-image-digest (compose)", rule as never, {
    valid: [
      `services:\n  db:\n    image: postgres:16-alpine@${DIGEST}\n`,
      "services:\n  app:\n    image: ${APP_IMAGE}\n",
      "services:\n  app:\n    image: registry.example.com/app:${TAG}\n",
      // `image:` next to `build:` names the image Compose builds.
      "services:\n  app:\n    build: .\n    image: registry.example.com/app:1.0\n",
      "services:\n  app:\n    build: .\n",
    ],
    invalid: [
      {
        code: "services:\n  cache:\n    image: redis:7.4\n  web:\n    image: 'nginx:1.27'\n",
        errors: [
          { message: message("redis:7.4"), line: 3, column: 12, endLine: 3, endColumn: 21 },
          { message: message("nginx:1.27"), line: 5, column: 12, endLine: 5, endColumn: 24 },
        ],
      },
      {
        // Inherited through a merge key by two services: reported once, where it is written.
        code: "x-base: &base\n  image: redis:7.4\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n",
        errors: [{ message: message("redis:7.4"), line: 2, column: 10, endLine: 2, endColumn: 19 }],
      },
      {
        code: "services:\n  app:\n    image: ${REGISTRY}/app:1.0\n",
        errors: [{ message: message("${REGISTRY}/app:1.0"), line: 3, column: 12 }],
      },
    ],
  });

  describe("values from the Compose project's .env file", () => {
    const project = createTempProject({
      ".env": `IMAGE=nginx:1.27\nPINNED=nginx:1.27@${DIGEST}\nREDIS_TAG=7.4@${DIGEST}\nREGISTRY=ghcr.io/acme\n`,
      "compose.yaml": [
        "services:",
        "  web:",
        "    image: ${IMAGE}",
        "  pinned:",
        "    image: ${PINNED}",
        "  cache:",
        "    image: redis:${REDIS_TAG:-7.4}",
        "  api:",
        "    image: ${REGISTRY}/api:2.1",
        "",
      ].join("\n"),
    });
    afterAll(() => project.remove());

    it("judges the image .env gives, and says so when .env left out the digest", async () => {
      const messages = await project.lint(ESLint, "compose.yaml", { "containers/require-image-digest": "error" });
      expect(messages.map(({ message, line, column }) => ({ message, line, column }))).toEqual([
        {
          message:
            "Image 'nginx:1.27' is not pinned by digest (set by `IMAGE=nginx:1.27` in .env), so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).",
          line: 3,
          column: 12,
        },
        // The Compose file wrote the tag without a digest; .env only names the registry.
        { message: message("ghcr.io/acme/api:2.1"), line: 9, column: 12 },
      ]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-image-digest", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "require-image-digest", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
