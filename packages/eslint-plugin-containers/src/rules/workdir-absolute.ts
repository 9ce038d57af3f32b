import type { DockerfileSimpleInstruction } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { BASE_IMAGES_WITH_WORKDIR_SCHEMA, baseImageWorkdirMatcher, hasAbsoluteWorkdir, isAbsoluteArgument, startsFromScratch, stateFor } from "../utils/dockerfile/paths.js";

type Options = [{ baseImagesWithWorkdir?: string[] }];

export default createRule<Options>("workdir-absolute", {
  meta: {
    type: "problem",
    docs: {
      description: "Require an absolute `WORKDIR` unless an absolute one is already in effect",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [BASE_IMAGES_WITH_WORKDIR_SCHEMA],
    defaultOptions: [{ baseImagesWithWorkdir: [] }],
    messages: {
      relative:
        "`WORKDIR {{path}}` is relative to the base image's working directory, which can change with the image; use an absolute path, or set an absolute WORKDIR before it.",
    },
  },
  create(context: RuleContext<Options>) {
    const baseImageSetsWorkdir = baseImageWorkdirMatcher(context.options[0]?.baseImagesWithWorkdir ?? []);
    return {
      DockerfileWorkdir(workdir: DockerfileSimpleInstruction) {
        const path = workdir.arguments[0];
        if (!path) return;
        const escape = findAncestor(workdir, "Program")?.escapeCharacter ?? "\\";
        const state = stateFor(workdir);
        // FROM scratch starts at `/`, which no base image can change.
        if (startsFromScratch(state) || baseImageSetsWorkdir(state) || isAbsoluteArgument(path, state, escape) !== false) return;
        if (hasAbsoluteWorkdir(workdir)) return;
        context.report({ node: path, messageId: "relative", data: { path: path.value } });
      },
    };
  },
});
