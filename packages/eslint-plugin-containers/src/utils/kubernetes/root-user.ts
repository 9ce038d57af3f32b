import { entryNode, findEntry, getComposeBoolean, getScalarString, getScalarValue } from "../compose/index.js";
import type { RuleContext, RuleListener } from "../create-rule.js";
import { runsAsNonRoot } from "../dockerfile/image-user.js";
import { fileContext } from "../file-context.js";
import { containerNode, describeContainer, effectiveSecurityField, getWorkloads, isPrivileged } from "./workloads.js";

/**
 * The Kubernetes side of `no-root-user`. A container runs as root when its effective
 * `runAsUser` is 0 (reported at the value, as is `runAsGroup: 0`), or when nothing makes it
 * non-root: no effective `runAsNonRoot: true`, no `runAsUser` above 0, not privileged, and an
 * image not known to run as another user (reported at the container's `name`).
 */
export function kubernetesRootUserListeners(context: RuleContext<unknown[]>, nonRootImages: ReadonlyArray<(name: string) => boolean>): RuleListener {
  return {
    Program() {
      const reported = new Set<unknown>();
      for (const workload of getWorkloads(context)) {
        // Windows pods run as ContainerUser unless told otherwise; runAsUser does not apply.
        const os = findEntry(workload.podSpec, "os")?.value;
        if (os?.type === "YAMLMapping" && getScalarString(findEntry(os, "name")?.value) === "windows") continue;
        for (const container of workload.containers) {
          const data = { container: describeContainer(container) };
          let explicitRoot = false;
          for (const field of ["runAsUser", "runAsGroup"]) {
            const found = effectiveSecurityField(container, field);
            if (!found || Number(getScalarValue(found.entry.value)) !== 0 || getScalarValue(found.entry.value) === null) continue;
            explicitRoot ||= field === "runAsUser";
            const node = entryNode(found.entry, "value");
            // A pod-level value is reported once, not once per container.
            if (!reported.has(node)) context.report({ node, messageId: field === "runAsUser" ? "kubernetesRootUser" : "kubernetesRootGroup", data });
            reported.add(node);
          }
          if (explicitRoot || container.kind !== "container" || workload.partial || fileContext(context) !== null) continue;
          // A privileged container (a CNI or CSI node agent) needs root; `k8s-no-privileged` reports it.
          if (isPrivileged(container)) continue;
          const nonRoot = effectiveSecurityField(container, "runAsNonRoot");
          const user = effectiveSecurityField(container, "runAsUser");
          if (nonRoot && getComposeBoolean(nonRoot.entry.value) === true) continue;
          if (user && Number(getScalarValue(user.entry.value)) > 0) continue;
          const image = getScalarString(findEntry(container.mapping, "image")?.value) ?? "";
          if (image.includes("$") || runsAsNonRoot(image, nonRootImages)) continue;
          context.report({ node: containerNode(container), messageId: "kubernetesNoUser", data });
        }
      }
    },
  };
}
