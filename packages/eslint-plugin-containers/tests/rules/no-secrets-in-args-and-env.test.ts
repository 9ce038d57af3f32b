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
const urlPassword = (name: string, password: string) =>
  `'${name}' holds a URL with a password in it ('${password}'); anyone who can read the file (or the image) has it. Take the password from a secret, or interpolate it ('\${VAR}').`;
const interpolationDefault = (variable: string, fallback: string) =>
  `'${variable}' falls back to the literal '${fallback}' when it is not set, so the file still holds a password. Drop the default ('\${${variable}:?required}') and set the variable outside the file.`;
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

  it("treats a qualifier after the secret word as a setting, not before it", () => {
    for (const name of [
      "KAFKA_CONFLUENT_SECRET_PARAM_REPLICATION_FACTOR",
      "AWS_CREDENTIALS_PROVIDER",
      "SASL_LOGIN_CALLBACK_SECRET_CLASS",
      "OAUTH_TOKEN_ISSUER",
    ]) {
      expect(isSecret(name), name).toBeNull();
    }
    expect(isSecret("SMS_PROVIDER_API_KEY")).toBe("api_key");
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
      // Values that cannot be secrets: a path, a number, host:port, a Java class, an enum token.
      "FROM alpine:3.20\nENV REDIS_PASSWORD=/run/secrets/redis\n",
      "FROM alpine:3.20\nENV TOKEN_EXPIRY=3600 AUTH_TOKEN_LENGTH=32\n",
      "FROM alpine:3.20\nENV SECRETS_MANAGER=vault.internal:8200\n",
      "FROM alpine:3.20\nENV KAFKA_SASL_JAAS_SECRET=org.apache.kafka.common.security.plain.PlainLoginModule\n",
      "FROM alpine:3.20\nENV KAFKA_SASL_MECHANISM_CREDENTIALS=OAUTHBEARER\n",
      // Public PGP key fingerprints.
      "FROM node:22\nENV NODE_SIGNING_KEY=4ED778F539E3634C779C87C6D7062848A1AB005C\n",
      'FROM debian:12\nARG RELEASE_TOKEN=B42F6819007F00F88E364FD4036A9C25BF357DD4\nRUN gpg --batch --recv-keys "$RELEASE_TOKEN"\n',
      // Client-bundle variables are public by design.
      "FROM node:22\nARG VITE_API_TOKEN=pk_live_abc\nENV REACT_APP_SECRET=abc NEXT_PUBLIC_TOKEN=abc\n",
      // Configuration named after a secret.
      "FROM alpine:3.20\nENV AWS_CREDENTIALS_PROVIDER=default\n",
      // Test, CI and development files hold dummy credentials.
      { code: "FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n", filename: "tests/db/Dockerfile" },
      { code: "FROM alpine:3.20\nARG AWS_SECRET_ACCESS_KEY=FAKE\n", filename: "pkg/e2e/testdata/Dockerfile" },
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
        // A password in a URL, whatever the name.
        code: "FROM alpine:3.20\nENV DATABASE_URL=mysql://root:hunter2@db/app\n",
        errors: [{ message: urlPassword("DATABASE_URL", "hunter2"), line: 2, column: 18 }],
      },
      {
        // A number is still a password under a password word.
        code: "FROM alpine:3.20\nENV DB_PASSWORD=1234\n",
        errors: [{ message: env("DB_PASSWORD"), line: 2, column: 5 }],
      },
      {
        // Hex, but not under a signing-key name and not given to gpg: a secret.
        code: "FROM alpine:3.20\nENV API_TOKEN=4ED778F539E3634C779C87C6D7062848A1AB005C\n",
        errors: [{ message: env("API_TOKEN"), line: 2, column: 5 }],
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
      // Interpolated passwords in URLs, required variables, harmless values.
      "services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app\n      REDIS_URL: redis://redis:6379\n      KAFKA_SASL_MECHANISM_PASSWORD: SCRAM-SHA-512\n",
      "services:\n  app:\n    environment:\n      VITE_API_KEY: pk_test_123\n      KAFKA_SECRET_PARAM_REPLICATION_FACTOR: 3\n",
      // Dummy credentials in development, test and CI files.
      { code: "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n", filename: ".devcontainer/docker-compose.yml" },
      { code: "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n", filename: "docker-compose.test.yml" },
      { code: "# For local development only.\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n", filename: "compose.yaml" },
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
        // A password in a URL's userinfo, located at the password.
        code: "services:\n  app:\n    environment:\n      DATABASE_URL: mysql://root:pass@db/x\n      - \n".replace("      - \n", ""),
        errors: [{ message: urlPassword("DATABASE_URL", "pass"), line: 4, column: 34, endLine: 4, endColumn: 38 }],
      },
      {
        code: 'services:\n  app:\n    environment:\n      - "DATABASE_URL=postgres://u:s3cret@db/x"\n',
        errors: [{ message: urlPassword("DATABASE_URL", "s3cret"), line: 4, column: 36, endLine: 4, endColumn: 42 }],
      },
      {
        // A literal default in interpolation is a password written in the file.
        code: "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-password}\n",
        errors: [{ message: interpolationDefault("POSTGRES_PASSWORD", "password"), line: 4, column: 47, endLine: 4, endColumn: 55 }],
      },
      {
        // Merged with `<<`: reported once, at the anchor, not at each `<<:`.
        code: [
          "x-env: &env",
          "  DB_PASSWORD: secret",
          "services:",
          "  a:",
          "    environment:",
          "      <<: *env",
          "      A: 1",
          "  b:",
          "    environment:",
          "      <<: *env",
          "",
        ].join("\n"),
        errors: [{ message: composeEnv("DB_PASSWORD"), line: 2, column: 3, endLine: 2, endColumn: 14 }],
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
