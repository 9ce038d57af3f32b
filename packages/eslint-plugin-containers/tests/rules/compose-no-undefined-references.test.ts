import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/compose-no-undefined-references.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const refuses = "Compose refuses to start.";
const service = (owner: string, name: string, via: string, hint = "") =>
  `Service '${owner}' refers to '${name}' in \`${via}\`, but the file has no such service: ${refuses}${hint}`;
const declaration = (kind: string, name: string, via: string, owner: string, section: string, hint = "") =>
  `${kind} '${name}' (used in \`${via}\` of service '${owner}') is not declared under the top-level \`${section}\`: ${refuses}${hint}`;
const volume = (name: string, owner: string, hint: string) =>
  `Volume '${name}' (used in \`volumes\` of service '${owner}') is not declared under the top-level \`volumes\`: ${refuses}${hint}`;
const pathHint = " To mount a host directory instead, write a path (`./data`, `/srv/data`).";

const everything = [
  "services:",
  "  web:",
  "    image: nginx",
  "    depends_on: [db]",
  "    networks: [front, default]",
  "    volumes:",
  "      - data:/data",
  "      - ./src:/src",
  "      - /srv/logs:/logs",
  "      - type: volume",
  "        source: cache",
  "        target: /cache",
  "      - type: bind",
  "        source: ./x",
  "        target: /x",
  "      - /anonymous",
  "      - ${DATA_DIR}:/in",
  "    secrets: [token, {source: cert, target: /c}]",
  "    configs: [conf]",
  "    volumes_from: [db, 'container:legacy', 'db:ro']",
  "    links: ['db:database']",
  "    models: [llm]",
  "  db:",
  "    image: postgres",
  "    network_mode: service:web",
  "    depends_on:",
  "      web:",
  "        condition: service_started",
  "    build:",
  "      context: .",
  "      secrets: [token]",
  "  worker:",
  "    extends: db",
  "    ipc: service:db",
  "  other:",
  "    extends:",
  "      file: base.yaml",
  "      service: not-in-this-file",
  "    network_mode: container:some-container",
  "networks:",
  "  front:",
  "volumes:",
  "  data:",
  "  cache:",
  "secrets:",
  "  token:",
  "    file: ./token",
  "  cert:",
  "    environment: CERT",
  "configs:",
  "  conf:",
  "    file: ./conf",
  "models:",
  "  llm:",
  "    model: ai/smollm2",
  "",
].join("\n");

