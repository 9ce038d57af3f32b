import { describe } from "vitest";
import rule from "../../src/rules/compose-no-dev-bind-mounts.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const built = (service: string, source: string) =>
  `Service "${service}" bind-mounts the source folder "${source}", so it runs the files of the checkout instead of those built into its image. Move this mount to a development file such as \`compose.override.yaml\`.`;
const pulled = (service: string, source: string) =>
  `Service "${service}" bind-mounts the source folder "${source}", so it runs on whatever checkout it is started from. Copy the files into an image, or move this mount to a development file such as \`compose.override.yaml\`.`;

const hotReload = "services:\n  api:\n    build: .\n    volumes:\n      - ./src:/app/src\n";

describe.each(ESLINT_VERSIONS)("compose-no-dev-bind-mounts on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-dev-bind-mounts", rule as never, {
    valid: [
      // Config files, and folders that are not source (data, certificates, static content).
      "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./certs:/etc/nginx/certs:ro\n      - ./data:/var/lib/data\n      - ./config/app.yml:/app/config.yml\n",
      // Named volumes, absolute paths, paths from a variable without default.
      "services:\n  web:\n    image: node:22\n    volumes:\n      - src:/app/src\n      - /srv/app:/app\n      - ${APP_DIR}:/app\n",
      // Development files, by name or folder.
      { code: hotReload, filename: "/repo/compose.override.yaml" },
      { code: hotReload, filename: "/repo/docker-compose.override.yml" },
      { code: hotReload, filename: "/repo/docker-compose.dev.yml" },
      { code: hotReload, filename: "/repo/compose.local.yaml" },
      { code: hotReload, filename: "/repo/compose-development.yaml" },
      { code: hotReload, filename: "/repo/.devcontainer/docker-compose.yml" },
      { code: hotReload, filename: "/repo/compose.hot.yaml", options: [{ devFileWords: ["hot"] }] },
      // Test suites, CI jobs and files whose first comment says they are for development.
      { code: hotReload, filename: "/repo/tests/e2e/compose.yaml" },
      { code: hotReload, filename: "/repo/ci/docker-compose.yml" },
      { code: `# Local development only: mounts the sources for hot reload.\n${hotReload}`, filename: "/repo/compose.yaml" },
      // A configuration folder under /etc is configuration, even when it is the build context.
      "services:\n  traefik:\n    build: .\n    volumes:\n      - .:/etc/traefik\n  win:\n    image: traefik:3\n    volumes:\n      - .:C:/etc/traefik\n",
      // Build jobs compile, test or lint the checkout, by name or by command.
      "services:\n  app:\n    image: golang:1.23\n    working_dir: /src\n    volumes:\n      - .:/src\n    command: [go, build, ./...]\n  web:\n    image: node:22\n    volumes:\n      - ./src:/app/src\n    command: sh -c \"npm ci && npm run build\"\n  lib:\n    image: gcc:14\n    volumes:\n      - ./lib:/lib\n    entrypoint: make\n",
      "services:\n  build:\n    image: golang:1.23\n    volumes:\n      - .:/src\n    command: go build ./...\n  frontend-builder:\n    image: node:22\n    volumes:\n      - ./app:/app\n",
      { code: hotReload, options: [{ sourceFolders: ["lib"] }] },
    ],
    invalid: [
      {
        // Shared through an anchor: reported once, where the mount is written.
        code: "x-app: &app\n  build: .\n  volumes:\n    - ./src:/app/src\nservices:\n  api:\n    <<: *app\n  worker:\n    <<: *app\n",
        filename: "/repo/compose.yaml",
        errors: [{ message: built("api", "./src"), line: 4, column: 7, endLine: 4, endColumn: 21 }],
      },
      {
        code: hotReload,
        filename: "/repo/compose.yaml",
        errors: [{ message: built("api", "./src"), line: 5, column: 9, endLine: 5, endColumn: 23 }],
      },
      {
        // The project folder, a folder above it, `${PWD}`, read-only too.
        code: "services:\n  web:\n    image: node:22\n    volumes:\n      - .:/app\n      - ..:/workspace:cached\n      - ${PWD}/app:/srv/app:ro\n",
        filename: "/repo/docker-compose.prod.yml",
        errors: [
          { message: pulled("web", "."), line: 5 },
          { message: pulled("web", ".."), line: 6 },
          { message: pulled("web", "${PWD}/app"), line: 7 },
        ],
      },
      {
        // The folder the service is built from, whatever its name; long syntax at its source.
        code: "services:\n  api:\n    build:\n      context: ./backend\n    volumes:\n      - type: bind\n        source: ./backend/\n        target: /app\n",
        errors: [{ message: built("api", "./backend/"), line: 7, column: 17, endLine: 7, endColumn: 27 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-dev-bind-mounts", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
