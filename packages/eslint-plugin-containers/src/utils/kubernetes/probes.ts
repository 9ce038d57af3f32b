import { findEntry } from "../compose/index.js";
import type { RuleContext, RuleListener } from "../create-rule.js";
import { containerNode, describeContainer, getWorkloads, isLongRunning } from "./workloads.js";

export interface ProbeOptions {
  /** Also require a `livenessProbe`. */
  livenessProbe: boolean;
  /** Require probes on every regular container of a long-running workload, ports or not. */
  always: boolean;
}

/**
 * The Kubernetes side of `require-healthcheck`: a `readinessProbe` (and, by option, a
 * `livenessProbe`) on the regular containers of long-running workloads that serve something
 * (they declare `ports`). Not asked of Jobs, CronJobs, bare Pods that do not restart, init or
 * ephemeral containers, or partial objects (Kustomize patches).
 */
export function kubernetesProbeListeners(context: RuleContext<unknown[]>, { livenessProbe, always }: ProbeOptions): RuleListener {
  const wanted = livenessProbe ? ["readinessProbe", "livenessProbe"] : ["readinessProbe"];
  return {
    Program() {
      for (const workload of getWorkloads(context)) {
        if (!isLongRunning(workload) || workload.partial) continue;
        for (const container of workload.containers) {
          if (container.kind !== "container") continue;
          // Readiness gates the traffic a Service sends; a container that serves no port has none.
          if (!always && !findEntry(container.mapping, "ports")) continue;
          const missing = wanted.filter((probe) => !findEntry(container.mapping, probe));
          if (missing.length === 0) continue;
          context.report({
            node: containerNode(container),
            messageId: "kubernetesProbe",
            data: { container: describeContainer(container), probes: missing.map((probe) => `\`${probe}\``).join(" and ") },
          });
        }
      }
    },
  };
}
