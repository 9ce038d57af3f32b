import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry, getSequenceItems, type MappingEntry } from "../compose/mapping.js";
import { getComposeBoolean, getScalarString } from "../compose/scalar.js";
import type { RuleContext } from "../create-rule.js";
import { describeObject, getKubernetesObjects, type KubernetesObject } from "./objects.js";

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  DeploymentConfig: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};

/** Kinds whose pods run to completion: no readiness probe, restartPolicy OnFailure/Never. */
export const BATCH_KINDS: ReadonlySet<string> = new Set(["Job", "CronJob"]);

export type ContainerKind = "container" | "initContainer" | "ephemeralContainer";

const CONTAINER_LISTS: ReadonlyArray<[string, ContainerKind]> = [
  ["containers", "container"],
  ["initContainers", "initContainer"],
  ["ephemeralContainers", "ephemeralContainer"],
];

export interface Workload {
  object: KubernetesObject;
  podSpec: AST.YAMLMapping;
  /** `securityContext` of the pod, when it is a mapping. */
  podSecurityContext: AST.YAMLMapping | null;
  containers: Container[];
  /**
   * A partial object: a Kustomize patch (a file named `*patch*`) or a workload whose containers
   * lack an `image`, which only a patch may omit. Rules about missing fields skip it; the fields
   * come from the base it patches.
   */
  partial: boolean;
}

export interface Container {
  workload: Workload;
  kind: ContainerKind;
  mapping: AST.YAMLMapping;
  name: string | null;
  /** `securityContext` of the container, when it is a mapping. */
  securityContext: AST.YAMLMapping | null;
}

const cache = new WeakMap<object, Workload[]>();

/** The workloads of a manifest (kinds with a pod template) with their pod spec and containers. */
export function getWorkloads(context: Pick<RuleContext<unknown[]>, "sourceCode" | "filename">): Workload[] {
  const program = context.sourceCode.ast as object;
  let workloads = cache.get(program);
  if (!workloads) {
    workloads = [];
    for (const object of getKubernetesObjects(context)) {
      const workload = readWorkload(object, isPatchFile(context.filename));
      if (workload) workloads.push(workload);
    }
    cache.set(program, workloads);
  }
  return workloads;
}

/** Kustomize patches are named for what they are: `patch.yaml`, `memorylimit_patch.yaml`, `job-patch.yaml`. */
function isPatchFile(filename: string): boolean {
  return /patch/iu.test(filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1));
}

function readWorkload(object: KubernetesObject, patchFile: boolean): Workload | null {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path) return null;
  const podSpec = mappingAt(object.root, path);
  if (!podSpec) return null;
  const workload: Workload = { object, podSpec, podSecurityContext: mappingAt(podSpec, ["securityContext"]), containers: [], partial: patchFile };
  for (const [key, kind] of CONTAINER_LISTS) {
    for (const item of getSequenceItems(findEntry(podSpec, key)?.value)) {
      if (item.type !== "YAMLMapping") continue;
      workload.containers.push({
        workload,
        kind,
        mapping: item,
        name: getScalarString(findEntry(item, "name")?.value) ?? null,
        securityContext: mappingAt(item, ["securityContext"]),
      });
      if (!findEntry(item, "image")) workload.partial = true;
    }
  }
  return workload;
}

/** The mapping at a key path, or null when a step is missing or not a mapping. */
export function mappingAt(root: AST.YAMLMapping | null, path: readonly string[]): AST.YAMLMapping | null {
  let current: AST.YAMLMapping | null = root;
  for (const key of path) {
    const value = findEntry(current, key)?.value;
    current = value?.type === "YAMLMapping" ? value : null;
  }
  return current;
}

/** Security-context fields the pod level sets for every container unless the container overrides them. */
const POD_LEVEL_FIELDS: ReadonlySet<string> = new Set([
  "runAsUser",
  "runAsGroup",
  "runAsNonRoot",
  "seLinuxOptions",
  "seccompProfile",
  "windowsOptions",
  "appArmorProfile",
]);

export interface EffectiveField {
  entry: MappingEntry;
  level: "container" | "pod";
}

/**
 * A field of a container's effective security context, as the kubelet computes it: the
 * container's own value, else the pod's for the fields a pod-level securityContext can set.
 */
export function effectiveSecurityField(container: Container, field: string): EffectiveField | null {
  const own = findEntry(container.securityContext, field);
  if (own) return { entry: own, level: "container" };
  if (!POD_LEVEL_FIELDS.has(field)) return null;
  const pod = findEntry(container.workload.podSecurityContext, field);
  return pod ? { entry: pod, level: "pod" } : null;
}

/** Whether a container runs privileged (`securityContext.privileged: true`). */
export function isPrivileged(container: Container): boolean {
  return getComposeBoolean(findEntry(container.securityContext, "privileged")?.value) === true;
}

/** Where a finding about a container goes when no key is at fault: its `name`, else the item. */
export function containerNode(container: Container): AST.YAMLNode {
  const name = findEntry(container.mapping, "name");
  return name ? entryNode(name, "value") : container.mapping;
}

/** Where a finding about a whole workload goes: the value of its `kind`. */
export function workloadNode(workload: Workload): AST.YAMLNode {
  return entryNode(workload.object.kindEntry, "value");
}

/**
 * Whether a workload's pods keep running (a service), as opposed to running to completion:
 * not a Job or CronJob, and not a bare Pod whose `restartPolicy` is `OnFailure` or `Never`.
 */
export function isLongRunning(workload: Workload): boolean {
  if (BATCH_KINDS.has(workload.object.kind)) return false;
  const restartPolicy = getScalarString(findEntry(workload.podSpec, "restartPolicy")?.value);
  return restartPolicy === undefined || restartPolicy === "Always";
}

/** `container "web" of Deployment "api"`, for messages. */
export function describeContainer(container: Container): string {
  const kind = container.kind === "container" ? "container" : container.kind === "initContainer" ? "init container" : "ephemeral container";
  const name = container.name ? `${kind} "${container.name}"` : kind;
  return `${name} of ${describeObject(container.workload.object)}`;
}
