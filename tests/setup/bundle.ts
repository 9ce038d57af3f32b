// Vitest global setup: re-bundles the built packages (scripts/bundle.mjs, well under a second)
// so that the integration tests, which load the packages as users do through their `exports`
// (the bundles), never run a bundle older than `tsc -b`'s output. Not built yet: nothing to do
// here, and the tests that need the build say so.
import { bundlePackages } from "../../scripts/bundle.mjs";

export default async function setup(): Promise<void> {
  await bundlePackages();
}
