/**
 * A raw Helm chart template: a file under a `templates/` folder that holds `{{ ... }}` actions.
 * It is Go template text, not YAML, until `helm template` renders it, so it is not linted.
 * Rendered output (plain YAML with `# Source:` comments) is linted like any manifest.
 */
export function isRawHelmTemplate(filePath: string | undefined, text: string): boolean {
  if (!text.includes("{{")) return false;
  const segments = (filePath ?? "").split(/[\\/]/u);
  return segments.slice(0, -1).includes("templates");
}

/**
 * The same number of lines and characters with every character but line breaks blanked: the
 * YAML of an empty file whose locations still match the original text.
 */
export function blankText(text: string): string {
  return text.replace(/[^\r\n]/gu, " ");
}
