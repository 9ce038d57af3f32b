import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry, getSequenceItems } from "../compose/mapping.js";
import { getScalarString } from "../compose/scalar.js";
import type { Workload } from "./workloads.js";

export interface HostPathVolume {
  /** The volume's name, as containers mount it. */
  name: string | null;
  /** `hostPath.path`, normalised: no trailing slash, `//` collapsed. */
  path: string;
  /** The `path:` value, where findings go. */
  node: AST.YAMLNode;
}

/** The `hostPath` volumes of a workload's pod spec. */
export function hostPathVolumes(workload: Workload): HostPathVolume[] {
  const volumes: HostPathVolume[] = [];
  for (const volume of getSequenceItems(findEntry(workload.podSpec, "volumes")?.value)) {
    if (volume.type !== "YAMLMapping") continue;
    const hostPath = findEntry(volume, "hostPath")?.value;
    const pathEntry = hostPath?.type === "YAMLMapping" ? findEntry(hostPath, "path") : null;
    const path = getScalarString(pathEntry?.value);
    if (!pathEntry || path === undefined) continue;
    volumes.push({
      name: getScalarString(findEntry(volume, "name")?.value) ?? null,
      path: normalizePath(path),
      node: entryNode(pathEntry, "value"),
    });
  }
  return volumes;
}

function normalizePath(path: string): string {
  const collapsed = path.replace(/\/+/gu, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/u, "") : collapsed;
}

/** The sockets of container runtimes: whoever can reach one controls every container on the node. */
const RUNTIME_SOCKET = /(?:^|\/)(?:docker|containerd|crio|cri-dockerd|podman)\.sock$/u;
const RUNTIME_FOLDERS = new Set(["/var/run", "/run", "/var/run/docker", "/run/docker", "/var/run/containerd", "/run/containerd", "/var/run/crio", "/run/crio", "/run/podman", "/var/run/podman"]);

/** Whether a host path is a container runtime's socket, or a folder that holds one. */
export function isRuntimeSocketPath(path: string): boolean {
  return RUNTIME_SOCKET.test(path) || RUNTIME_FOLDERS.has(path);
}
