import { describe } from "vitest";
import rule from "../../src/rules/compose-no-build-and-image.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (service: string, image: string) =>
  `Service "${service}" has both \`build\` and \`image\` without \`pull_policy\`: Compose tries to pull \`${image}\` and builds only when the pull fails, so a registry image can silently replace your build. Set \`pull_policy\` to say which wins, or keep only one of the two.`;
const strict = (service: string) => `Service "${service}" has both \`build\` and \`image\`: keep only one of the two.`;
const build = "Add `pull_policy: build` (always build from source, tag the result as the image).";
const missing = "Add `pull_policy: missing` (use the image when present, otherwise pull or build it).";

describe.each(ESLINT_VERSIONS)("compose-no-build-and-image on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-build-and-image", rule as never, {
    valid: [
      "services:\n  a:\n    build: .\n  b:\n    image: nginx:1.27\n",
      "services:\n  a:\n    build: .\n    image: example/a:1\n    pull_policy: build\n",
      "x-base: &base\n  pull_policy: missing\nservices:\n  a:\n    <<: *base\n    build: .\n    image: example/a:1\n",
      "x-a:\n  build: .\n  image: example/x\nservices: {}\n",
      // A single-component name cannot come from a registry: nothing to pull instead of the build.
      "services:\n  app:\n    build: .\n    image: myapp-dev\n",
      "services:\n  app:\n    build: .\n    image: build-test-platform:test\n",
      // Unknown until Compose runs.
      "services:\n  app:\n    build: .\n    image: ${APP_IMAGE}\n",
      // Listed in `cache_from`: pulled first on purpose, as the build's cache.
      "services:\n  app:\n    build:\n      context: .\n      cache_from: [registry.example.com/app:latest]\n    image: registry.example.com/app:latest\n",
    ],
    invalid: [
      {
        // An official image's name beside `build:` may be pulled instead of the build.
        code: "services:\n  app:\n    build: .\n    image: alpine\n",
        errors: [{ message: message("app", "alpine"), line: 4, column: 5, suggestions: 2 }],
      },
      {
        code: "services:\n  api:\n    build: .\n    image: example/api:1.4 # tag\n    ports: ['80:80']\n",
        errors: [
          {
            message: message("api", "example/api:1.4"),
            line: 4, column: 5, endLine: 4, endColumn: 10,
            suggestions: [
              { desc: build, output: "services:\n  api:\n    build: .\n    image: example/api:1.4 # tag\n    pull_policy: build\n    ports: ['80:80']\n" },
              { desc: missing, output: "services:\n  api:\n    build: .\n    image: example/api:1.4 # tag\n    pull_policy: missing\n    ports: ['80:80']\n" },
            ],
          },
        ],
      },
      {
        // Last line without a line break, CRLF elsewhere.
        code: "services:\r\n  api:\r\n    image: example/x\r\n    build:\r\n      context: .",
        errors: [
          {
            message: message("api", "example/x"),
            line: 3, column: 5,
            suggestions: [
              { desc: build, output: "services:\r\n  api:\r\n    image: example/x\r\n    pull_policy: build\r\n    build:\r\n      context: ." },
              { desc: missing, output: "services:\r\n  api:\r\n    image: example/x\r\n    pull_policy: missing\r\n    build:\r\n      context: ." },
            ],
          },
        ],
      },
      {
        // Flow style and an inherited image: report without suggestions.
        code: "x-img: &img\n  image: example/x\nservices:\n  a: {build: ., image: example/y}\n  b:\n    <<: *img\n    build: .\n",
        errors: [
          { message: message("a", "example/y"), line: 4, column: 17, endLine: 4, endColumn: 22, suggestions: [] },
          { message: message("b", "example/x"), line: 6, column: 9, endLine: 6, endColumn: 13, suggestions: [] },
        ],
      },
      {
        options: [{ allowWithPullPolicy: false }],
        code: "services:\n  a:\n    build: .\n    image: example/x\n    pull_policy: build\n",
        errors: [{ message: strict("a"), line: 4, column: 5, endLine: 4, endColumn: 10, suggestions: [] }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-build-and-image", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
