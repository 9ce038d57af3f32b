/**
 * Reading Compose files in rules. A rule typically does:
 *
 *   const root = getComposeRoot(context);           // null on anything that is not Compose
 *   for (const service of getServices(root)) {
 *     const entry = findEntry(service.mapping, "privileged");
 *     if (entry && getComposeBoolean(entry.value) === true) {
 *       context.report({ node: entryNode(entry, "value"), messageId: "..." });
 *     }
 *   }
 *
 * Every reader follows `*aliases`, unwraps `&anchors`/`!tags` and applies `<<` merge keys.
 */
export {
  getServiceBuild,
  isRemoteContext,
  loadBuildDockerfile,
  localContextDir,
  type BuildDockerfile,
  type ServiceBuild,
} from "./build.js";
export { toComposeData, type ComposeData, type ComposeValue, type DataLocation, type DataPath } from "./data.js";
export { getDependencies, type Dependency } from "./depends-on.js";
export { serviceHealthcheck, type HealthcheckState } from "./healthcheck.js";
export { isLongRunningService, isServiceFragment, ONE_SHOT_PROFILES } from "./long-running.js";
export { isBuildCommand, serviceCommandWords, serviceRunWords } from "./command.js";
export { interpolateDefaults, usesInterpolation, scalarUsesInterpolation, type InterpolatedDefaults } from "./interpolation.js";
export {
  entryNode,
  findEntry,
  getKeyName,
  getMappingEntries,
  getSequenceItems,
  type MappingEntry,
} from "./mapping.js";
export { getEntryAtPath } from "./path.js";
export {
  formatHostBinding,
  getServicePorts,
  hostIpsOverlap,
  parsePortRange,
  parsePortSpec,
  readPortEntry,
  type PortMapping,
  type PortRange,
  type PortSpec,
} from "./ports.js";
export { getServiceProfiles, mayRunTogether } from "./profiles.js";
export { compareNames, firstOutOfOrder, reorderEntriesEdit, sortedOrder, type ReorderOptions } from "./reorder.js";
export { canBePlainScalar } from "./plain-scalar.js";
export { writtenServiceValues, writtenValue } from "./written-value.js";
export { getServiceImages, type ServiceImage } from "./images.js";
export { findAnchor, resolveNode, type ResolvedNode, type ValueNode } from "./resolve.js";
export { getComposeRoot } from "./root.js";
export { getComposeBoolean, getScalarString, getScalarValue, type ScalarValue } from "./scalar.js";
export { getComposeSchemaValidator } from "./schema.js";
export { explainSchemaErrors, formatDataPath, type SchemaProblem } from "./schema-problems.js";
export { getServices, type ComposeService } from "./services.js";
export {
  getServiceVolumes,
  isHostMount,
  isPathWithin,
  normalizeHostPath,
  parseShortVolume,
  staticPath,
  type ServiceVolume,
  type ShortVolumeSpec,
  type VolumeType,
} from "./volumes.js";
export { mayBeDefinedElsewhere } from "./defined-elsewhere.js";
export { listItemNode } from "./list-item.js";
export { getServiceEnvironment } from "./environment.js";
