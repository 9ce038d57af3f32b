import {
  parseImageReference,
  type DockerfileCopy,
  type DockerfileFlag,
  type DockerfileFrom,
  type DockerfileRun,
  type ImageReferenceParts,
  type Program,
} from "dockerfile-eslint-parser";
import type { AST } from "yaml-eslint-parser";
import { findEntry, getComposeRoot, getScalarString, getServiceImages } from "./compose/index.js";
import { composeDotenv } from "./compose/dotenv.js";
import { interpolateDefaults } from "./compose/interpolation.js";
import type { Located, RuleContext, RuleListener } from "./create-rule.js";
import { locationOfPart, resolveFromImage } from "./dockerfile/resolve-image.js";
import { stateBefore, variableValue } from "./dockerfile/stage-state.js";
import { earlierStageNames, stageOf, stagesNamed } from "./dockerfile/stages.js";
import { expandVariables } from "./dockerfile/variables.js";
import { fileKind } from "./file-kind.js";
import { containerImages } from "./kubernetes/images.js";
import { composeLocalImages, isLocalImage, localImageMatchers, repositoryLocalImages, type LocalImages } from "./local-images.js";
import { positionAt } from "./text-position.js";

export type ImagePart = "name" | "tag" | "digest";

/**
 * One image a file pulls from a registry, as every image rule judges it: a Dockerfile `FROM`,
 * `COPY --from=<image>` or `RUN --mount=from=<image>`, a Compose service's `image:`, or the
 * `image:` of a Kubernetes container.
 */
export interface ImageUse {
  /** The reference to judge: variables replaced by their defaults when every one has a value, else as written. */
  reference: string;
  parts: ImageReferenceParts;
  /** The reference as written (`node:${NODE_VERSION}-slim`). */
  written: string;
  /** Where a finding about one part belongs: the ARG default that supplied it, else the reference. */
  at(part: ImagePart): Located;
  /**
   * For a message, after the image: where the value of one part came from when the linted file
   * does not show it, e.g. `` (set by `TAG=latest` in .env)`` for a Compose variable the
   * project's `.env` file sets; empty otherwise.
   */
  origin(part: ImagePart): string;
}

export interface ImageUseOptions {
  /** The rule's `localImages` option: wildcard patterns of images built outside what we can see. */
  localImages?: readonly string[];
}

/** JSON schema of the `localImages` option every image rule takes. */
export const LOCAL_IMAGES_SCHEMA = { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } as const;

/**
 * Listeners that hand every pulled image of the file to `check`. Not handed over: `scratch`, a
 * stage of the same Dockerfile, an image a Compose service builds (`build:` + `image:`, also
 * through `<<:`), and local images (see `local-images.ts`): those the repository's Compose or
 * Bake files build, named build contexts, and the `localImages` patterns. A Compose value that
 * several services share through an anchor is handed over once, at the anchored value.
 */
