import { ALLOW_LIST_SCHEMA } from "../utils/options-schema.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeObject, getWorkloads } from "../utils/kubernetes/index.js";
import { hostPathVolumes, isRuntimeSocketPath } from "../utils/kubernetes/host-paths.js";

type Options = [{ anyHostPath?: boolean; allow?: string[] }];

/** Folders of the node that give control of it, whole or any part. */
const SENSITIVE_TREES = ["/etc/kubernetes", "/var/lib/kubelet", "/var/lib/etcd", "/var/lib/docker", "/var/lib/containerd", "/root", "/boot"];
/** Folders that are sensitive as a whole (parts of them, like `/etc/ssl/certs` or `/sys/fs/cgroup`, are routine). */
const SENSITIVE_ROOTS = new Set(["/", "/etc", "/proc", "/sys", "/dev", "/home", "/usr", "/lib", "/bin", "/sbin", "/var", "/var/lib"]);

/** Where CSI node plugins put their own sockets: made for them to mount, and nothing else is there. */
const PLUGIN_FOLDERS = ["/var/lib/kubelet/plugins", "/var/lib/kubelet/plugins_registry"];

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

function isSensitive(path: string): boolean {
  if (PLUGIN_FOLDERS.some((folder) => within(path, folder))) return false;
  return SENSITIVE_ROOTS.has(path) || SENSITIVE_TREES.some((tree) => within(path, tree));
}

export default createRule<Options>("k8s-no-sensitive-host-mounts", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `hostPath` volumes of sensitive node folders (`/`, `/etc`, `/proc`, `/var/lib/kubelet`...)",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          anyHostPath: { type: "boolean" },
          allow: ALLOW_LIST_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ anyHostPath: false, allow: [] }],
    messages: {
      sensitive:
        "{{object}} mounts the node's '{{path}}': a container that can read or write it can read secrets of the node or take it over. Mount only the file it needs, read-only, or use a ConfigMap, Secret or volume.",
      hostPath:
        "{{object}} mounts '{{path}}' from the node, which ties the pod to one node and shares the node's files. Use a PersistentVolumeClaim, ConfigMap, Secret or emptyDir.",
    },
  },
  create(context: RuleContext<Options>) {
    const anyHostPath = context.options[0]?.anyHostPath ?? false;
    const allow = new Set(context.options[0]?.allow ?? []);
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const volume of hostPathVolumes(workload)) {
            // The runtime sockets are k8s-no-container-socket's; one finding per problem.
            if (allow.has(volume.path) || isRuntimeSocketPath(volume.path)) continue;
            const sensitive = isSensitive(volume.path);
            if (!sensitive && !anyHostPath) continue;
            context.report({
              node: volume.node,
              messageId: sensitive ? "sensitive" : "hostPath",
              data: { object: describeObject(workload.object), path: volume.path },
            });
          }
        }
      },
    };
  },
});
