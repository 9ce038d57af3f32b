import {
  parseImageReference,
  type DockerfileFrom,
  type DockerfileImageReference,
  type DockerfileKeyValue,
  type ImageReferenceParts,
  type Program,
} from "dockerfile-eslint-parser";
import type { Located } from "../create-rule.js";
import { globalArgs } from "./stage-state.js";
import { expandVariables, variableUses } from "./variables.js";

/** A FROM image with the defaults of the global ARGs it uses substituted. */
export interface ResolvedImage {
  /** The reference as written (`node:${NODE_VERSION}-slim`). */
  written: DockerfileImageReference;
  /** The reference with ARG defaults substituted (`node:20-slim`). */
  raw: string;
  parts: ImageReferenceParts;
  /** Some variable has no default (or is predefined by the builder): its value is unknown here. */
  unresolved: boolean;
  /**
   * The global ARG pairs whose defaults went into the reference, by the part of the reference
   * each variable sits in. A finding about that part belongs at the default, where the fix goes.
   */
  sources: Array<{ pair: DockerfileKeyValue; part: "name" | "tag" | "digest"; whole: boolean }>;
}

/**
 * Resolves the image of a FROM through the global ARGs (the only variables FROM can use).
 * `FROM ${BASE}` with `ARG BASE=python:3.12` resolves to `python:3.12`.
 */
export function resolveFromImage(program: Program, from: DockerfileFrom): ResolvedImage | null {
  const written = from.image;
  if (!written) return null;
  if (!written.hasVariables) return { written, raw: written.raw, parts: written, unresolved: false, sources: [] };
  const args = globalArgs(program);
  const expansion = expandVariables(written.raw, (name) => args.get(name)?.value?.value, escapeOf(program));
  const sources: ResolvedImage["sources"] = [];
  const tagStart = tagOffset(written);
  const digestStart = written.raw.indexOf("@");
  for (const use of variableUses(written.raw, escapeOf(program))) {
    const pair = args.get(use.name);
    if (!pair?.value) continue;
    const part = digestStart !== -1 && use.start > digestStart ? "digest" : tagStart !== -1 && use.start >= tagStart ? "tag" : "name";
    sources.push({ pair, part, whole: use.start === 0 && use.end === written.raw.length });
  }
  return {
    written,
    raw: expansion.value,
    parts: parseImageReference(expansion.value),
    unresolved: expansion.unresolved.length > 0,
    sources,
  };
}

/**
 * Where a finding about one part of a resolved image belongs: the ARG default that supplied that
 * part when exactly one did, else the reference in the FROM.
 */
export function locationOfPart(image: ResolvedImage, part: "name" | "tag" | "digest"): Located {
  const sources = image.sources.filter((source) => source.part === part);
  // `FROM ${BASE}`: the whole reference, every part of it, is the default of one ARG.
  const whole = image.sources.length === 1 && image.sources[0].whole ? image.sources : [];
  const only = sources.length === 1 ? sources[0] : whole.length === 1 ? whole[0] : null;
  return only?.pair.value ?? image.written;
}

/** Offset in `raw` where the tag of the written reference starts (after `:`), or -1. */
function tagOffset(image: DockerfileImageReference): number {
  if (image.tag === null) return -1;
  const end = image.digest === null ? image.raw.length : image.raw.indexOf("@");
  return end - image.tag.length;
}

function escapeOf(program: Program): string {
  return program.escapeCharacter;
}
