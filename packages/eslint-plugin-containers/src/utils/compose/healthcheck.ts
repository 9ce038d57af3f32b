import type { RuleContext } from "../create-rule.js";
import { effectiveHealthcheck, isHealthcheckNone, targetStage } from "../dockerfile/healthcheck.js";
import { getServiceBuild, loadBuildDockerfile } from "./build.js";
import { usesInterpolation } from "./interpolation.js";
import { findEntry, getSequenceItems } from "./mapping.js";
import { getComposeBoolean, getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * Whether a service is health-checked:
 * - `defined`: a `healthcheck` section (one that only tunes `interval`... keeps the image's
 *   test, so it counts), or none but the Dockerfile it builds has `HEALTHCHECK CMD` in the
 *   built stage (declared or inherited from an earlier stage);
 * - `disabled`: `healthcheck: {disable: true}`, `test: ["NONE"]`, or the built stage has
 *   `HEALTHCHECK NONE`;
 * - `absent`: none of the above;
 * - `unknown`: it may come from elsewhere — `extends`, or a Dockerfile that cannot be read.
 *
 * An image pulled by `image:` may declare its own HEALTHCHECK; that is not looked up (it needs
 * the registry), so such a service counts as `absent`.
 */
export type HealthcheckState = "defined" | "disabled" | "absent" | "unknown";

export function serviceHealthcheck(context: RuleContext<unknown[]>, service: ComposeService): HealthcheckState {
  const entry = findEntry(service.mapping, "healthcheck");
  if (entry) {
    const value = entry.value;
    if (value?.type !== "YAMLMapping") return "defined";
    if (getComposeBoolean(findEntry(value, "disable")?.value) === true) return "disabled";
    const test = findEntry(value, "test")?.value;
    const first = test?.type === "YAMLSequence" ? getSequenceItems(test)[0] : test;
    if (getScalarString(first)?.toUpperCase() === "NONE") return "disabled";
    return "defined";
  }
  if (findEntry(service.mapping, "extends")) return "unknown";
  const build = getServiceBuild(service);
  if (!build) return "absent";
  if (build.target !== null && usesInterpolation(build.target)) return "unknown";
  const dockerfile = loadBuildDockerfile(context, build);
  if (dockerfile.status !== "ok") return "unknown";
  const stage = targetStage(dockerfile.program, build.target);
  if (!stage) return "unknown";
  const healthcheck = effectiveHealthcheck(stage);
  if (!healthcheck) return "absent";
  return isHealthcheckNone(healthcheck) ? "disabled" : "defined";
}
