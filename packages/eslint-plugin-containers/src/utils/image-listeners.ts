import type { DockerfileFrom } from "dockerfile-eslint-parser";
import { getComposeRoot, getServiceImages } from "./compose/index.js";
import type { Located, RuleContext, RuleListener } from "./create-rule.js";
import { fileKind } from "./file-kind.js";
import { fromImage } from "./image-tags.js";

export interface ImageVisitOptions {
  /**
   * Skip Compose services that also `build:`: there `image:` names the image Compose builds,
   * not one it pulls (its base images are the Dockerfile's FROMs).
   */
  skipBuilt?: boolean;
}

/**
 * Listeners that hand every pulled image reference of the file to `check`: Dockerfile `FROM`
 * images (not `scratch`, not an earlier stage) and Compose services' `image:`. The rules about
 * images (tags, digests, registries) differ only in `check`.
 */
export function imageReferenceListeners(
  context: RuleContext<unknown[]>,
  check: (raw: string, node: Located) => void,
  { skipBuilt = false }: ImageVisitOptions = {},
): RuleListener {
  if (fileKind(context) === "compose") {
    return {
      Program() {
        for (const { image, node, built } of getServiceImages(getComposeRoot(context))) {
          if (!(skipBuilt && built)) check(image, node);
        }
      },
    };
  }
  return {
    DockerfileFrom(node: DockerfileFrom) {
      const image = fromImage(node);
      if (image) check(image.raw, image);
    },
  };
}
