import type { DockerfileImageReference, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { locationOfPart, resolveFromImage } from "../utils/dockerfile/resolve-image.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { packagesApplication } from "../utils/dockerfile/application-image.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { locate } from "../utils/image-uses.js";
import { wildcardMatcher } from "../utils/wildcard.js";

type Options = [{ allow?: string[] }];

/** Debian release names that tags carry (`3.12-bookworm`). */
const CODENAME = /^(?:bookworm|bullseye|buster|trixie|stretch|forky)$/u;
/** Tags that already name a small variant. */
const SMALL_TAG = /(?:slim|alpine|distroless|minimal|chiseled|micro|busybox|nanoserver|windowsservercore|jre|fpm|cli-alpine)/iu;

type SlimTag = (tag: string) => string | null;

/** `3.12` → `3.12-slim`, `3.12-bookworm` → `3.12-slim-bookworm` (python, ruby, perl, rust). */
const slimBeforeCodename: SlimTag = (tag) => {
  if (tag === "latest") return "slim";
  const [version, codename, ...rest] = tag.split("-");
  if (rest.length > 0) return null;
  if (CODENAME.test(version) && !codename) return `slim-${version}`;
  if (!/^\d[\w.]*$/u.test(version)) return null;
  if (!codename) return `${tag}-slim`;
  return CODENAME.test(codename) ? `${version}-slim-${codename}` : null;
};

/** `22` → `22-slim`, `22-bookworm` → `22-bookworm-slim`, `lts` → `lts-slim` (node, debian). */
const slimSuffix: SlimTag = (tag) => {
  if (tag === "latest") return "slim";
  const parts = tag.split("-");
  if (parts.length > 2) return null;
  const [first, second] = parts;
  const versionLike = /^(?:\d[\w.]*|lts|current|stable|oldstable|testing)$/u.test(first) || CODENAME.test(first);
  if (!versionLike || (second && !CODENAME.test(second))) return null;
  return `${tag}-slim`;
};

interface FullImage {
  /** How to get the slim tag, when the image has slim variants. */
  slim?: SlimTag;
  /** What to ship on instead, when it has none. */
  instead?: string;
}

/** Full images a final stage should not ship on, by Docker Hub name. */
const FULL_IMAGES: Record<string, FullImage> = {
  python: { slim: slimBeforeCodename },
  ruby: { slim: slimBeforeCodename },
  perl: { slim: slimBeforeCodename },
  rust: { slim: slimBeforeCodename },
  node: { slim: slimSuffix },
  debian: { slim: (tag) => (tag === "latest" ? "stable-slim" : slimSuffix(tag)) },
  ubuntu: { instead: "ubuntu has no slim variant, so ship on debian:<release>-slim, alpine or distroless" },
  centos: { instead: "ship on a minimal image: ubi-minimal, alpine or distroless" },
  fedora: { instead: "ship on fedora-minimal, alpine or distroless" },
  golang: { instead: "build in it, then ship the binary on gcr.io/distroless/static, alpine or scratch" },
  openjdk: { instead: "ship on a JRE image such as eclipse-temurin:<version>-jre" },
  "eclipse-temurin": { instead: "ship on the JRE variant, eclipse-temurin:<version>-jre" },
  maven: { instead: "build in it, then ship the jar on a JRE image such as eclipse-temurin:<version>-jre" },
  gradle: { instead: "build in it, then ship the jar on a JRE image such as eclipse-temurin:<version>-jre" },
  gcc: { instead: "build in it, then ship the binary on debian:<release>-slim, alpine or distroless" },
  "buildpack-deps": { instead: "ship on debian:<release>-slim or alpine" },
};

export default createRule<Options>("prefer-slim-base-image", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer a slim, alpine or distroless base for the final stage over a full OS or language image",
      config: "recommended",
    },
    languages: ["dockerfile"],
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { allow: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      slim: "The final stage ships on '{{image}}', a full image with compilers and tools the app does not need at run time; use '{{slim}}'.",
      instead: "The final stage ships on '{{image}}', a full image with compilers and tools the app does not need at run time; {{instead}}.",
      useSlim: "Use '{{slim}}'.",
    },
  },
  create(context: RuleContext<Options>) {
    // A dev container is a development environment: the full image is the point.
    if (/(?:^|[\\/])\.devcontainer[\\/]/u.test(context.filename)) return {};
    const allowed = (context.options[0]?.allow ?? []).map((pattern) => wildcardMatcher(pattern));
    return {
      Program(program: Program) {
        const final = getStages(program).at(-1);
        // Base images (python:3.12 itself is built on buildpack-deps) are full on purpose.
        if (!final || !packagesApplication(final)) return;
        // The image at the bottom of the final stage's chain of stages is what ships.
        const bottom = stageEndState(final).stages.at(-1) ?? final;
        const image = resolveFromImage(program, bottom.from);
        if (!image || image.unresolved) return;
        const { parts } = image;
        const registry = parts.registry?.toLowerCase();
        if (registry && registry !== "docker.io" && registry !== "index.docker.io") return;
        const name = parts.name.replace(/^library\//u, "");
        const full = FULL_IMAGES[name];
        const tag = parts.tag ?? "latest";
        if (!full || SMALL_TAG.test(tag)) return;
        if (allowed.some((matches) => matches(image.raw) || matches(name))) return;
        const slimTag = full.slim?.(tag);
        // At the tag (or the ARG default that supplies it), where the fix goes.
        const plainTag = !image.written.hasVariables && parts.tag !== null && !parts.digest;
        const text = context.sourceCode.text;
        const node = plainTag ? locate(text, image.written.range[1] - parts.tag!.length, image.written.range[1]) : locationOfPart(image, parts.tag === null ? "name" : "tag");
        if (!slimTag) {
          if (full.instead) context.report({ node, messageId: "instead", data: { image: image.raw, instead: full.instead } });
          return;
        }
        const slim = `${name}:${slimTag}`;
        const edit = image.written.hasVariables || parts.digest ? null : tagEdit(image.written, slimTag);
        context.report({
          node,
          messageId: "slim",
          data: { image: image.raw, slim },
          suggest: edit ? [{ messageId: "useSlim", data: { slim }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
        });
      },
    };
  },
});

/** The edit that sets the tag of a plainly written reference. */
function tagEdit(image: DockerfileImageReference, tag: string): { range: [number, number]; text: string } {
  if (image.tag === null) return { range: [image.range[1], image.range[1]], text: `:${tag}` };
  return { range: [image.range[1] - image.tag.length, image.range[1]], text: tag };
}
