import path from "node:path";
import { parse } from "dotenv";
import type { RuleContext } from "../create-rule.js";
import { isInsideDirectory } from "../dockerfile-from-disk.js";
import { expandVariables } from "../dockerfile/variables.js";
import { createFileReader } from "../file-from-disk.js";

/** The `.env` file of a Compose project: where it is, and the values it gives its variables. */
export interface ComposeDotenv {
  path: string;
  values: ReadonlyMap<string, string>;
}

/**
 * `.env` syntax as Compose reads it (KEY=VALUE, `export` prefix, comments, quotes, multi-line
 * values) is parsed by `dotenv`. Compose also expands `${VAR}` inside values from the lines above;
 * a value that still needs a variable (one from the environment) is left out: it is unknown here.
 */
function parseDotenv(text: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const [key, raw] of Object.entries(parse(text))) {
    const expansion = expandVariables(raw.replaceAll("$$", "\u0000"), (name) => values.get(name));
    if (expansion.unresolved.length === 0) values.set(key, expansion.value.replaceAll("\u0000", "$"));
  }
  return values;
}

const readDotenv = createFileReader(parseDotenv);

/**
 * The `.env` file beside the linted Compose file (Compose's project directory is the Compose
 * file's folder), from which Compose takes the values it interpolates when the environment does
 * not set them. Null when there is none, it cannot be read, or it lies outside ESLint's cwd.
 * The shell environment of the lint run is not read: it is not the one Compose will run in.
 */
export function composeDotenv(context: RuleContext<unknown[]>): ComposeDotenv | null {
  if (!path.isAbsolute(context.filename)) return null;
  const file = path.join(path.dirname(context.filename), ".env");
  if (!isInsideDirectory(context.cwd, file)) return null;
  const read = readDotenv(file);
  return read.status === "ok" && read.value.size > 0 ? { path: read.path, values: read.value } : null;
}
