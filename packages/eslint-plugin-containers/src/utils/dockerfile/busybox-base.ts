import type { DockerfileImageReference } from "dockerfile-eslint-parser";

/**
 * Whether a base image is Alpine or busybox (`alpine:3.20`, `node:20-alpine`, `busybox`):
 * images whose `/bin/sh`, `wget` and other tools are busybox applets, and that have no bash.
 * The official `docker` image (`docker:29-cli`, `docker:dind`) is Alpine on every Linux tag
 * although neither its name nor its tags say so.
 */
export function isBusyboxBased(image: DockerfileImageReference | null): boolean {
  const name = image?.name ?? "";
  const tag = image?.tag ?? "";
  if (/^(?:(?:docker\.io\/)?library\/)?docker$/u.test(name) && !/windows/u.test(tag)) return true;
  return /alpine|busybox/u.test(`${name}:${tag}`);
}
