import { describe, expect, it } from "vitest";
import rule from "../../src/rules/no-secrets-in-args-and-env.js";
import {
  DEFAULT_ALLOW_WORDS,
  DEFAULT_SECRET_WORDS,
  nameWords,
  secretNameMatcher,
} from "../../src/utils/secret-names.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const arg = (name: string) =>
  `Build argument '${name}' looks like a secret: build-arg values are recorded in the image history and build provenance. Use a secret mount ('RUN --mount=type=secret,id=...') instead.`;
const env = (name: string) =>
  `ENV '${name}' looks like a secret, and ENV values are stored in the image for anyone who can pull it. Use a secret mount ('RUN --mount=type=secret,id=...') in build steps and pass runtime secrets when the container starts.`;
const composeEnv = (name: string) =>
  `Environment variable '${name}' looks like a secret and has a literal value in the Compose file. Use Compose \`secrets:\`, or interpolate it ('\${VAR}') from the environment or an untracked .env file.`;
const composeArg = (name: string) =>
  `Build argument '${name}' looks like a secret and has a literal value; build args are recorded in the image history. Use \`build.secrets\` and 'RUN --mount=type=secret,id=...' in the Dockerfile instead.`;

describe("secret names", () => {
  const isSecret = secretNameMatcher(DEFAULT_SECRET_WORDS, DEFAULT_ALLOW_WORDS);

  it("splits names into words at separators and camelCase humps", () => {
    expect(nameWords("AWS_SECRET_ACCESS_KEY")).toEqual(["aws", "secret", "access", "key"]);
    expect(nameWords("stripeApiKey")).toEqual(["stripe", "api", "key"]);
    expect(nameWords("APIKey")).toEqual(["api", "key"]);
    expect(nameWords("spring.datasource.password")).toEqual(["spring", "datasource", "password"]);
  });

  it("matches whole words and word sequences", () => {
    expect(isSecret("DB_PASSWORD")).toBe("password");
    expect(isSecret("GITHUB_TOKEN")).toBe("token");
    expect(isSecret("STRIPE_API_KEY")).toBe("api_key");
    expect(isSecret("stripeApiKey")).toBe("api_key");
    expect(isSecret("MYSQL_PWD")).toBe("pwd");
    expect(isSecret("AWS_ACCESS_KEY_ID")).toBe("access_key");
    expect(isSecret("COMPOSER_AUTH")).toBe("auth$");
    // Substrings are not words.
    for (const name of ["PASSTHROUGH", "KEYBOARD", "TOKENIZER_MODEL", "SECRETARY", "OAUTH_PROVIDER", "APIKEYS"]) {
      expect(isSecret(name), name).toBeNull();
    }
    // `key` alone is not a secret word: GPG_KEY is a public fingerprint.
    expect(isSecret("GPG_KEY")).toBeNull();
    // `auth` only as the last word.
    expect(isSecret("GF_AUTH_ANONYMOUS_ORG_ROLE")).toBeNull();
    expect(isSecret("PWD")).toBeNull();
  });

  it("allows names with a harmless word", () => {
    for (const name of ["PASSWORD_FILE", "TOKEN_URL", "NEXT_PUBLIC_API_KEY", "SECRET_PATH", "TOKEN_TTL", "AUTH_TYPE"]) {
      expect(isSecret(name), name).toBeNull();
    }
  });

  it("honours `$` (last word only) in custom lists", () => {
    const custom = secretNameMatcher(["key$"], []);
    expect(custom("SSH_KEY")).toBe("key$");
    expect(custom("KEY_ID")).toBeNull();
  });
});

