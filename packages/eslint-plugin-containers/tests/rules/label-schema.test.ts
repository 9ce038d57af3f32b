import { describe } from "vitest";
import rule from "../../src/rules/label-schema.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (label: string) => `The image has no \`${label}\` label, which the label schema requires; add \`LABEL ${label}=...\` to this stage.`;
const invalid = (label: string, value: string, expected: string) => `Label \`${label}\` is \`${value}\`, which is not ${expected}.`;
const empty = (label: string, expected: string) => `Label \`${label}\` is empty; the label schema expects ${expected}.`;
const superfluous = (label: string) => `Label \`${label}\` is not in the label schema; remove it, or add it to the schema.`;

const all = {
  labels: {
    "org.opencontainers.image.source": "url",
    "org.opencontainers.image.created": "rfc3339",
    "org.opencontainers.image.licenses": "spdx",
    "org.opencontainers.image.version": "semver",
    "org.opencontainers.image.authors": "email",
    "org.opencontainers.image.revision": "hash",
    "org.opencontainers.image.title": "text",
  },
} as const;

const valid = [
  "FROM alpine",
  'LABEL org.opencontainers.image.source="https://github.com/org/app" \\',
  "      org.opencontainers.image.created=2024-05-01T12:00:00Z \\",
  '      org.opencontainers.image.licenses="Apache-2.0 OR MIT" \\',
  "      org.opencontainers.image.version=1.2.3-rc.1 \\",
  "      org.opencontainers.image.authors=team@example.com \\",
  "      org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567 \\",
  '      org.opencontainers.image.title="My app"',
  "",
].join("\n");

describe.each(ESLINT_VERSIONS)("label-schema on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("label-schema", rule as never, {
    valid: [
      // No schema: nothing to check.
      "FROM alpine\nLABEL anything=goes\n",
      { code: valid, options: [all] },
      // Inherited from a base stage; values from build args are only known at build time.
      {
        code: "FROM alpine AS base\nLABEL org.opencontainers.image.version=1.0.0\nFROM base\nARG VERSION\nLABEL org.opencontainers.image.created=$CREATED\n",
        options: [{ labels: { "org.opencontainers.image.version": "semver", "org.opencontainers.image.created": "rfc3339" } }],
      },
      // Values from ARG defaults are checked expanded.
      { code: "FROM alpine\nARG V=2.0.0\nLABEL version=$V\n", options: [{ labels: { version: "semver" } }] },
      // Optional labels need not be there.
      { code: "FROM alpine\n", options: [{ labels: { version: { type: "semver", required: false } } }] },
      { code: "FROM alpine\nLABEL version=1.0.0\n", options: [{ labels: { version: "semver" }, strictLabels: true }] },
    ],
    invalid: [
      {
        code: "FROM golang:1.22 AS build\nLABEL version=1.0.0\nFROM alpine\nLABEL other=x\n",
        options: [{ labels: { version: "semver" } }],
        // The label of an unrelated stage does not reach the image.
        errors: [{ message: missing("version"), line: 3, column: 1, endLine: 3, endColumn: 5 }],
      },
      {
        code: [
          "FROM alpine",
          "LABEL org.opencontainers.image.source=github.com/org/app \\",
          "      org.opencontainers.image.created=2024-13-01 \\",
          "      org.opencontainers.image.licenses=GPL \\",
          "      org.opencontainers.image.version=v1 \\",
          '      org.opencontainers.image.authors="Jo <jo@example.com>" \\',
          "      org.opencontainers.image.revision=abc123 \\",
          '      org.opencontainers.image.title=""',
          "",
        ].join("\n"),
        options: [all],
        errors: [
          { message: invalid("org.opencontainers.image.source", "github.com/org/app", "a URL (`https://example.com/app`)"), line: 2, column: 39 },
          { message: invalid("org.opencontainers.image.created", "2024-13-01", "an RFC 3339 date-time (`2024-05-01T12:00:00Z`)"), line: 3, column: 40 },
          { message: invalid("org.opencontainers.image.licenses", "GPL", "an SPDX license expression (`MIT`, `Apache-2.0 OR MIT`)"), line: 4, column: 41 },
          { message: invalid("org.opencontainers.image.version", "v1", "a semantic version (`1.2.3`)"), line: 5, column: 40 },
          { message: invalid("org.opencontainers.image.authors", "Jo <jo@example.com>", "an email address (`team@example.com`)"), line: 6, column: 40 },
          { message: invalid("org.opencontainers.image.revision", "abc123", "a full git commit hash (40 or 64 hex digits)"), line: 7, column: 41 },
          { message: empty("org.opencontainers.image.title", "text"), line: 8, column: 38 },
        ],
      },
      {
        // Checked with the value the ARG gives, through an ENV of the same name.
        code: "FROM alpine\nARG VERSION=2.577\nENV VERSION=${VERSION}\nLABEL version=\"${VERSION}\"\n",
        options: [{ labels: { version: "semver" } }],
        errors: [{ message: invalid("version", "2.577", "a semantic version (`1.2.3`)"), line: 4, column: 15 }],
      },
      {
        code: "FROM alpine\nLABEL version=1.0.0 maintainer=jo\nONBUILD LABEL built=yes\n",
        options: [{ labels: { version: "semver" }, strictLabels: true }],
        errors: [
          { message: superfluous("maintainer"), line: 2, column: 21 },
          { message: superfluous("built"), line: 3, column: 15 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "label-schema", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
