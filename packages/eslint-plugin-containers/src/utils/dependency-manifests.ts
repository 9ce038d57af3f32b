/**
 * The files a package manager installs from: `requirements.txt`, `package.json` and its locks,
 * `go.mod`, `Gemfile`, `composer.json`, `Cargo.toml`, `pom.xml`... An image that copies only
 * these from the build context installs tools; it does not package an application.
 */
const MANIFEST =
  /^(?:requirements[\w.-]*\.txt|constraints[\w.-]*\.txt|Pipfile(?:\.lock)?|pyproject\.toml|poetry\.lock|uv\.lock|package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|go\.(?:mod|sum)|Gemfile(?:\.lock)?|composer\.(?:json|lock)|Cargo\.(?:toml|lock)|pom\.xml)$/u;

/** Whether a path names a dependency manifest (by its base name; `./requirements.txt` too). */
export function isDependencyManifest(path: string): boolean {
  return MANIFEST.test(path.slice(path.lastIndexOf("/") + 1));
}
