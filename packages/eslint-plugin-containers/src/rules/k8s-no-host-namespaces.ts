import { entryNode, findEntry, getComposeBoolean } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeObject, getWorkloads } from "../utils/kubernetes/index.js";

type Namespace = "hostNetwork" | "hostPID" | "hostIPC";
type Options = [{ allow?: Partial<Record<Namespace, string[]>> }];

const NAMESPACES: ReadonlyArray<[Namespace, string]> = [
  ["hostNetwork", "the node's network stack: it can bind the node's ports and reach services listening on localhost"],
  ["hostPID", "the node's process table: it can see and signal every process on the node"],
  ["hostIPC", "the node's IPC namespace: it can read shared memory of other processes"],
];

export default createRule<Options>("k8s-no-host-namespaces", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow pods that share the node's network, PID or IPC namespace",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "object",
            properties: Object.fromEntries(
              NAMESPACES.map(([name]) => [name, { type: "array", items: { type: "string" }, uniqueItems: true }]),
            ),
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: {} }],
    messages: {
      shared: "{{object}} sets `{{field}}: true`, so {{subject}} {{what}}. Remove it, or allow it for this kind in the rule's options if this is a node agent.",
    },
  },
  create(context: RuleContext<Options>) {
    const allow = context.options[0]?.allow ?? {};
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const [field, what] of NAMESPACES) {
            const entry = findEntry(workload.podSpec, field);
            if (!entry || getComposeBoolean(entry.value) !== true) continue;
            if (allow[field]?.includes(workload.object.kind)) continue;
            context.report({
              node: entryNode(entry, "value"),
              messageId: "shared",
              data: { object: describeObject(workload.object), field, what, subject: workload.object.kind === "Pod" ? "the pod shares" : "its pods share" },
            });
          }
        }
      },
    };
  },
});
