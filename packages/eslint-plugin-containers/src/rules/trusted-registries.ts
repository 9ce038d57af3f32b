import { createRule, type RuleContext } from "../utils/create-rule.js";
import { imageRegistry, normalizeRegistry } from "../utils/image-tags.js";
import { imageUseListeners, LOCAL_IMAGES_SCHEMA } from "../utils/image-uses.js";
import { wildcardMatcher } from "../utils/wildcard.js";

type Options = [{ registries?: string[]; localImages?: string[] }];
export default createRule<Options>("trusted-registries", {
  meta: {
    type: "problem",
    docs: {
      description: "Require base and service images to come from the registries you trust",
      config: "off",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          registries: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          localImages: LOCAL_IMAGES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ registries: [], localImages: [] }],
    messages: {
      untrusted:
        "Image '{{image}}' comes from registry '{{registry}}'{{origin}}, which is not one of the trusted registries ({{trusted}}); pull it through a trusted registry or mirror, or add the registry to the rule's `registries` option.",
    },
  },
  create(context: RuleContext<Options>) {
    const patterns = context.options[0]?.registries ?? [];
    // Nothing configured: nothing to check against.
    if (patterns.length === 0) return {};
    // `docker.io` also stands for Docker Hub's other names (`index.docker.io`...).
    const matchers = patterns.map((pattern) => wildcardMatcher(normalizeRegistry(pattern)));
    const trusted = patterns.join(", ");

    return imageUseListeners(
      context,
      (use) => {
        const registry = imageRegistry(use.reference);
        // A registry from a variable is decided where the variable is set.
        if (registry === null || matchers.some((matches) => matches(registry))) return;
        context.report({ node: use.at("name"), messageId: "untrusted", data: { image: use.reference, registry, trusted, origin: use.origin("name") } });
      },
      context.options[0] ?? {},
    );
  },
});
