import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry, getScalarValue, getSequenceItems } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, getWorkloads, type Container } from "../utils/kubernetes/index.js";

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
const HANDLERS = ["httpGet", "tcpSocket", "grpc"];

/** The port names a container declares in `ports`. */
function declaredPortNames(container: Container): Set<string> {
  const names = new Set<string>();
  for (const port of getSequenceItems(findEntry(container.mapping, "ports")?.value)) {
    if (port.type !== "YAMLMapping") continue;
    const name = getScalarValue(findEntry(port, "name")?.value);
    if (typeof name === "string") names.add(name);
  }
  return names;
}

export default createRule("k8s-probe-port-exposed", {
  meta: {
    type: "problem",
    docs: {
      description: "Require a probe's port to be one the container declares in `ports`",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      unknownName:
        "The {{probe}} of the {{container}} uses the port name '{{port}}', which the container does not declare in `ports`; the probe fails and the pod never becomes ready. Declare the port or use its number.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            const declared = declaredPortNames(container);
            for (const probe of PROBES) {
              const probeMapping = findEntry(container.mapping, probe)?.value;
              if (probeMapping?.type !== "YAMLMapping") continue;
              for (const handler of HANDLERS) {
                const handlerMapping = findEntry(probeMapping, handler)?.value;
                const portEntry = handlerMapping?.type === "YAMLMapping" ? findEntry(handlerMapping, "port") : null;
                const port = getScalarValue(portEntry?.value);
                if (!portEntry || port === undefined || port === null) continue;
                // A number needs no declaration: `ports` is informational, and health ports are often
                // left out on purpose. A name must resolve, or the probe cannot run.
                if (typeof port !== "string" || /^\d+$/u.test(port) || declared.has(port) || port.includes("$")) continue;
                const node: AST.YAMLNode = entryNode(portEntry, "value");
                context.report({ node, messageId: "unknownName", data: { probe, container: describeContainer(container), port } });
              }
            }
          }
        }
      },
    };
  },
});
