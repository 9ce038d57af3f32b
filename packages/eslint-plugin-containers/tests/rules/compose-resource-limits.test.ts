import { describe } from "vitest";
import rule from "../../src/rules/compose-resource-limits.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (service: string, limits: string, keys: string) =>
  `Service "${service}" has no ${limits} limit, so one runaway container can starve the host and every other service. Set ${keys}.`;
const ALL_KEYS = "`deploy.resources.limits.memory`, `deploy.resources.limits.cpus` and `deploy.resources.limits.pids`";

describe.each(ESLINT_VERSIONS)("compose-resource-limits on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-resource-limits", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n          cpus: '0.5'\n          pids: 100\n",
      // The service-level keys count too.
      "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 256m\n    cpus: 0.5\n    pids_limit: 100\n",
      "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 1g\n    cpu_quota: 50000\n    deploy: {resources: {limits: {pids: 64}}}\n",
      // A value from interpolation is a limit.
      "services:\n  web:\n    image: nginx:1.27\n    mem_limit: ${MEM}\n    cpus: ${CPUS}\n    pids_limit: ${PIDS}\n",
      { code: "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 256m\n", options: [{ require: ["memory"] }] },
      // A fragment of an override file, or a service that extends another.
      "services:\n  web:\n    ports: ['8080:80']\n  api:\n    extends: {service: web}\n",
      "x-limits: &limits\n  deploy:\n    resources:\n      limits: {memory: 256M, cpus: '1', pids: 200}\nservices:\n  web:\n    <<: *limits\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n",
        errors: [{ message: missing("web", "memory, CPU or PIDs", ALL_KEYS), line: 2, column: 3, endLine: 2, endColumn: 6 }],
      },
      {
        // Says which are missing.
        code: "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n",
        errors: [{ message: missing("web", "CPU or PIDs", "`deploy.resources.limits.cpus` and `deploy.resources.limits.pids`"), line: 2 }],
      },
      {
        // 0 and -1 mean unlimited; reservations are not limits.
        code: "services:\n  api:\n    build: .\n    mem_limit: 0\n    cpus: 2\n    pids_limit: -1\n    deploy:\n      resources:\n        reservations:\n          memory: 128M\n",
        errors: [{ message: missing("api", "memory or PIDs", "`deploy.resources.limits.memory` and `deploy.resources.limits.pids`"), line: 2 }],
      },
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    pids_limit: 100\n",
        options: [{ require: ["memory", "pids"] }],
        errors: [{ message: missing("web", "memory", "`deploy.resources.limits.memory`"), line: 2 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-resource-limits", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
