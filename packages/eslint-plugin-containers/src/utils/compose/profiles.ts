import { findEntry, getSequenceItems } from "./mapping.js";
import { getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * The `profiles` of a service: an empty list when it has none (it always starts), null when
 * they cannot be read statically (not a list, an item that is not a plain string).
 */
export function getServiceProfiles(service: ComposeService): string[] | null {
  const entry = findEntry(service.mapping, "profiles");
  if (!entry) return [];
  if (entry.value === null) return [];
  if (entry.value.type !== "YAMLSequence") return null;
  const profiles: string[] = [];
  for (const item of getSequenceItems(entry.value)) {
    const name = getScalarString(item);
    if (name === undefined) return null;
    profiles.push(name);
  }
  return profiles;
}

/**
 * Whether two services are meant to run together. Services with profiles start only when one
 * of their profiles is enabled, so two services whose profile lists share no profile
 * (`profiles: [dev]` and `profiles: [prod]`) are alternatives; a service without profiles
 * starts with every profile. Profile names are compared as written.
 */
export function mayRunTogether(a: ComposeService, b: ComposeService): boolean {
  const left = getServiceProfiles(a);
  const right = getServiceProfiles(b);
  if (left === null || right === null || left.length === 0 || right.length === 0) return true;
  return left.some((profile) => right.includes(profile));
}
