import {
  parseImageReference,
  type DockerfileFrom,
  type DockerfileImageReference,
  type ImageReferenceParts,
} from "dockerfile-eslint-parser";
import { earlierStageNames } from "./dockerfile/stages.js";

export { parseImageReference, type ImageReferenceParts };

/**
 * The image a `FROM` pulls, or null when it pulls none: `FROM scratch`, or `FROM <stage>`
 * naming an earlier stage of the same Dockerfile (case-insensitive, as Docker). Shared by the
 * rules that check base images (tags, digests, registries).
 */
export function fromImage(from: DockerfileFrom): DockerfileImageReference | null {
  const image = from.image;
  if (!image || image.raw.toLowerCase() === "scratch") return null;
  const stage = from.parent;
  if (stage?.type === "DockerfileStage" && stage.parent?.type === "Program") {
    if (earlierStageNames(stage.parent, stage).has(image.raw.toLowerCase())) return null;
  }
  return image;
}

/**
 * Why an image reference floats, or null when it is pinned to a tag or digest. Shared by the
 * Dockerfile (`FROM`) and Compose (`image:`) sides. References whose tag comes from a variable
 * are treated as pinned: the variable's value is decided elsewhere.
 */
export function floatingTag(image: ImageReferenceParts, floatingTags: readonly string[]): "missing" | "floating" | null {
  if (image.digest) return null;
  if (image.hasVariables && (image.tag === null ? /\$/u.test(image.name) : /\$/u.test(image.tag))) return null;
  if (image.tag === null) return "missing";
  return floatingTags.includes(image.tag.toLowerCase()) ? "floating" : null;
}

/**
 * Whether a reference is pinned by digest, or may be: a variable in its last path component
 * (`$BASE`, `python:${PY}`) can carry `@sha256:...`, so its value is decided elsewhere.
 * A variable only in the registry or path (`${REGISTRY}/python:3.12`) cannot.
 */
export function mayHaveDigest(raw: string): boolean {
  const image = parseImageReference(raw);
  if (image.digest) return true;
  const lastComponent = raw.slice(raw.lastIndexOf("/") + 1);
  return /\$/u.test(lastComponent);
}

/** The names Docker Hub goes by in a reference; `docker.io` is how we name it. */
const DOCKER_HUB_HOSTS = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

/** A registry host, lowercase, with Docker Hub's aliases (`index.docker.io`...) as `docker.io`. */
export function normalizeRegistry(host: string): string {
  const lower = host.toLowerCase();
  return DOCKER_HUB_HOSTS.has(lower) ? "docker.io" : lower;
}

/**
 * The registry an image is pulled from, lowercase, `docker.io` for Docker Hub (including no
 * registry at all); null when the registry comes from a variable (`${REGISTRY}/app`, `$IMAGE`).
 */
export function imageRegistry(raw: string): string | null {
  const slash = raw.indexOf("/");
  const firstComponent = slash === -1 ? raw : raw.slice(0, slash);
  if (/\$/u.test(firstComponent)) return null;
  return normalizeRegistry(parseImageReference(raw).registry ?? "docker.io");
}
