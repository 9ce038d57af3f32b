import type { DockerfileFrom } from "dockerfile-eslint-parser";
import { getComposeRoot, getServiceImages } from "../utils/compose/index.js";
import { createRule, type Located, type RuleContext } from "../utils/create-rule.js";
import { fileKind } from "../utils/file-kind.js";
import { fromImage, mayHaveDigest } from "../utils/image-tags.js";

export default createRule("require-image-digest", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require base and service images to be pinned by `@sha256:` digest",
      config: "strict",
    },
    languages: ["dockerfile", "compose"],
    schema: [],
    messages: {
      missingDigest:
        "Image '{{image}}' is not pinned by digest, so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).",
    },
  },
  create(context: RuleContext) {
    const check = (raw: string, node: Located) => {
      if (!mayHaveDigest(raw)) context.report({ node, messageId: "missingDigest", data: { image: raw } });
    };

    if (fileKind(context) === "compose") {
      return {
        Program() {
          for (const { image, node, built } of getServiceImages(getComposeRoot(context))) {
            // With `build:`, `image:` names the image Compose builds: it has no digest to pin.
            if (!built) check(image, node);
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
  },
});
