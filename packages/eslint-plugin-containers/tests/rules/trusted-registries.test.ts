import { afterAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/trusted-registries.js";
import { imageRegistry } from "../../src/utils/image-tags.js";
import { wildcardMatcher } from "../../src/utils/wildcard.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject } from "../helpers/temp-project.js";

const REGISTRIES = ["docker.io", "*.gcr.io", "ghcr.io", "registry.example.com:5000"];
const options = [{ registries: REGISTRIES }];
const trusted = REGISTRIES.join(", ");
const message = (image: string, registry: string, list = trusted) =>
  `Image '${image}' comes from registry '${registry}', which is not one of the trusted registries (${list}); pull it through a trusted registry or mirror, or add the registry to the rule's \`registries\` option.`;

describe("imageRegistry", () => {
  it("names Docker Hub docker.io and leaves variables undecided", () => {
    expect(imageRegistry("python:3.12")).toBe("docker.io");
    expect(imageRegistry("library/python")).toBe("docker.io");
    expect(imageRegistry("index.docker.io/library/python")).toBe("docker.io");
    expect(imageRegistry("GHCR.io/org/app:1")).toBe("ghcr.io");
    expect(imageRegistry("localhost:5000/app")).toBe("localhost:5000");
    expect(imageRegistry("${REGISTRY}/app:1")).toBeNull();
    expect(imageRegistry("$IMAGE")).toBeNull();
    expect(imageRegistry("ghcr.io/${ORG}/app")).toBe("ghcr.io");
  });
});

describe("wildcardMatcher", () => {
  it("matches `*` as any run of characters, case-insensitively", () => {
    const gcr = wildcardMatcher("*.gcr.io");
    expect(gcr("eu.gcr.io")).toBe(true);
    expect(gcr("EU.GCR.IO")).toBe(true);
    expect(gcr("gcr.io")).toBe(false);
    expect(gcr("eu.gcr.io.evil.com")).toBe(false);
    expect(wildcardMatcher("ghcr.io")("ghcrxio")).toBe(false);
  });
});

describe.each(ESLINT_VERSIONS)("trusted-registries on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  dockerfileRuleTester(RuleTester).run("trusted-registries", rule as never, {
    valid: [
      // No registries configured: nothing to check.
      "FROM quay.io/coreos/etcd:v3.5.14\n",
      { code: "FROM python:3.12\n", options },
      { code: "FROM docker.io/library/python:3.12\n", options },
      { code: "FROM index.docker.io/library/python:3.12\n", options },
      { code: "FROM eu.gcr.io/project/app:1.0\n", options },
      { code: "FROM GHCR.IO/org/app:1.0\n", options },
      { code: "FROM registry.example.com:5000/app:1.0\n", options },
      { code: "FROM scratch\n", options: [{ registries: ["ghcr.io"] }] },
      { code: "FROM ghcr.io/org/base:1 AS base\nFROM base\n", options: [{ registries: ["ghcr.io"] }] },
      // Decided where the variable is set.
      // A registry from an ARG without a default is decided by the build.
      { code: "ARG REGISTRY\nFROM ${REGISTRY}/app:1.0\n", options },
      // Built by the repository: not pulled.
      { code: "FROM internal/base:1\n", options: [{ ...options[0], localImages: ["internal/*"] }] },
      { code: "FROM quay.io/coreos/etcd:v3.5.14\n", options: [{ registries: ["*"] }] },
    ],
    invalid: [
      {
        // Judged by the ARG default, reported there.
        code: "ARG REGISTRY=quay.io\nFROM ${REGISTRY}/app:1.0\n",
        options,
        errors: [{ messageId: "untrusted", line: 1, column: 14, endLine: 1, endColumn: 21 }],
      },
      {
        code: "ARG BASE=quay.io/app:1\nFROM $BASE\n",
        options,
        errors: [{ messageId: "untrusted", line: 1, column: 10, endLine: 1, endColumn: 23 }],
      },
      {
        code: "FROM quay.io/coreos/etcd:v3.5.14\n",
        options,
        errors: [{ message: message("quay.io/coreos/etcd:v3.5.14", "quay.io"), line: 1, column: 6, endLine: 1, endColumn: 33 }],
      },
      {
        // `*.gcr.io` does not match `gcr.io` itself.
        code: "FROM gcr.io/distroless/static:nonroot\n",
        options,
        errors: [{ message: message("gcr.io/distroless/static:nonroot", "gcr.io"), line: 1, column: 6 }],
      },
      {
        code: "FROM --platform=$BUILDPLATFORM python:3.12 AS build\nFROM localhost:5000/app:1\n",
        options: [{ registries: ["ghcr.io"] }],
        errors: [
          { message: message("python:3.12", "docker.io", "ghcr.io"), line: 1, column: 32, endLine: 1, endColumn: 43 },
          { message: message("localhost:5000/app:1", "localhost:5000", "ghcr.io"), line: 2, column: 6 },
        ],
      },
      {
        code: "FROM ghcr.io/${ORG}/app:1\n",
        options: [{ registries: ["docker.io"] }],
        errors: [{ message: message("ghcr.io/${ORG}/app:1", "ghcr.io", "docker.io"), line: 1, column: 6 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("trusted-registries (compose)", rule as never, {
    valid: [
      "services:\n  etcd:\n    image: quay.io/coreos/etcd:v3.5.14\n",
      { code: "services:\n  db:\n    image: postgres:16\n  app:\n    image: ghcr.io/org/app:1\n", options },
      { code: "services:\n  app:\n    image: ${APP_IMAGE}\n", options },
      // `image:` next to `build:` names the image Compose builds.
      { code: "services:\n  app:\n    build: .\n    image: quay.io/org/app:1\n", options },
    ],
    invalid: [
      {
        code: "services:\n  etcd:\n    image: 'quay.io/coreos/etcd:v3.5.14'\n",
        options,
        errors: [{ message: message("quay.io/coreos/etcd:v3.5.14", "quay.io"), line: 3, column: 12, endLine: 3, endColumn: 41 }],
      },
      {
        code: "services:\n  cache:\n    image: redis:7.4\n",
        options: [{ registries: ["registry.example.com"] }],
        errors: [{ message: message("redis:7.4", "docker.io", "registry.example.com"), line: 3, column: 12, endLine: 3, endColumn: 21 }],
      },
    ],
  });

  describe("values from the Compose project's .env file", () => {
    const project = createTempProject({
      ".env": "REGISTRY=quay.io/acme\n",
      "compose.yaml": "services:\n  api:\n    image: ${REGISTRY:-ghcr.io/acme}/api:2.1\n  web:\n    image: quay.io/acme/web:${TAG:-1}\n",
    });
    afterAll(() => project.remove());

    it("judges the registry .env gives, and says so", async () => {
      const messages = await project.lint(ESLint, "compose.yaml", { "containers/trusted-registries": ["error", { registries: REGISTRIES }] } as never);
      expect(messages.map(({ message, line }) => ({ message, line }))).toEqual([
        {
          message: message("quay.io/acme/api:2.1", "quay.io").replace("'quay.io',", "'quay.io' (set by `REGISTRY=quay.io/acme` in .env),"),
          line: 3,
        },
        { message: message("quay.io/acme/web:1", "quay.io"), line: 5 },
      ]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "trusted-registries", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "trusted-registries", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
