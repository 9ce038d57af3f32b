import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/compose-valid-schema.js";
import { closestName } from "../../src/utils/closest-name.js";
import { getComposeSchemaValidator } from "../../src/utils/compose/index.js";
import { NEWER_SPEC_KEYS } from "../../src/utils/compose/newer-spec-keys.js";
import { compileComposeSchema } from "../../src/utils/compose/schema-compile.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

// Hand-checked on the corpus (417 files, 15 fail the schema): see the table in
// docs/rules/compose-valid-schema.md. Ten of them, and why they fail:
// - docker/compose e2e/fixtures/wrong-composefile: `wrongField`, a fixture made to be rejected;
// - docker/compose e2e/fixtures/watch/exec.yaml: `initial_sync`, newer than the vendored schema;
// - docker/compose e2e/testdata/TestPreStartHook{Success,InError,SequentialOrder}: `pre_start`,
//   an unreleased hook not in the schema (5 more TestPreStartHook* files alike);
// - docker/compose e2e/testdata/TestLocalComposeConfigNoConsistency: `models: {llm: }` is null;
// - compose-go loader/testdata/extends/base.yaml: `nil:`, a service left empty on purpose;
// - nginx-proxy docker-compose-separate-containers.yml: `environment:` holding only a comment;
// - traefik integration compose ratelimit.yml and redis_sentinel.yml: `command: [.., 6379]`,
//   a YAML number in a list of strings.

const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);

