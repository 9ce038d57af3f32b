import { describe, expect, it } from "vitest";
import rule, { isRootUser } from "../../src/rules/no-root-user.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const rootUser = (user: string) =>
  `The final stage runs as root ('USER ${user}'); end it with an unprivileged user, e.g. 'USER app' or a numeric UID such as 'USER 10001'.`;
const noUser =
  "The final stage never sets USER, so the container runs as root; create an unprivileged user and add 'USER <name>' (or a numeric UID) before CMD/ENTRYPOINT.";
const noUserScratch =
  "The final stage is built FROM scratch and never sets USER, so it runs as UID 0; add a numeric 'USER 65532' (scratch has no /etc/passwd for names).";
const composeRoot = (service: string, user: string) =>
  `Service '${service}' runs as root ('user: ${user}'); use an unprivileged user or UID, or drop \`user:\` if the image already sets one.`;

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
      { code: "FROM bitnami/redis:7.2\n", options: [{ nonRootImages: ["bitnami/*"] }] },
      "# no stages\n",
    ],
    invalid: [
      {
        code: 'FROM node:22\nCMD ["node"]\n',
        errors: [{ message: noUser, line: 1, column: 1, endLine: 1, endColumn: 13 }],
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
        code: "FROM node:22 AS build\nUSER node\nFROM node:22-slim\nCOPY --from=build /app /app\n",
        errors: [{ message: noUser, line: 3, column: 1, endLine: 3, endColumn: 18 }],
      },
      {
        // Inherited root: reported at the USER that sets it.
        code: "FROM node:22 AS base\nUSER root\nFROM base\nCMD node\n",
        errors: [{ message: rootUser("root"), line: 2, column: 1, endLine: 2, endColumn: 10 }],
      },
      {
        code: "FROM node:22 AS base\nFROM base\n",
        errors: [{ message: noUser, line: 2, column: 1, endLine: 2, endColumn: 10 }],
      },
      {
        code: "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n",
        errors: [{ message: noUserScratch, line: 3, column: 1, endLine: 3, endColumn: 13 }],
      },
      {
        code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n",
        errors: [{ message: rootUser("ContainerAdministrator"), line: 2, column: 1 }],
      },
      {
        // The option replaces the defaults.
        code: "FROM cgr.dev/chainguard/static:latest\n",
        options: [{ nonRootImages: [] }],
        errors: [{ message: noUser, line: 1, column: 1 }],
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
