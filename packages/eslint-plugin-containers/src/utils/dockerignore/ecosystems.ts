/**
 * What a `.dockerignore` should exclude, per ecosystem, and which ecosystems a folder uses,
 * told from the files in it (one cached directory listing, no file is opened).
 */
import { listDirectory } from "../file-from-disk.js";

export const ECOSYSTEMS = ["python", "node", "go", "java", "ruby", "dotnet"] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/**
 * Entries that are never needed inside an image of that ecosystem. Deliberately short: build
 * output that Dockerfiles often copy in (`target/`, Go's `bin/`) is left out.
 */
export const ECOSYSTEM_ENTRIES: Record<Ecosystem, string[]> = {
  // The seed's list.
  python: ["__pycache__", "*.pyc", "*.egg-info", "dist/", ".pytest_cache/"],
  node: ["node_modules/"],
  go: ["*.test", "*.out"],
  java: [".gradle/", ".idea/", "*.iml"],
  // As Rails generates it: the contents of log/ and tmp/, not the folders.
  ruby: [".bundle/", "log/*", "tmp/*"],
  // As Visual Studio generates it: build output in every project folder.
  dotnet: ["**/bin/", "**/obj/"],
};

/** The ecosystems of the seed's `.dockerignore` (a Python service with a Node front end). */
export const DEFAULT_ECOSYSTEMS: Ecosystem[] = ["python", "node"];

const MARKERS: Record<Ecosystem, (name: string) => boolean> = {
  python: (name) => ["pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "poetry.lock", "uv.lock"].includes(name) || /^requirements.*\.txt$/u.test(name),
  node: (name) => name === "package.json",
  go: (name) => name === "go.mod",
  java: (name) => ["pom.xml", "build.gradle", "build.gradle.kts", "mvnw", "gradlew"].includes(name),
  ruby: (name) => name === "Gemfile",
  dotnet: (name) => /\.(?:cs|fs|vb)proj$|\.sln$/u.test(name),
};

/** The ecosystems whose marker files are in `directory` (none when it cannot be listed). */
export function detectEcosystems(directory: string): Ecosystem[] {
  const names = listDirectory(directory);
  return ECOSYSTEMS.filter((ecosystem) => names.some(MARKERS[ecosystem]));
}