describe.each(ESLINT_VERSIONS)("compose-valid-schema on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-valid-schema", rule as never, {
    valid: [
      // Keys Compose added after the vendored schema (NEWER_SPEC_KEYS): docker/compose's own fixtures.
      "services:\n  app:\n    image: alpine:3.20\n    pre_start:\n      - command: echo hi\n    develop:\n      watch:\n        - path: ./src\n          target: /src\n          action: sync\n          initial_sync: true\n",
      "services:\n  web:\n    image: nginx:1.27\n",
      "",
      // Extension keys at the top and in services, merge keys, aliases.
      "x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n    x-note: hi\n",
      "x-ports: &ports\n  - '80:80'\nservices:\n  web:\n    image: nginx\n    ports: *ports\n",
      // Interpolation where the schema wants a number, a boolean or one of a set of words.
      [
        "services:",
        "  web:",
        "    image: nginx",
        '    ports: ["${PORT}:80", 8080]',
        "    cpus: ${CPUS}",
        "    use_api_socket: ${USE:-false}",
        "    cgroup: ${CG}",
        "    deploy:",
        "      replicas: ${N:-1}",
        "    depends_on:",
        "      db:",
        "        condition: ${CONDITION}",
        "        required: ${REQ}",
        "    networks:",
        "      front:",
        "        priority: ${P}",
        "    gpus: ${GPUS}",
        "    volumes:",
        "      - type: tmpfs",
        "        target: /t",
        "        tmpfs:",
        "          size: ${SIZE}",
        "  db:",
        "    image: postgres",
        "networks:",
        "  front:",
        "",
      ].join("\n"),
      // Newer keys of the vendored schema.
      "services:\n  web:\n    image: nginx\n    models: [llm]\n    use_api_socket: true\nmodels:\n  llm:\n    model: ai/smollm2\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    imagee: nginx\n",
        errors: [
          { message: "services.web has an unknown key 'imagee'. Did you mean 'image'?", line: 3, column: 5, endLine: 3, endColumn: 11 },
        ],
      },
      {
        code: "servics:\n  web:\n    image: nginx\n",
        errors: [
          { message: "The top level has an unknown key 'servics'. Did you mean 'services'?", line: 1, column: 1, endLine: 1, endColumn: 8 },
        ],
      },
      {
        // Every error, each at its node; one message per node for oneOf values.
        code: [
          "services:",
          "  web:",
          "    image: nginx",
          "    restart: 5",
          '    use_api_socket: "yes"',
          "    cgroup: shared",
          "    ports:",
          "      - [80]",
          "      - target: 80",
          "        publishd: 8080",
          "",
        ].join("\n"),
        errors: [
          { message: "services.web.restart must be a string.", line: 4, column: 14, endLine: 4, endColumn: 15 },
          { message: "services.web.use_api_socket must be a boolean.", line: 5, column: 21, endLine: 5, endColumn: 26 },
          { message: "services.web.cgroup must be one of: host, private.", line: 6, column: 13, endLine: 6, endColumn: 19 },
          { message: "services.web.ports[0] must be a string, a number or a mapping.", line: 8, column: 9, endLine: 8, endColumn: 13 },
          {
            message: "services.web.ports[1] has an unknown key 'publishd'. Did you mean 'published'?",
            line: 10,
            column: 9,
            endLine: 10,
            endColumn: 17,
          },
        ],
      },
      {
        code: "services:\n  my web:\n    image: nginx\n",
        errors: [
          {
            message: "services has an entry named 'my web', but names here may only contain letters, digits, '.', '_' and '-'.",
            line: 2,
            column: 3,
          },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: postgres\n",
        errors: [{ message: "services.web.depends_on.db is missing the required key 'condition'.", line: 5, column: 7, endLine: 5, endColumn: 9 }],
      },
      {
        code: 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n      - "80:80"\n',
        errors: [{ message: "services.web.ports[1] repeats services.web.ports[0]: list each entry once.", line: 6, column: 9 }],
      },
      {
        // A definition merged into two services: reported once, where it is written.
        code: "x-base: &base\n  imagee: nginx\n  restart: 5\nservices:\n  web:\n    <<: *base\n  api:\n    <<: *base\n",
        errors: [
          { message: "services.web has an unknown key 'imagee'. Did you mean 'image'?", line: 2, column: 3 },
          { message: "services.web.restart must be a string.", line: 3, column: 12 },
        ],
      },
      {
        // An alias with the wrong type is reported at the alias.
        code: "x-ports: &ports\n  http: 80\nservices:\n  web:\n    image: nginx\n    ports: *ports\n",
        errors: [{ message: "services.web.ports must be a list.", line: 6, column: 12, endLine: 6, endColumn: 18 }],
      },
      {
        code: "services:\n  web:\n  api:\n    image: x\n    environment: 5\n",
        errors: [
          { message: "services.web is empty, but it must be a mapping. Give it a value or remove the key.", line: 2, column: 3 },
          { message: "services.api.environment must be a list or a mapping.", line: 5, column: 18 },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    networks: front\n",
        errors: [{ message: "services.web.networks must be a list or a mapping.", line: 4, column: 15 }],
      },
      {
        // A network mapping with a typo deep inside a oneOf: only the typo is reported.
        code: "services:\n  web:\n    image: nginx\n    networks:\n      front:\n        aliasses: [www]\n",
        errors: [{ message: "services.web.networks.front has an unknown key 'aliasses'. Did you mean 'aliases'?", line: 6, column: 9 }],
      },
      {
        code: "- a\n- b\n",
        errors: [{ message: "The top level must be a mapping.", line: 1, column: 1 }],
      },
      {
        // No close match: the allowed keys are listed when there are few.
        code: "services:\n  web:\n    image: nginx\n    healthcheck:\n      command: [CMD, true]\n",
        errors: [
          {
            message:
              "services.web.healthcheck has an unknown key 'command'. The keys allowed here are: disable, interval, retries, test, timeout, start_period, start_interval. Custom keys must start with 'x-'.",
            line: 5,
            column: 7,
          },
        ],
      },
      {
        // A swap of two letters is one edit.
        code: "services:\n  web:\n    image: nginx\n    restrat: always\n",
        errors: [{ message: "services.web has an unknown key 'restrat'. Did you mean 'restart'?", line: 4, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-valid-schema", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});

describe("the vendored schema", () => {
  it("is compiled once per process", () => {
    expect(getComposeSchemaValidator()).toBe(getComposeSchemaValidator());
  });

  it("matches the commit and SHA-256 recorded in compose-spec.README.md, with its licence beside it", () => {
    const text = readFileSync(new URL("compose-spec.json", SCHEMA_DIR), "utf8");
    const readme = readFileSync(new URL("compose-spec.README.md", SCHEMA_DIR), "utf8");
    const sha256 = createHash("sha256").update(text).digest("hex");
    expect(readme).toContain(`| SHA-256 of the file | \`${sha256}\` |`);
    expect(readme).toMatch(/\| Commit \| `[0-9a-f]{40}` \|/u);
    expect(readme).toContain("Apache License 2.0");
    expect(readFileSync(new URL("compose-spec.LICENSE", SCHEMA_DIR), "utf8")).toContain("Apache License");
  });

  it("compiles draft 2019-09 schemas with draft-04 `id` keys, as older compose-spec versions have", () => {
    const validate = compileComposeSchema({
      $schema: "https://json-schema.org/draft/2019-09/schema#",
      id: "compose_spec.json",
      type: "object",
      properties: { services: { id: "#/properties/services", type: "object" }, scale: { type: "integer" } },
      additionalProperties: false,
    });
    expect(validate({ services: {}, scale: "${N}" })).toBe(true);
    expect(validate({ services: {}, scale: "two" })).toBe(false);
    expect(validate({ services: [] })).toBe(false);
  });
});

describe("closestName", () => {
  it("finds typos and leaves unrelated names alone", () => {
    expect(closestName("imagee", ["image", "build"])).toBe("image");
    expect(closestName("restrat", ["restart"])).toBe("restart");
    expect(closestName("enviroment", ["environment", "env_file"])).toBe("environment");
    expect(closestName("pre_start", ["restart", "pre_stop", "post_start"])).toBeNull();
    expect(closestName("db", ["web"])).toBeNull();
    expect(closestName("web", ["web"])).toBeNull();
  });
});

describe("keys newer than the vendored schema", () => {
  it("are still unknown to the schema (drop an entry of NEWER_SPEC_KEYS once a refresh knows it)", () => {
    const schema = readFileSync(new URL("../../schemas/compose-spec.json", import.meta.url), "utf8");
    for (const entry of NEWER_SPEC_KEYS) for (const key of entry.keys) expect(schema).not.toContain(`"${key}"`);
  });
});
