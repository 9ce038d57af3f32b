import { findEntry, getScalarString, getSequenceItems } from "../utils/compose/index.js";
import { ALLOW_OPTION_SCHEMA } from "../utils/options-schema.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeObject, getWorkloads } from "../utils/kubernetes/index.js";

type Options = [{ allow?: string[] }];

/** The sysctls Kubernetes considers safe (namespaced, isolated per pod), as of 1.29. */
const SAFE_SYSCTLS = new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
]);

export default createRule<Options>("k8s-no-unsafe-sysctls", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow sysctls outside the set Kubernetes considers safe",
      config: "strict",
    },
    languages: ["kubernetes"],
    schema: [ALLOW_OPTION_SCHEMA],
    defaultOptions: [{ allow: [] }],
    messages: {
      unsafe:
        "{{object}} sets the sysctl '{{name}}', which is not in Kubernetes' safe set: it can affect other pods or the node, and the kubelet refuses it unless the node allows it. Remove it or run the workload on nodes meant for it.",
    },
  },
  create(context: RuleContext<Options>) {
    const allow = new Set(context.options[0]?.allow ?? []);
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const sysctl of getSequenceItems(findEntry(workload.podSecurityContext, "sysctls")?.value)) {
            if (sysctl.type !== "YAMLMapping") continue;
            const nameEntry = findEntry(sysctl, "name");
            const name = getScalarString(nameEntry?.value);
            if (!nameEntry?.value || name === undefined || SAFE_SYSCTLS.has(name) || allow.has(name)) continue;
            context.report({ node: nameEntry.value, messageId: "unsafe", data: { object: describeObject(workload.object), name } });
          }
        }
      },
    };
  },
});