describe.each(ESLINT_VERSIONS)("compose-no-undefined-references on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  composeRuleTester(RuleTester).run("compose-no-undefined-references", rule as never, {
    valid: [
      everything,
      // Names decided by variables are not checked.
      "services:\n  web:\n    image: nginx\n    volumes: ['${DATA}:/data', '${VOL:-data}:/x']\n    depends_on: ['${DEP}']\n",
      // Files merged with others: `include`, override file names, service fragments.
      "include:\n  - base.yaml\nservices:\n  web:\n    image: nginx\n    depends_on: [db]\n",
      { code: "services:\n  web:\n    image: nginx\n    depends_on: [db]\n", filename: "/app/compose.prod.yaml" },
      { code: "services:\n  web:\n    image: nginx\n    networks: [back]\n", filename: "docker-compose.override.yml" },
      "services:\n  web:\n    environment: {A: b}\n    depends_on: [db]\n",
      "",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx\n    depends_on: [dbb]\n  db:\n    image: postgres\n",
        errors: [{ message: service("web", "dbb", "depends_on", " Did you mean 'db'?"), line: 4, column: 18, endLine: 4, endColumn: 21 }],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    depends_on:\n      cache:\n        condition: service_healthy\n",
        filename: "/app/docker-compose.yml",
        errors: [{ message: service("web", "cache", "depends_on"), line: 5, column: 7, endLine: 5, endColumn: 12 }],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    networks:\n      backend:\n        aliases: [api]\nnetworks:\n  back-end:\n",
        errors: [
          {
            message: declaration("Network", "backend", "networks", "web", "networks", " Did you mean 'back-end'?"),
            line: 5,
            column: 7,
          },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\n      - type: volume\n        source: logs\n        target: /logs\nvolumes:\n  date:\n",
        errors: [
          { message: volume("data", "web", " Did you mean 'date'?"), line: 5, column: 9, endLine: 5, endColumn: 19 },
          { message: volume("logs", "web", pathHint), line: 7, column: 17, endLine: 7, endColumn: 21 },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    secrets: [tokn, {source: cert}]\n    configs: [conf]\n    build:\n      context: .\n      secrets: [npmrc]\nsecrets:\n  token:\n    file: ./t\n",
        errors: [
          { message: declaration("Secret", "tokn", "secrets", "web", "secrets", " Did you mean 'token'?"), line: 4, column: 15 },
          { message: declaration("Secret", "cert", "secrets", "web", "secrets"), line: 4, column: 30 },
          { message: declaration("Config", "conf", "configs", "web", "configs"), line: 5, column: 15 },
          { message: declaration("Secret", "npmrc", "build.secrets", "web", "secrets"), line: 8, column: 17 },
        ],
      },
      {
        code: [
          "services:",
          "  web:",
          "    image: nginx",
          "    extends: base",
          "    network_mode: service:vpn",
          "    volumes_from: [db, 'container:legacy', 'cache:ro']",
          "    links: [cache]",
          "  db:",
          "    image: postgres",
          "    extends:",
          "      service: bas",
          "    ipc: service:web2",
          "",
        ].join("\n"),
        errors: [
          { message: service("web", "base", "extends"), line: 4, column: 14 },
          { message: service("web", "vpn", "network_mode"), line: 5, column: 19 },
          { message: service("web", "cache", "volumes_from"), line: 6, column: 44 },
          { message: service("web", "cache", "links"), line: 7, column: 13 },
          { message: service("db", "bas", "extends.service"), line: 11, column: 16 },
          { message: service("db", "web2", "ipc", " Did you mean 'web'?"), line: 12, column: 10 },
        ],
      },
      {
        // A definition merged into two services is reported once, where it is written.
        code: "x-deps: &deps\n  depends_on: [dbb]\nservices:\n  web:\n    image: x\n    <<: *deps\n  api:\n    image: x\n    <<: *deps\n  db:\n    image: y\n",
        errors: [{ message: service("web", "dbb", "depends_on", " Did you mean 'db'?"), line: 2, column: 16 }],
      },
      {
        code: "services:\n  web:\n    image: nginx\n    models: {llm: {endpoint_var: URL}}\n",
        errors: [{ message: declaration("Model", "llm", "models", "web", "models"), line: 4, column: 14 }],
      },
    ],
  });

  describe("files combined with -f", () => {
    let project: TempProject;
    const rules = { "containers/compose-no-undefined-references": "error" } as const;
    beforeAll(() => {
      project = createTempProject({
        "docker-compose.yml": "services:\n  elasticsearch:\n    image: elasticsearch:8\nnetworks:\n  elk: {}\nvolumes:\n  esdata: {}\n",
        "extensions/curator/curator-compose.yml":
          "services:\n  curator:\n    image: curator:8\n    networks: [elk]\n    depends_on: [elasticsearch]\n",
        "infra/docker-compose.yml": "services:\n  app:\n    image: app:1\n    depends_on: [db, cache]\n    volumes: [pgdata:/data]\n",
        "infra/docker-compose.infrastructure.yml": "services:\n  db:\n    image: postgres:17\nvolumes:\n  pgdata: {}\n",
        "infra/broken.yml": "services: [unclosed\n",
      });
    });
    afterAll(() => project.remove());

    it("reads the names a sibling or a Compose file above declares", async () => {
      expect(await project.lint(ESLint, "extensions/curator/curator-compose.yml", rules)).toEqual([]);
    });

    it("still reports what no file declares, and tolerates unreadable siblings", async () => {
      const messages = await project.lint(ESLint, "infra/docker-compose.yml", rules);
      expect(messages.map((m) => [m.message, m.line, m.column])).toEqual([[service("app", "cache", "depends_on", ""), 4, 22]]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({
      Linter,
      ruleName: "compose-no-undefined-references",
      fence: "yaml",
      language: "containers/compose",
      filename: "compose.yaml",
    });
  });
});
