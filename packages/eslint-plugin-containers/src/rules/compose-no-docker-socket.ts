import {
  getComposeRoot,
  getServices,
  getServiceVolumes,
  normalizeHostPath,
  staticPath,
  type ServiceVolume,
} from "../utils/compose/index.js";
import { createRule } from "../utils/create-rule.js";

/** The Docker Engine's API endpoints as they appear on a host: Unix sockets and the Windows pipe. */
const SOCKET_NAME = /(?:^|\/)docker\.sock$/u;
const WINDOWS_PIPE = /^[\\/]{2}[.?][\\/]pipe[\\/]docker_engine$/iu;
/** Where images that drive Docker expect the socket in the container. */
const CONTAINER_SOCKETS = new Set(["/var/run/docker.sock", "/run/docker.sock"]);

/**
 * The host path of a mount that gives the container the Docker API, or null. The host side
 * counts: any `docker.sock` (`/var/run/docker.sock`, a rootless `/run/user/1000/docker.sock`),
 * the Windows `\\.\pipe\docker_engine`; and any host path mounted where the container expects
 * the Docker socket (`/run/podman/podman.sock:/var/run/docker.sock`).
 */
function dockerSocket(volume: ServiceVolume): string | null {
  // A short-syntax source that starts with a variable (`$XDG_RUNTIME_DIR/...`) has no known type.
  const maybeHostPath = volume.type === null && volume.syntax === "short";
  if (volume.type !== "bind" && volume.type !== "npipe" && !maybeHostPath) return null;
  if (volume.source === null) return null;
  const source = staticPath(volume.source);
  if (source !== null) {
    if (WINDOWS_PIPE.test(source)) return volume.source;
    if (SOCKET_NAME.test(normalizeHostPath(source))) return volume.source;
  } else if (/(?:^|\/)docker\.sock$/u.test(volume.source)) {
    return volume.source; // `$XDG_RUNTIME_DIR/docker.sock`
  }
  const target = volume.target === null ? null : staticPath(volume.target);
  if (target !== null && (CONTAINER_SOCKETS.has(normalizeHostPath(target)) || WINDOWS_PIPE.test(target))) {
    return volume.source;
  }
  return null;
}

export default createRule("compose-no-docker-socket", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mounting the Docker socket into a Compose service",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      socket:
        'Service "{{service}}" mounts the Docker socket ({{source}}){{readOnly}}: whoever controls the container controls the Docker daemon, and through it the host. Remove the mount, or put a socket proxy that allows only the API calls it needs in between.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          for (const volume of getServiceVolumes(service)) {
            const source = dockerSocket(volume);
            if (source === null) continue;
            context.report({
              node: volume.sourceNode,
              messageId: "socket",
              data: {
                service: service.name,
                source,
                // `:ro` only stops writes to the socket file, not API calls through it.
                readOnly: volume.readOnly ? ", and read-only does not help" : "",
              },
            });
          }
        }
      },
    };
  },
});
