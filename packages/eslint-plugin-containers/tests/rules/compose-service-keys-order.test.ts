import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule, { DCLINT_SERVICE_KEY_GROUPS, DEFAULT_SERVICE_KEY_GROUPS } from "../../src/rules/compose-service-keys-order.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const ORDER =
  "Core Definitions, Service Dependencies, Data Management and Configuration, Environment Configuration, Networking, Runtime Behavior, Operational Metadata, Security and Execution Context, other";
const across = (name: string, previous: string, group: string, previousGroup: string, service = "app", order = ORDER) =>
  `Key \`${name}\` of service "${service}" should come before \`${previous}\`: ${group} keys go before ${previousGroup} keys (order: ${order}).`;
const within = (name: string, previous: string, group: string, keys: string, service = "app") =>
  `Key \`${name}\` of service "${service}" should come before \`${previous}\`: keep the ${group} keys in the order ${keys}.`;
const CORE = "image, build, container_name, extends, provider, platform, pull_policy, pull_refresh_after, profiles";

describe("default groups", () => {
  const spec = JSON.parse(readFileSync(new URL("../../schemas/compose-spec.json", import.meta.url), "utf8")) as {
    definitions: { service: { properties: Record<string, unknown> } };
  };
  const keys = Object.values(DEFAULT_SERVICE_KEY_GROUPS).flat();
  it("name every service key of the Compose spec once", () => {
    expect(Object.keys(spec.definitions.service.properties).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
  it("keep dclint's groups, its group order and its keys first, in its order", () => {
    expect(Object.keys(DEFAULT_SERVICE_KEY_GROUPS)).toEqual(Object.keys(DCLINT_SERVICE_KEY_GROUPS));
    for (const [group, dclintKeys] of Object.entries(DCLINT_SERVICE_KEY_GROUPS)) {
      expect(DEFAULT_SERVICE_KEY_GROUPS[group].filter((key) => dclintKeys.includes(key))).toEqual(dclintKeys);
    }
  });
});

describe.each(ESLINT_VERSIONS)("compose-service-keys-order on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-service-keys-order", rule as never, {
    valid: [
      "services:\n  app:\n    <<: *base\n    image: nginx:1.27\n    depends_on: [db]\n    volumes: []\n    environment: {}\n    ports: []\n    expose: []\n    command: x\n    init: true\n    labels: {}\n    user: '1000'\n    x-b: 1\n    zzz: 2\n    x-a: 3\n",
      // Not services: other mappings are not checked.
      "x-base:\n  command: x\n  image: y\nservices: {}\n",
      // An aliased service is checked where it is written (here, not at all).
      "x-s: &s\n  command: x\n  image: y\nservices:\n  app: *s\n",
      { code: "services:\n  app:\n    ports: []\n    volumes: []\n", options: [{ groupOrder: ["Networking"] }] },
      { code: "services:\n  app:\n    image: x\n    x-team: web\n    command: y\n", options: [{ groups: { "Core Definitions": ["image", "x-properties"] } }] },
      // dclint's exact groups: keys they do not name go last.
      { code: "services:\n  app:\n    image: x\n    labels: {}\n    expose: []\n    init: true\n", options: [{ groups: { ...DCLINT_SERVICE_KEY_GROUPS } }] },
    ],
    invalid: [
      {
        code: "services:\n  app:\n    # the name\n    container_name: shop\n    image: nginx:1.27 # pinned\n\n    command: [nginx]\n    environment:\n      - A=1\n      # more to come\n",
        output: "services:\n  app:\n    image: nginx:1.27 # pinned\n    # the name\n    container_name: shop\n\n    environment:\n      - A=1\n      # more to come\n    command: [nginx]\n",
        errors: [{ message: within("image", "container_name", "Core Definitions", CORE), line: 5, column: 5, endLine: 5, endColumn: 10 }],
      },
      {
        // Unknown keys go last, in the order written; one report per service.
        code: "services:\n  web:\n    zzz: 1\n    x-a: 2\n    ports: []\n    image: x\n  db:\n    image: y\n",
        output: "services:\n  web:\n    image: x\n    ports: []\n    zzz: 1\n    x-a: 2\n  db:\n    image: y\n",
        errors: [{ message: across("ports", "x-a", "Networking", "other", "web"), line: 5, column: 5 }],
      },
      {
        // A `<<` first stays first; the other keys move below it.
        code: "x: &b\n  restart: always\nservices:\n  app:\n    <<: *b\n    command: x\n    image: y\n",
        output: "x: &b\n  restart: always\nservices:\n  app:\n    <<: *b\n    image: y\n    command: x\n",
        errors: [{ message: across("image", "command", "Core Definitions", "Runtime Behavior"), line: 7, column: 5 }],
      },
      {
        // A `<<` below other keys: moving it could change what overrides what, so report only.
        code: "x: &b\n  restart: always\nservices:\n  app:\n    image: y\n    <<: *b\n",
        output: null,
        errors: [
          {
            message: 'Put the merge key `<<` of service "app" first, above `image`: explicit keys below it read as overriding what it merges in.',
            line: 6,
            column: 5,
          },
        ],
      },
      {
        // A key moving above the anchor its alias refers to: report only. Flow style: report only.
        code: "services:\n  app:\n    command: &c x\n    image: *c\n  db: {command: x, image: y}\n",
        output: null,
        errors: [
          { message: across("image", "command", "Core Definitions", "Runtime Behavior"), line: 4, column: 5 },
          { message: across("image", "command", "Core Definitions", "Runtime Behavior", "db"), line: 5, column: 20 },
        ],
      },
      {
        // An anchored service used by another is fixed once, where it is written.
        code: "services:\n  app: &app\n    command: x\n    image: y\n  copy: *app\n",
        output: "services:\n  app: &app\n    image: y\n    command: x\n  copy: *app\n",
        errors: [{ message: across("image", "command", "Core Definitions", "Runtime Behavior"), line: 4, column: 5 }],
      },
      {
        options: [{ groupOrder: ["Networking", "Core Definitions"], groups: { Networking: ["networks", "ports"], Mine: ["x-properties"] } }],
        code: "services:\n  app:\n    x-team: web\n    image: x\n    ports: []\n    networks: []\n",
        output: "services:\n  app:\n    networks: []\n    ports: []\n    image: x\n    x-team: web\n",
        errors: [
          {
            message: across(
              "image",
              "x-team",
              "Core Definitions",
              "Mine",
              "app",
              "Networking, Core Definitions, Service Dependencies, Data Management and Configuration, Environment Configuration, Runtime Behavior, Operational Metadata, Security and Execution Context, Mine, other",
            ),
            line: 4,
            column: 5,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-service-keys-order", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