export function imageUseListeners(
  context: RuleContext<unknown[]>,
  check: (use: ImageUse) => void,
  { localImages }: ImageUseOptions = {},
): RuleListener {
  const patterns = localImageMatchers(localImages);
  let local: LocalImages | null = null;
  const isLocal = (reference: string, own?: LocalImages) => {
    local ??= repositoryLocalImages(context, own);
    return isLocalImage(reference, local, patterns);
  };

  if (fileKind(context) === "kubernetes") {
    return {
      Program() {
        const seen = new Set<AST.YAMLNode>();
        for (const image of containerImages(context)) {
          if (seen.has(image.node)) continue;
          seen.add(image.node);
          const { value, unresolved } = interpolateDefaults(image.image);
          const reference = unresolved ? image.image : value;
          // `imagePullPolicy: Never` runs an image already on the node (kind, minikube); `<REPO>/app`
          // is a placeholder for the reader to fill in.
          if (!reference || image.pullPolicy === "Never" || /[<>]/u.test(reference) || isLocal(reference)) continue;
          check({ reference, parts: parseImageReference(reference), written: image.image, at: () => image.node, origin: () => "" });
        }
      },
    };
  }

  if (fileKind(context) === "compose") {
    return {
      Program() {
        const root = getComposeRoot(context);
        const dotenv = composeDotenv(context)?.values;
        const own = composeLocalImages(root, undefined, dotenv);
        const seen = new Set<AST.YAMLNode>();
        for (const image of getServiceImages(root)) {
          // `pull_policy: never` runs an image that is already local; `build` builds it.
          const pullPolicy = getScalarString(findEntry(image.service.mapping, "pull_policy")?.value);
          if (image.built || pullPolicy === "never" || pullPolicy === "build" || seen.has(image.written)) continue;
          seen.add(image.written);
          const { value, unresolved, fromVariables } = interpolateDefaults(image.image, dotenv);
          const reference = unresolved ? image.image : value;
          if (!reference || isLocal(reference, own)) continue;
          const parts = parseImageReference(reference);
          const origin = dotenvOrigin(image.image, parts, unresolved ? [] : fromVariables, dotenv);
          check({ reference, parts, written: image.image, at: () => image.written, origin });
        }
      },
    };
  }

  const text = context.sourceCode.text;
  const handFlagImage = (instruction: DockerfileCopy | DockerfileRun, flag: DockerfileFlag, written: string, start: number) => {
    const program = programOf(instruction);
    if (!program || /^\d+$/u.test(written) || isStageName(program, written)) return;
    const state = stateBefore(instruction);
    const expansion = expandVariables(written, (name) => variableValue(state, name), program.escapeCharacter);
    const reference = expansion.unresolved.length > 0 ? written : expansion.value;
    if (!reference || isStageName(program, reference) || isLocal(reference)) return;
    const location = flag.loc.start.line === flag.loc.end.line ? locate(text, start, start + written.length) : flag;
    check({ reference, parts: parseImageReference(reference), written, at: () => location, origin: () => "" });
  };

  // `ARG BASE=...` used by several `FROM ${BASE}`: every finding belongs at the one default.
  const wholeDefaults = new Set<object>();
  return {
    DockerfileFrom(node: DockerfileFrom) {
      const program = programOf(node);
      const stage = stageOf(node);
      const image = program && resolveFromImage(program, node);
      if (!program || !stage || !image) return;
      const reference = image.unresolved ? image.written.raw : image.raw;
      const lower = reference.toLowerCase();
      if (lower === "scratch" || earlierStageNames(program, stage).has(lower) || isLocal(reference)) return;
      const whole = image.sources.length === 1 && image.sources[0].whole ? image.sources[0].pair : null;
      if (whole && wholeDefaults.has(whole)) return;
      if (whole) wholeDefaults.add(whole);
      const parts = image.unresolved ? image.written : image.parts;
      check({ reference, parts, written: image.written.raw, at: (part) => locationOfPart(image, part), origin: () => "" });
    },
    DockerfileCopy(node: DockerfileCopy) {
      for (const flag of node.flags) {
        if (flag.name !== "from" || !flag.value) continue;
        handFlagImage(node, flag, flag.value, flag.range[0] + text.slice(...flag.range).indexOf("=") + 1);
      }
    },
    DockerfileRun(node: DockerfileRun) {
      for (const flag of node.flags) {
        if (flag.name !== "mount") continue;
        const from = flag.options.find((option) => option.name === "from");
        const type = flag.options.find((option) => option.name === "type")?.value ?? "bind";
        if (!from?.value || (type !== "bind" && type !== "cache")) continue;
        const flagText = text.slice(...flag.range);
        const offset = flagText.search(/[=,]from=/u);
        handFlagImage(node, flag, from.value, offset === -1 ? flag.range[0] : flag.range[0] + offset + "=from=".length);
      }
    },
  };
}

/**
 * Which parts of a Compose image the `.env` file decided: a part whose value differs from the one
 * the Compose file alone gives (its defaults, or the text as written), or a missing tag or digest
 * where the image ends with a variable (`${IMAGE}`, `app:${TAG}`) that `.env` filled without
 * one. `${REGISTRY}/app` lacks its tag whatever `.env` says.
 */
function dotenvOrigin(
  written: string,
  parts: ImageReferenceParts,
  fromVariables: readonly string[],
  dotenv: ReadonlyMap<string, string> | undefined,
): (part: ImagePart) => string {
  if (!dotenv || fromVariables.length === 0) return () => "";
  const alone = interpolateDefaults(written);
  const without = parseImageReference(alone.unresolved ? written : alone.value);
  const settings = fromVariables.map((name) => `\`${name}=${dotenv.get(name)}\``).join(", ");
  const endsWithVariable = /\$(?:\{[^}]*\}|\w+)$/u.test(written);
  // The name part includes its registry: `trusted-registries` reports the registry at the name.
  const value = (of: ImageReferenceParts, part: ImagePart) => (part === "name" ? `${of.registry}/${of.name}` : of[part]);
  return (part) => {
    const decided = value(parts, part) !== null ? value(parts, part) !== value(without, part) : endsWithVariable;
    return decided ? ` (set by ${settings} in .env)` : "";
  };
}

function programOf(node: { parent: unknown }): Program | null {
  let current = node as { type?: string; parent: unknown } | null;
  while (current && current.type !== "Program") current = current.parent as typeof current;
  return current as Program | null;
}

/** Whether `name` is a stage of the Dockerfile, anywhere in it (`COPY --from` may name any). */
function isStageName(program: Program, name: string): boolean {
  return stagesNamed(program, name).length > 0;
}

/** The location of `text.slice(start, end)`, for a finding on part of a node. */
export function locate(text: string, start: number, end: number): Located {
  return { range: [start, end], loc: { start: positionAt(text, start), end: positionAt(text, end) } };
}
