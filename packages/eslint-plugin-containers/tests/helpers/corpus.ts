/** The shared corpus of real third-party container files (read-only), beside the repository. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const CORPUS_DIR = path.resolve(REPO_ROOT, "../shared/corpus");

export interface CorpusFile {
  name: string;
  text: string;
}

/** Every file of `dockerfiles/`, `compose/` or `kubernetes/`, sorted by name. */
export function readCorpus(kind: "dockerfiles" | "compose" | "kubernetes"): CorpusFile[] {
  const dir = path.join(CORPUS_DIR, kind);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
}
