/**
 * Reading Kubernetes manifests in rules. A rule typically does:
 *
 *   for (const workload of getWorkloads(context)) {          // empty on other languages
 *     for (const container of workload.containers) {
 *       const field = effectiveSecurityField(container, "privileged");
 *       ...
 *     }
 *   }
 *
 * The YAML readers of `../compose/` (findEntry, getScalarString...) work on these mappings too.
 */
export { describeObject, getKubernetesObjects, type KubernetesObject } from "./objects.js";
export {
  BATCH_KINDS,
  containerNode,
  describeContainer,
  effectiveSecurityField,
  getWorkloads,
  isLongRunning,
  isPrivileged,
  mappingAt,
  workloadNode,
  type Container,
  type ContainerKind,
  type EffectiveField,
  type Workload,
} from "./workloads.js";
