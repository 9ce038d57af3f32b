import { findEntry } from "../compose/mapping.js";
import type { KubernetesObject } from "./objects.js";
import { mappingAt } from "./workloads.js";

export interface RemovedApi {
  /** The Kubernetes version that no longer serves it. */
  removedIn: string;
  /** The apiVersion that replaces it, or null when the kind itself is gone. */
  replacement: string | null;
  /**
   * Whether changing the apiVersion alone gives an equivalent object; when it does not, the
   * rule reports without a fix.
   */
  mechanical(object: KubernetesObject): boolean;
}

const ALWAYS = () => true;
const NEVER = () => false;
/** apps/v1 requires `spec.selector`, which the beta versions derived from the template labels. */
const HAS_SELECTOR = (object: KubernetesObject) => findEntry(mappingAt(object.root, ["spec"]), "selector") !== null;
/** apps/v1 DaemonSets default to RollingUpdate where extensions/v1beta1 defaulted to OnDelete. */
const HAS_SELECTOR_AND_STRATEGY = (object: KubernetesObject) =>
  HAS_SELECTOR(object) && findEntry(mappingAt(object.root, ["spec"]), "updateStrategy") !== null;

const APPS_WORKLOADS: Record<string, (object: KubernetesObject) => boolean> = {
  Deployment: HAS_SELECTOR,
  StatefulSet: HAS_SELECTOR,
  ReplicaSet: HAS_SELECTOR,
  DaemonSet: HAS_SELECTOR_AND_STRATEGY,
};

const RBAC_KINDS = ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];

/** `apiVersion` + `kind` -> what replaced it. Sources: the Kubernetes deprecated API migration guide. */
const REMOVED = new Map<string, RemovedApi>();

function add(apiVersion: string, kinds: string[], removedIn: string, replacement: string | null, mechanical: RemovedApi["mechanical"]): void {
  for (const kind of kinds) REMOVED.set(`${apiVersion} ${kind}`, { removedIn, replacement, mechanical });
}

for (const [kind, mechanical] of Object.entries(APPS_WORKLOADS)) {
  add("extensions/v1beta1", [kind], "1.16", "apps/v1", mechanical);
  add("apps/v1beta1", [kind], "1.16", "apps/v1", mechanical);
  add("apps/v1beta2", [kind], "1.16", "apps/v1", mechanical);
}
add("extensions/v1beta1", ["NetworkPolicy"], "1.16", "networking.k8s.io/v1", ALWAYS);
add("extensions/v1beta1", ["PodSecurityPolicy"], "1.16", "policy/v1beta1", NEVER);
// The v1 Ingress renamed the backend fields: not a one-line change.
add("extensions/v1beta1", ["Ingress"], "1.22", "networking.k8s.io/v1", NEVER);
add("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], "1.22", "networking.k8s.io/v1", NEVER);
add("rbac.authorization.k8s.io/v1beta1", RBAC_KINDS, "1.22", "rbac.authorization.k8s.io/v1", ALWAYS);
add("rbac.authorization.k8s.io/v1alpha1", RBAC_KINDS, "1.22", "rbac.authorization.k8s.io/v1", ALWAYS);
add("scheduling.k8s.io/v1beta1", ["PriorityClass"], "1.22", "scheduling.k8s.io/v1", ALWAYS);
add("scheduling.k8s.io/v1alpha1", ["PriorityClass"], "1.22", "scheduling.k8s.io/v1", ALWAYS);
add("coordination.k8s.io/v1beta1", ["Lease"], "1.22", "coordination.k8s.io/v1", ALWAYS);
add("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], "1.22", "apiextensions.k8s.io/v1", NEVER);
add("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], "1.22", "admissionregistration.k8s.io/v1", NEVER);
add("apiregistration.k8s.io/v1beta1", ["APIService"], "1.22", "apiregistration.k8s.io/v1", ALWAYS);
add("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], "1.22", "certificates.k8s.io/v1", NEVER);
add("storage.k8s.io/v1beta1", ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], "1.22", "storage.k8s.io/v1", ALWAYS);
add("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], "1.27", "storage.k8s.io/v1", ALWAYS);
add("batch/v1beta1", ["CronJob"], "1.25", "batch/v1", ALWAYS);
add("batch/v2alpha1", ["CronJob"], "1.21", "batch/v1", ALWAYS);
// policy/v1 changed what an empty selector matches: mechanical only with a selector.
add("policy/v1beta1", ["PodDisruptionBudget"], "1.25", "policy/v1", HAS_SELECTOR);
add("policy/v1beta1", ["PodSecurityPolicy"], "1.25", null, NEVER);
add("discovery.k8s.io/v1beta1", ["EndpointSlice"], "1.25", "discovery.k8s.io/v1", NEVER);
add("events.k8s.io/v1beta1", ["Event"], "1.25", "events.k8s.io/v1", NEVER);
add("node.k8s.io/v1beta1", ["RuntimeClass"], "1.25", "node.k8s.io/v1", ALWAYS);
add("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], "1.25", "autoscaling/v2", NEVER);
add("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], "1.26", "autoscaling/v2", ALWAYS);
add("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema", "PriorityLevelConfiguration"], "1.26", "flowcontrol.apiserver.k8s.io/v1", NEVER);
add("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema", "PriorityLevelConfiguration"], "1.29", "flowcontrol.apiserver.k8s.io/v1", NEVER);
add("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema", "PriorityLevelConfiguration"], "1.32", "flowcontrol.apiserver.k8s.io/v1", NEVER);

/** What replaced a removed apiVersion of a kind, or null when the pair is still served. */
export function removedApi(object: KubernetesObject): RemovedApi | null {
  return REMOVED.get(`${object.apiVersion} ${object.kind}`) ?? null;
}
