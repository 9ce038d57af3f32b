import {
  getComposeRoot,
  getServices,
  getServiceVolumes,
  isPathWithin,
  normalizeHostPath,
  staticPath,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";

type Options = [{ allow?: string[] }];

/** Host directories that are sensitive with everything below them, and what they hold. */
const SENSITIVE_TREES: ReadonlyArray<readonly [string, string]> = [
  ["/etc", "the host's system configuration and password hashes"],
  ["/proc", "the host's processes and kernel settings"],
  ["/sys", "the host's kernel and device settings"],
  ["/root", "root's home directory and credentials"],
  ["/boot", "the host's kernel and boot loader"],
  ["/dev", "the host's devices"],
  ["/var/run", "the host's runtime sockets (Docker, containerd, D-Bus)"],
  ["/run", "the host's runtime sockets (Docker, containerd, D-Bus)"],
  ["/var/lib/docker", "every container's filesystem and Docker's state"],
  ["/var/lib/containerd", "every container's filesystem and containerd's state"],
  ["/var/lib/kubelet", "the kubelet's state and the pods' secrets"],
];

/** Host directories that are sensitive as a whole; paths below them are ordinary. */
const SENSITIVE_DIRECTORIES: ReadonlyMap<string, string> = new Map([
  ["/", "the host's whole filesystem"],
  ["/home", "every user's home directory"],
  ["~", "the user's home directory and credentials"],
  ["/usr", "the host's programs and libraries"],
  ["/bin", "the host's programs"],
  ["/sbin", "the host's programs"],
  ["/lib", "the host's libraries"],
  ["/lib64", "the host's libraries"],
  ["/var", "the host's variable state, Docker's included"],
  ["/var/lib", "the host's services' state, Docker's included"],
]);

/**
 * Directories that hold credentials in a home directory (`~/.ssh`, `/home/ci/.docker`). A
 * project folder with the same name (`./.docker` with the project's Docker files) is not one.
 */
const CREDENTIAL_DIRECTORIES = new Set([".ssh", ".aws", ".azure", ".kube", ".docker", ".gnupg", ".gcloud"]);

/** Whether the segments before a credential folder name a home directory. */
function isHomeDirectory(segments: readonly string[]): boolean {
  const [first, second] = segments;
  if (segments.length === 1) return /^(?:~|\$HOME|\$\{HOME\}|%USERPROFILE%|\$env:USERPROFILE)$/iu.test(first);
  if (segments.length === 2) return first === "" && second === "root";
  if (segments.length === 3) return (first === "" || /^\p{L}:$/u.test(first)) && /^(?:home|users)$/iu.test(second) && segments[2] !== "";
  return false;
}

/** Files below a sensitive tree that are harmless to share: the host's time zone, the null devices. */
const HARMLESS = ["/etc/localtime", "/etc/timezone", "/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"];

/** The Docker socket has its own rule, `compose-no-docker-socket`. */
const DOCKER_SOCKET = /(?:^|\/)docker\.sock$/u;

/** What a sensitive host path exposes, or null when it is not sensitive. */
function sensitivity(path: string, allow: readonly string[]): string | null {
  const windows = /^\p{L}:(?:[\\/]|$)/u.test(path);
  const segments = path.split(windows ? /[\\/]/u : /\//u);
  const credentials = segments.findIndex((segment) => CREDENTIAL_DIRECTORIES.has(segment.toLowerCase()));
  if (credentials > 0 && isHomeDirectory(segments.slice(0, credentials))) {
    return "credentials (SSH keys, cloud, cluster or registry tokens)";
  }
  if (windows) {
    if (segments.filter(Boolean).length === 1) return "the host's whole drive";
    if (segments[1].toLowerCase() === "windows") return "the host's operating system";
    return null;
  }
  const normalized = normalizeHostPath(path);
  if (allow.some((allowed) => isPathWithin(normalized, allowed))) return null;
  if (DOCKER_SOCKET.test(normalized)) return null;
  const whole = SENSITIVE_DIRECTORIES.get(normalized);
  if (whole) return whole;
  if (!normalized.startsWith("/")) return null;
  for (const [tree, what] of SENSITIVE_TREES) if (isPathWithin(normalized, tree)) return what;
  return null;
}

export default createRule<Options>("compose-no-sensitive-mounts", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow bind-mounting sensitive host paths into Compose services",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [
      {
        type: "object",
        properties: {
          allow: { type: "array", items: { type: "string", pattern: "^/" }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      device:
        'Service "{{service}}" bind-mounts the host device "{{path}}". Give the service the device with `devices:` instead, which also grants the container access to it.',
      writable:
        'Service "{{service}}" bind-mounts the host path "{{path}}", which holds {{what}}, and can write to it. Mount only the files the service needs, read-only, or use a named volume.',
      readOnly:
        'Service "{{service}}" bind-mounts the host path "{{path}}", which holds {{what}}; read-only, it can still read them. Mount only the files the service needs, or use a named volume.',
    },
  },
  create(context: RuleContext<Options>) {
    const allow = [...HARMLESS, ...(context.options[0]?.allow ?? [])];
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          for (const volume of getServiceVolumes(service)) {
            if (volume.type !== "bind" || volume.source === null) continue;
            // `${DIR:-/etc}` is checked by its default; `${DIR}` is unknown until run time.
            const path = staticPath(volume.source);
            if (path === null) continue;
            const what = sensitivity(path, allow);
            if (what === null) continue;
            const device = isPathWithin(normalizeHostPath(path), "/dev") && normalizeHostPath(path) !== "/dev";
            context.report({
              node: volume.sourceNode,
              messageId: device ? "device" : volume.readOnly ? "readOnly" : "writable",
              data: { service: service.name, path: volume.source, what },
            });
          }
        }
      },
    };
  },
});
