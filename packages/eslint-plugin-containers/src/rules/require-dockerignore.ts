import path from "node:path";
import type { DockerfileArgument, Program } from "dockerfile-eslint-parser";
import type { AST } from "yaml-eslint-parser";
import {
  entryNode,
  getComposeRoot,
  getServiceBuild,
  getServices,
  loadBuildDockerfile,
  localContextDir,
  type ServiceBuild,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { isDirectory, isInsideDirectory } from "../utils/dockerfile-from-disk.js";
import { displayPath, dockerfileContext, findContextIgnoreFile } from "../utils/dockerignore/context.js";
import { contextSources, copiesWholeContext, copiesWholeFolder, type CopyInstruction } from "../utils/dockerignore/copy-sources.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { fileKind } from "../utils/file-kind.js";

type Options = [{ context?: string; folders?: boolean }];

export default createRule<Options>("require-dockerignore", {
  meta: {
    type: "problem",
    docs: {
      description: "Require an ignore file in a build context that is copied whole (`COPY . .`)",
      config: "recommended",
    },
    languages: ["dockerfile", "compose"],
    schema: [
      {
        type: "object",
        properties: { context: { type: "string", minLength: 1 }, folders: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ folders: false }],
    messages: {
      dockerfile:
        "`{{source}}` copies the whole build context `{{context}}`, which has no ignore file, so `.git`, `.env` and local build output go into the image. Add `{{dockerignore}}` (or `{{perDockerfile}}`).",
      dockerfileFolder:
        "`{{source}}` copies a whole folder of the build context `{{context}}`, which has no ignore file, so caches and local build output inside it go into the image. Add `{{dockerignore}}` (or `{{perDockerfile}}`).",
      compose:
        'Service "{{service}}" builds the context `{{context}}`, which has no ignore file, and its Dockerfile copies all of it (`{{source}}`), so `.git`, `.env` and local build output go into the image. Add `{{dockerignore}}`.',
      composeFolder:
        'Service "{{service}}" builds the context `{{context}}`, which has no ignore file, and its Dockerfile copies a whole folder of it (`{{source}}`), so caches and local build output inside it go into the image. Add `{{dockerignore}}`.',
    },
  },
  create(context: RuleContext<Options>) {
    const kind = fileKind(context);
    if (kind === "compose") return { Program: () => checkCompose(context) };
    if (kind !== "dockerfile") return {};

    let found: ReturnType<typeof dockerfileContext> | undefined;
    let reported = false;
    const check = (instruction: CopyInstruction) => {
      if (reported) return;
      found ??= dockerfileContext(context, context.options[0]?.context);
      if (!found) return;
      const broad = firstBroadSource([instruction], found.contextDir, context.options[0]?.folders ?? false);
      if (!broad || found.ignore.status !== "none") return;
      reported = true;
      context.report({
        node: broad.source,
        messageId: broad.wholeContext ? "dockerfile" : "dockerfileFolder",
        data: {
          source: broad.source.raw,
          context: displayPath(context.cwd, found.contextDir),
          dockerignore: displayPath(context.cwd, path.join(found.contextDir, ".dockerignore")),
          perDockerfile: `${path.basename(found.dockerfile)}.dockerignore`,
        },
      });
    };
    return { DockerfileCopy: check, DockerfileAdd: check };
  },
});

/** The first source that copies the whole context, or (with `folders`) a whole folder of it. */
function firstBroadSource(
  instructions: CopyInstruction[],
  contextDir: string,
  folders: boolean,
): { source: DockerfileArgument; wholeContext: boolean } | null {
  for (const instruction of instructions) {
    for (const source of contextSources(instruction)) {
      if (copiesWholeContext(source.value)) return { source, wholeContext: true };
      if (folders && copiesWholeFolder(source.value, contextDir)) return { source, wholeContext: false };
    }
  }
  return null;
}

function copyInstructions(program: Program): CopyInstruction[] {
  return getStages(program)
    .flatMap((stage) => stage.body)
    .filter((instruction): instruction is CopyInstruction => instruction.type === "DockerfileCopy" || instruction.type === "DockerfileAdd");
}

/** Where a service's context is written: `build.context`, the short `build: ./dir`, or the `build` key. */
function contextNode(build: ServiceBuild): AST.YAMLNode {
  if (build.contextEntry) return entryNode(build.contextEntry, "value");
  return build.entry.value?.type === "YAMLScalar" ? entryNode(build.entry, "value") : entryNode(build.entry, "key");
}

function checkCompose(context: RuleContext<Options>): void {
  const reported = new Set<AST.YAMLNode>();
  for (const service of getServices(getComposeRoot(context))) {
    const build = getServiceBuild(service);
    if (!build) continue;
    const contextDir = localContextDir(context, build);
    if (contextDir === null || !isInsideDirectory(context.cwd, contextDir) || !isDirectory(contextDir)) continue;
    const dockerfile = loadBuildDockerfile(context, build);
    // A Dockerfile we cannot read, or one that copies only named files, does not need one.
    if (dockerfile.status !== "ok") continue;
    const broad = firstBroadSource(copyInstructions(dockerfile.program), contextDir, context.options[0]?.folders ?? false);
    if (!broad) continue;
    const ignore = findContextIgnoreFile({ dockerfile: dockerfile.path, contextDir, cwd: context.cwd });
    const node = contextNode(build);
    if (ignore.status !== "none" || reported.has(node)) continue;
    reported.add(node);
    context.report({
      node,
      messageId: broad.wholeContext ? "compose" : "composeFolder",
      data: {
        service: service.name,
        context: build.context,
        source: broad.source.raw,
        dockerignore: displayPath(context.cwd, path.join(contextDir, ".dockerignore")),
      },
    });
  }
}
