import { describe } from "vitest";
import rule from "../../src/rules/compose-no-sensitive-mounts.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const writable = (service: string, path: string, what: string) =>
  `Service "${service}" bind-mounts the host path "${path}", which holds ${what}, and can write to it. Mount only the files the service needs, read-only, or use a named volume.`;
const readOnly = (service: string, path: string, what: string) =>
  `Service "${service}" bind-mounts the host path "${path}", which holds ${what}; read-only, it can still read them. Mount only the files the service needs, or use a named volume.`;
const device = (service: string, path: string) =>
  `Service "${service}" bind-mounts the host device "${path}". Give the service the device with \`devices:\` instead, which also grants the container access to it.`;

const ETC = "the host's system configuration and password hashes";
const ROOT = "the host's whole filesystem";
const CREDENTIALS = "credentials (SSH keys, cloud, cluster or registry tokens)";

describe.each(ESLINT_VERSIONS)("compose-no-sensitive-mounts on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-sensitive-mounts", rule as never, {
    valid: [
      // A project folder named like a credential folder is not a home directory's.
      "services:\n  app:\n    volumes:\n      - ./.docker/nginx:/etc/nginx/conf.d:ro\n      - ./.ssh-config:/config\n      - /srv/app/.ssh:/keys:ro\n      - ../.aws/config.sample:/config:ro\n",
      "services:\n  web:\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - data:/data\n      - /srv/app/uploads:/uploads\n",
      // The host's time zone and the null devices are harmless.
      "services:\n  web:\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /etc/timezone:/etc/timezone\n      - /dev/null:/app/.env\n",
      // Named volumes, anonymous volumes and tmpfs are not host paths.
      "services:\n  web:\n    volumes:\n      - etc:/etc\n      - /proc\n      - type: tmpfs\n        target: /run\n",
      // Below /home, /usr and /var are ordinary paths; only the directories themselves are reported.
      "services:\n  web:\n    volumes:\n      - /home/ci/project:/src\n      - /usr/share/zoneinfo:/usr/share/zoneinfo:ro\n      - /var/log/app:/logs\n",
      // The Docker socket has its own rule.
      "services:\n  web:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
      // Unknown until run time.
      "services:\n  web:\n    volumes:\n      - ${CONFIG_DIR}:/config\n",
      { code: "services:\n  ssl:\n    volumes:\n      - /etc/ssl/certs:/etc/ssl/certs:ro\n", options: [{ allow: ["/etc/ssl/certs"] }] },
      // Not a service.
      "x-notes:\n  volumes:\n    - /etc:/etc\nservices:\n  web:\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        // In a home directory, however it is written.
        code: "services:\n  ci:\n    volumes:\n      - /home/runner/.docker:/root/.docker\n      - /root/.kube:/kube:ro\n      - ${HOME}/.gnupg:/gnupg\n",
        errors: [
          { message: writable("ci", "/home/runner/.docker", CREDENTIALS), line: 4 },
          { message: readOnly("ci", "/root/.kube", CREDENTIALS), line: 5 },
          { message: writable("ci", "${HOME}/.gnupg", CREDENTIALS), line: 6 },
        ],
      },
      {
        code: "services:\n  web:\n    volumes:\n      - /etc:/host/etc\n",
        errors: [{ message: writable("web", "/etc", ETC), line: 4, column: 9, endLine: 4, endColumn: 23 }],
      },
      {
        // Read-only is still reported, with a message that says so; long syntax at its source.
        code: "services:\n  exporter:\n    volumes:\n      - type: bind\n        source: /\n        target: /host\n        read_only: true\n      - /proc:/host/proc:ro\n      - /sys/fs/cgroup:/cgroup:ro\n",
        errors: [
          { message: readOnly("exporter", "/", ROOT), line: 5, column: 17, endLine: 5, endColumn: 18 },
          { message: readOnly("exporter", "/proc", "the host's processes and kernel settings"), line: 8, column: 9, endLine: 8, endColumn: 28 },
          { message: readOnly("exporter", "/sys/fs/cgroup", "the host's kernel and device settings"), line: 9, column: 9 },
        ],
      },
      {
        // Paths are normalized; a variable's default is checked.
        code: "services:\n  a:\n    volumes:\n      - /etc/../:/host\n      - ${ROOT_HOME:-/root}/:/r\n      - /var/lib/docker/containers:/containers:ro\n      - /var/run:/var/run\n",
        errors: [
          { message: writable("a", "/etc/../", ROOT), line: 4 },
          { message: writable("a", "${ROOT_HOME:-/root}/", "root's home directory and credentials"), line: 5 },
          { message: readOnly("a", "/var/lib/docker/containers", "every container's filesystem and Docker's state"), line: 6 },
          { message: writable("a", "/var/run", "the host's runtime sockets (Docker, containerd, D-Bus)"), line: 7 },
        ],
      },
      {
        // Credential folders anywhere, Windows paths included.
        code: "services:\n  deploy:\n    volumes:\n      - ~/.ssh:/root/.ssh:ro\n      - $HOME/.aws:/root/.aws\n      - type: bind\n        source: C:\\Users\\ci\\.docker\n        target: C:\\config\n      - C:\\:C:\\host\n",
        errors: [
          { message: readOnly("deploy", "~/.ssh", CREDENTIALS), line: 4 },
          { message: writable("deploy", "$HOME/.aws", CREDENTIALS), line: 5 },
          { message: writable("deploy", "C:\\Users\\ci\\.docker", CREDENTIALS), line: 7, column: 17 },
          { message: writable("deploy", "C:\\", "the host's whole drive"), line: 9 },
        ],
      },
      {
        code: "services:\n  vpn:\n    volumes:\n      - /dev/net/tun:/dev/net/tun\n      - /dev:/dev\n",
        errors: [
          { message: device("vpn", "/dev/net/tun"), line: 4 },
          { message: writable("vpn", "/dev", "the host's devices"), line: 5 },
        ],
      },
      {
        // `allow` covers the path and what is below it, nothing else.
        code: "services:\n  a:\n    volumes:\n      - /etc/ssl/certs:/certs:ro\n      - /etc/ssl/private:/private:ro\n",
        options: [{ allow: ["/etc/ssl/certs"] }],
        errors: [{ message: readOnly("a", "/etc/ssl/private", ETC), line: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-sensitive-mounts", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
