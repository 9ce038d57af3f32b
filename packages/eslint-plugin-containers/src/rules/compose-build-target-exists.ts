import path from "node:path";
import type { AST } from "yaml-eslint-parser";
import {
  entryNode,
  getComposeRoot,
  getServiceBuild,
  getServices,
  loadBuildDockerfile,
  usesInterpolation,
} from "../utils/compose/index.js";
import { closestName } from "../utils/closest-name.js";
import { createRule, type RuleContext, type SuggestionDescriptor } from "../utils/create-rule.js";
import { targetStage } from "../utils/dockerfile/healthcheck.js";
import { getStages } from "../utils/dockerfile/stages.js";

export default createRule("compose-build-target-exists", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `build.target` to name a stage of the Dockerfile and `build.dockerfile` to exist",
      config: "recommended",
    },
    languages: ["compose"],
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownTarget:
        'Service "{{service}}" builds the stage "{{target}}", but {{dockerfile}} has no stage of that name (its stages: {{stages}}), so the build fails. Name one of its stages.',
      unknownTargetDidYouMean:
        'Service "{{service}}" builds the stage "{{target}}", but {{dockerfile}} has no stage of that name (its stages: {{stages}}), so the build fails. Did you mean "{{suggestion}}"?',
      noNamedStages:
        'Service "{{service}}" builds the stage "{{target}}", but {{dockerfile}} names no stages, so the build fails. Name the stage to build with `FROM <image> AS {{target}}`.',
      missingDockerfile:
        'Service "{{service}}" builds with the Dockerfile "{{dockerfile}}", which does not exist in its build context "{{context}}", so the build fails. Fix the path.',
      useStage: 'Build the stage "{{suggestion}}".',
    },
  },
  create(context) {
    return {
      Program() {
        const composeDir = path.dirname(context.physicalFilename || context.filename);
        // A build section shared through an anchor or `<<` is reported once, not once per service.
        const reported = new Set<AST.YAMLNode>();
        const once = (node: AST.YAMLNode) => !reported.has(node) && Boolean(reported.add(node));
        for (const service of getServices(getComposeRoot(context))) {
          const build = getServiceBuild(service);
          if (!build) continue;
          const dockerfile = loadBuildDockerfile(context, build);

          if (dockerfile.status === "missing") {
            // Only a `dockerfile` the file names; a missing default `Dockerfile` is left alone.
            if (build.dockerfileEntry && !build.inlineEntry && once(entryNode(build.dockerfileEntry, "value"))) {
              context.report({
                node: entryNode(build.dockerfileEntry, "value"),
                messageId: "missingDockerfile",
                data: { service: service.name, dockerfile: getText(context, build.dockerfileEntry.value), context: build.context },
              });
            }
            continue;
          }
          if (dockerfile.status !== "ok" || !build.targetEntry || build.target === null) continue;
          if (usesInterpolation(build.target) || targetStage(dockerfile.program, build.target)) continue;

          const names = getStages(dockerfile.program)
            .map((stage) => stage.name)
            .filter((name): name is string => name !== null);
          const data = {
            service: service.name,
            target: build.target,
            dockerfile: dockerfile.path ? `"${path.relative(composeDir, dockerfile.path) || dockerfile.path}"` : "`dockerfile_inline`",
            stages: names.map((name) => `"${name}"`).join(", "),
          };
          const node = entryNode(build.targetEntry, "value");
          if (!once(node)) continue;
          if (names.length === 0) {
            context.report({ node, messageId: "noNamedStages", data });
            continue;
          }
          const suggestion = closestName(build.target, names);
          if (suggestion === null) {
            context.report({ node, messageId: "unknownTarget", data });
            continue;
          }
          const value = build.targetEntry.mergedFrom ? null : build.targetEntry.pair.value;
          context.report({
            node,
            messageId: "unknownTargetDidYouMean",
            data: { ...data, suggestion },
            suggest: renameSuggestion(value, suggestion),
          });
        }
      },
    };
  },
});

function getText(context: RuleContext, node: AST.YAMLNode | null): string {
  return node?.type === "YAMLScalar" ? String(node.value) : context.sourceCode.getText(node ?? undefined);
}

/** Replaces the target's text, keeping its quotes; none for aliases, block scalars and merged values. */
function renameSuggestion(value: AST.YAMLNode | null | undefined, name: string): SuggestionDescriptor[] {
  if (value?.type !== "YAMLScalar") return [];
  if (value.style !== "plain" && value.style !== "single-quoted" && value.style !== "double-quoted") return [];
  if (!/^[\w.-]+$/u.test(name)) return [];
  const range: [number, number] = value.style === "plain" ? value.range : [value.range[0] + 1, value.range[1] - 1];
  return [{ messageId: "useStage", data: { suggestion: name }, fix: (fixer) => fixer.replaceTextRange(range, name) }];
}
