import { findEntry } from "./mapping.js";
import { isServiceFragment } from "./long-running.js";
import type { ComposeService } from "./services.js";

/**
 * Whether a key missing from this service may be set where the service is defined further:
 * a fragment of an override file (no `image`, `build` or `extends`, see `isServiceFragment`),
 * or a service that `extends` another one, which it inherits keys from (the base service is
 * checked where it is defined). Rules that report a *missing* setting (`read_only`,
 * `security_opt`, limits) skip these services.
 */
export function mayBeDefinedElsewhere(service: ComposeService): boolean {
  return isServiceFragment(service) || findEntry(service.mapping, "extends") !== null;
}
