import { entryNode, findEntry, getScalarString } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { BATCH_KINDS, describeObject, getWorkloads, workloadNode } from "../utils/kubernetes/index.js";

export default createRule("k8s-job-restart-policy", {
  meta: {
    type: "problem",
    docs: {
      description: "Require Job and CronJob pods to set `restartPolicy` to `OnFailure` or `Never`",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      invalid:
        "{{object}} has `restartPolicy: {{policy}}`; a Job's pods must use `OnFailure` or `Never`, and the API server rejects anything else.",
      missing:
        "{{object}} sets no `restartPolicy`; the pod default `Always` is invalid for Jobs and the API server rejects it. Set `restartPolicy: OnFailure` or `Never` in the pod template.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          if (!BATCH_KINDS.has(workload.object.kind)) continue;
          const entry = findEntry(workload.podSpec, "restartPolicy");
          const policy = getScalarString(entry?.value);
          const data = { object: describeObject(workload.object), policy: policy ?? "" };
          if (!entry) {
            if (!workload.partial) context.report({ node: workloadNode(workload), messageId: "missing", data });
          } else if (policy !== undefined && policy !== "OnFailure" && policy !== "Never" && !policy.includes("$")) {
            context.report({ node: entryNode(entry, "value"), messageId: "invalid", data });
          }
        }
      },
    };
  },
});
