/**
 * What Docker's Dockerfile frontend (BuildKit, `docker/dockerfile:1` and its `-labs` channel)
 * accepts per instruction: the flags and their kinds. Data only; the checks live beside it.
 * Kinds follow BuildKit's `BFlags`: a `bool` flag may stand alone (`--link`) or take
 * `true`/`false`; a `string` flag needs `=value` and may appear once; a `strings` flag needs
 * `=value` and may repeat (`--mount`, `--exclude`). Labs-only flags are listed so that files
 * written for `# syntax=docker/dockerfile:1-labs` are not reported.
 */
export type FlagKind = "bool" | "string" | "strings";

export const INSTRUCTION_FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  FROM: { platform: "string" },
  RUN: { mount: "strings", network: "string", security: "string", device: "strings" },
  COPY: { from: "string", chown: "string", chmod: "string", link: "bool", parents: "bool", exclude: "strings" },
  ADD: {
    chown: "string",
    chmod: "string",
    link: "bool",
    "keep-git-dir": "bool",
    checksum: "string",
    exclude: "strings",
    unpack: "bool",
    // Added to ADD and COPY together in the labs channel (moby/buildkit#3001).
    parents: "bool",
  },
  HEALTHCHECK: { interval: "string", timeout: "string", "start-period": "string", "start-interval": "string", retries: "string" },
};

/** Every instruction keyword Docker knows. */
export const INSTRUCTIONS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
] as const;

/** The flags an instruction accepts (none for most). */
export function flagsOf(keyword: string): Readonly<Record<string, FlagKind>> {
  return INSTRUCTION_FLAGS[keyword] ?? {};
}
