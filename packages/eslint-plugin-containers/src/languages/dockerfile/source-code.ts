import type { DockerfileParserDirective, Program } from "dockerfile-eslint-parser";
import { parseCheckDirective, rulesSkippedBy } from "../../migration/docker-check-directive.js";
import { rules } from "../../rules/index.js";
import type { InlineRuleConfig } from "../shared/comment-directives.js";
import { InlineConfigSourceCode } from "../shared/source-code.js";

/**
 * The SourceCode of a Dockerfile: our parser's AST with the shared `#` inline-config and token
 * support. Docker's own `# syntax=`/`# escape=`/`# check=` directives are AST nodes, not
 * comments, so they never read as ESLint directives; but `# check=skip=<Check>,...` switches off
 * the rules that correspond to the skipped build checks for this file (`skip=all`: every such
 * rule), as `docker build --check` does. That goes through `applyInlineConfig`, like a
 * `# eslint containers/rule: off` comment, so ESLint's `noInlineConfig` turns it off too.
 */
export class DockerfileSourceCode extends InlineConfigSourceCode<Program> {
  constructor(options: { text: string; ast: Program; hasBOM: boolean; visitorKeys: Record<string, string[]> }) {
    super({
      text: options.text,
      ast: options.ast,
      comments: options.ast.comments,
      tokens: options.ast.tokens,
      visitorKeys: options.visitorKeys,
      parserServices: { isDockerfile: true },
      hasBOM: options.hasBOM,
    });
  }

  override applyInlineConfig(): ReturnType<InlineConfigSourceCode["applyInlineConfig"]> {
    const result = super.applyInlineConfig();
    // A rule that an `# eslint` comment configures keeps that configuration (ESLint rejects a
    // second inline configuration of one rule).
    const configured = new Set(result.configs.flatMap((entry) => Object.keys(entry.config.rules)));
    const skipped: InlineRuleConfig[] = [];
    for (const directive of this.#checkDirectives()) {
      const parsed = parseCheckDirective(this.text.slice(directive.range[0], directive.range[1]));
      if (!parsed) continue;
      const off: Record<string, "off"> = {};
      for (const rule of rulesSkippedBy(parsed)) {
        const ruleId = `containers/${rule}`;
        if (Object.hasOwn(rules, rule) && !configured.has(ruleId)) off[ruleId] = "off";
      }
      if (Object.keys(off).length > 0) skipped.push({ config: { rules: off }, loc: directive.loc });
    }
    return { configs: [...skipped, ...result.configs], problems: result.problems };
  }

  #checkDirectives(): DockerfileParserDirective[] {
    return this.ast.body.filter(
      (node): node is DockerfileParserDirective => node.type === "DockerfileParserDirective" && node.name === "check",
    );
  }
}
