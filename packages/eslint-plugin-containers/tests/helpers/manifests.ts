/**
 * Small Kubernetes manifests for rule tests: a workload with one container whose extra lines
 * (relative to the container's keys) and pod-spec lines are given.
 *
 *   workload({ kind: "Deployment", container: ["securityContext:", "  privileged: true"] })
 */
export interface WorkloadFixture {
  kind?: string;
  name?: string;
  /** Lines added to the container, indented as its keys. */
  container?: string[];
  /** Lines added to the pod spec, indented as its keys. */
  pod?: string[];
  /** The container's image; null leaves it out. */
  image?: string | null;
}

export function workload({ kind = "Deployment", name = "web", container = [], pod = [], image = "nginx:1.27" }: WorkloadFixture = {}): string {
  const podIndent = kind === "Pod" ? "  " : kind === "CronJob" ? "          " : "      ";
  const head =
    kind === "Pod"
      ? ["apiVersion: v1", "kind: Pod", "metadata:", `  name: ${name}`, "spec:"]
      : kind === "CronJob"
        ? ["apiVersion: batch/v1", "kind: CronJob", "metadata:", `  name: ${name}`, "spec:", '  schedule: "@daily"', "  jobTemplate:", "    spec:", "      template:", "        spec:"]
        : [`apiVersion: ${kind === "Job" ? "batch/v1" : "apps/v1"}`, `kind: ${kind}`, "metadata:", `  name: ${name}`, "spec:", "  template:", "    spec:"];
  return [
    ...head,
    ...pod.map((line) => `${podIndent}${line}`),
    `${podIndent}containers:`,
    `${podIndent}  - name: app`,
    ...(image === null ? [] : [`${podIndent}    image: ${image}`]),
    ...container.map((line) => `${podIndent}    ${line}`),
    "",
  ].join("\n");
}