describe.each(ESLINT_VERSIONS)("no-secrets-in-args-and-env on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-secrets-in-args-and-env", rule as never, {
    valid: [
      "FROM alpine:3.20\nARG VERSION=1.0\nENV APP_HOME=/app\n",
      "FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n",
      "FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n",
      "FROM node:22\nENV NEXT_PUBLIC_API_KEY=pk_test_123 TOKENIZER_MODEL=bert\n",
      // Empty ENV and boolean flags hold no secret.
      'FROM alpine:3.20\nENV DB_PASSWORD=""\nENV USE_AUTH=true\nARG SKIP_AUTH=false\n',
      "FROM alpine:3.20\nENV PWD=/app\n",
      "FROM alpine:3.20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n",
      { code: "FROM alpine:3.20\nENV MY_SECRET=x\n", options: [{ secretWords: ["password"] }] },
      { code: "FROM alpine:3.20\nENV DEMO_PASSWORD=demo\n", options: [{ allowWords: ["demo"] }] },
    ],
    invalid: [
      {
        // Docker's check too: the value passed with --build-arg is what leaks.
        code: "FROM node:22\nARG NPM_TOKEN\nRUN npm ci\n",
        errors: [{ message: arg("NPM_TOKEN"), line: 2, column: 5, endLine: 2, endColumn: 14 }],
      },
      {
        code: "FROM alpine:3.20\nENV APP_ENV=prod DB_PASSWORD=hunter2\n",
        errors: [{ message: env("DB_PASSWORD"), line: 2, column: 18, endLine: 2, endColumn: 29 }],
      },
      {
        code: "FROM alpine:3.20\nENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI\n",
        errors: [{ message: env("AWS_SECRET_ACCESS_KEY"), line: 2, column: 5, endLine: 2, endColumn: 26 }],
      },
      {
        // ENV persists the expanded value in the image.
        code: "FROM alpine:3.20\nARG GITHUB_TOKEN\nENV GITHUB_TOKEN=${GITHUB_TOKEN}\n",
        errors: [
          { message: arg("GITHUB_TOKEN"), line: 2, column: 5 },
          { message: env("GITHUB_TOKEN"), line: 3, column: 5 },
        ],
      },
      {
        code: "ARG apiKey=abc123\nARG COMPOSER_AUTH\nFROM php:8.3\n",
        errors: [
          { message: arg("apiKey"), line: 1, column: 5, endLine: 1, endColumn: 11 },
          { message: arg("COMPOSER_AUTH"), line: 2, column: 5 },
        ],
      },
      {
        code: "FROM alpine:3.20\nENV GPG_KEY=abc\n",
        options: [{ secretWords: ["key"] }],
        errors: [{ message: env("GPG_KEY"), line: 2, column: 5 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("no-secrets-in-args-and-env (compose)", rule as never, {
    valid: [
      [
        "services:",
        "  db:",
        "    image: postgres:16",
        "    environment:",
        "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}",
        "      API_TOKEN:",
        "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password",
        '      SECRET: ""',
        '      USE_AUTH: "true"',
        '      SERVER_TOKENS: "off"',
        "      MYSQL_ALLOW_EMPTY_PASSWORD: yes",
        "",
      ].join("\n"),
      "services:\n  app:\n    environment:\n      - DB_PASSWORD\n      - DB_PASSWORD_2=${DB_PASSWORD:-}\n      - TOKEN=\n",
      "services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${NPM_TOKEN}\n",
      "services:\n  app:\n    build: .\n",
      // Not a service.
      "x-notes:\n  environment:\n    PASSWORD: secret\nservices: {}\n",
    ],
    invalid: [
      {
        code: "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n      MYSQL_ROOT_PASSWORD: 1234\n",
        errors: [
          { message: composeEnv("POSTGRES_PASSWORD"), line: 4, column: 7, endLine: 4, endColumn: 24 },
          { message: composeEnv("MYSQL_ROOT_PASSWORD"), line: 5, column: 7, endLine: 5, endColumn: 26 },
        ],
      },
      {
        code: 'services:\n  app:\n    environment:\n      - "API_KEY=abc"\n      - LOG_LEVEL=info\n      - ES_PWD=elastic\n',
        errors: [
          { message: composeEnv("API_KEY"), line: 4, column: 9, endLine: 4, endColumn: 22 },
          { message: composeEnv("ES_PWD"), line: 6, column: 9, endLine: 6, endColumn: 23 },
        ],
      },
      {
        // `$$` is a literal `$`, not interpolation.
        code: 'services:\n  app:\n    environment:\n      ADMIN_PASSWORD: "$$ecret"\n',
        errors: [{ message: composeEnv("ADMIN_PASSWORD"), line: 4, column: 7 }],
      },
      {
        code: "services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: npm_abc\n",
        errors: [{ message: composeArg("NPM_TOKEN"), line: 6, column: 9, endLine: 6, endColumn: 18 }],
      },
      {
        code: "services:\n  app:\n    build:\n      args:\n        - GITHUB_TOKEN=ghp_abc\n",
        errors: [{ message: composeArg("GITHUB_TOKEN"), line: 5, column: 11, endLine: 5, endColumn: 31 }],
      },
      {
        // Shared through an anchor: reported once, where it is written.
        code: [
          "x-env: &env",
          "  DB_PASSWORD: secret",
          "services:",
          "  a:",
          "    environment: *env",
          "  b:",
          "    environment: *env",
          "",
        ].join("\n"),
        errors: [{ message: composeEnv("DB_PASSWORD"), line: 2, column: 3, endLine: 2, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({
      Linter,
      ruleName: "no-secrets-in-args-and-env",
      fence: "dockerfile",
      language: "containers/dockerfile",
      filename: "Dockerfile",
    });
    testDocExamples({
      Linter,
      ruleName: "no-secrets-in-args-and-env",
      fence: "yaml",
      language: "containers/compose",
      filename: "compose.yaml",
    });
  });
});
