import type { DockerfileImageReference } from "dockerfile-eslint-parser";

/**
 * Whether a base image is Alpine or busybox (`alpine:3.20`, `node:20-alpine`, `busybox`):
 * images whose `/bin/sh`, `wget` and other tools are busybox applets, and that have no bash.
 */
export function isBusyboxBased(image: DockerfileImageReference | null): boolean {
  return /alpine|busybox/u.test(`${image?.name ?? ""}:${image?.tag ?? ""}`);
}
