import { describe } from "vitest";
import rule from "../../src/rules/compose-no-docker-socket.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (service: string, source: string, readOnly = false) =>
  `Service "${service}" mounts the Docker socket (${source})${readOnly ? ", and read-only does not help" : ""}: whoever controls the container controls the Docker daemon, and through it the host. Remove the mount, or put a socket proxy that allows only the API calls it needs in between.`;

describe.each(ESLINT_VERSIONS)("compose-no-docker-socket on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-docker-socket", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n",
      // A named volume called like the socket is not the host's socket.
      "services:\n  web:\n    volumes:\n      - docker.sock:/data\n",
      // An anonymous volume at that path is not the host's socket either.
      "services:\n  web:\n    volumes:\n      - /var/run/docker.sock\n",
      // A socket proxy's own socket, mounted elsewhere.
      "services:\n  web:\n    volumes:\n      - /run/proxy/api.sock:/tmp/api.sock\n",
      // Unknown until run time.
      "services:\n  web:\n    volumes:\n      - ${SOCKET}:/tmp/socket\n",
      "services:\n  web:\n    volumes:\n      - type: volume\n        source: docker.sock\n        target: /var/run/docker.sock\n",
      "x-notes:\n  volumes:\n    - /var/run/docker.sock:/var/run/docker.sock\nservices:\n  web:\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
        errors: [{ message: message("traefik", "/var/run/docker.sock"), line: 5, column: 9, endLine: 5, endColumn: 50 }],
      },
      {
        // Read-only does not stop API calls; `/run/docker.sock` and a trailing slash are the same socket.
        code: 'services:\n  proxy:\n    volumes:\n      - "/run/docker.sock:/tmp/docker.sock:ro"\n      - //var/run//docker.sock:/x\n',
        errors: [
          { message: message("proxy", "/run/docker.sock", true), line: 4, column: 9, endLine: 4, endColumn: 47 },
          { message: message("proxy", "//var/run//docker.sock"), line: 5, column: 9, endLine: 5, endColumn: 34 },
        ],
      },
      {
        // Long syntax: reported at the source.
        code: "services:\n  agent:\n    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock\n        read_only: true\n",
        errors: [{ message: message("agent", "/var/run/docker.sock", true), line: 5, column: 17, endLine: 5, endColumn: 37 }],
      },
      {
        // A rootless socket, a socket from a variable's default, a Podman socket where Docker's is expected.
        code: [
          "services:",
          "  ci:",
          "    volumes:",
          "      - $XDG_RUNTIME_DIR/docker.sock:/var/run/docker.sock",
          "      - ${DOCKER_SOCK:-/var/run/docker.sock}:/sock",
          "      - /run/podman/podman.sock:/run/docker.sock",
          "",
        ].join("\n"),
        errors: [
          { message: message("ci", "$XDG_RUNTIME_DIR/docker.sock"), line: 4 },
          { message: message("ci", "${DOCKER_SOCK:-/var/run/docker.sock}"), line: 5 },
          { message: message("ci", "/run/podman/podman.sock"), line: 6 },
        ],
      },
      {
        // The Windows named pipe, short and long syntax.
        code: "services:\n  win:\n    volumes:\n      - \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine\n      - type: npipe\n        source: \\\\.\\pipe\\docker_engine\n        target: \\\\.\\pipe\\docker_engine\n",
        errors: [
          { message: message("win", "\\\\.\\pipe\\docker_engine"), line: 4, column: 9 },
          { message: message("win", "\\\\.\\pipe\\docker_engine"), line: 6, column: 17 },
        ],
      },
      {
        // A shared list through an alias: reported once per service, at the alias.
        code: "x-vols: &vols\n  - /var/run/docker.sock:/var/run/docker.sock\nservices:\n  a:\n    volumes: *vols\n  b:\n    volumes: *vols\n",
        errors: [
          { message: message("a", "/var/run/docker.sock"), line: 5, column: 14, endLine: 5, endColumn: 19 },
          { message: message("b", "/var/run/docker.sock"), line: 7, column: 14, endLine: 7, endColumn: 19 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-docker-socket", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
