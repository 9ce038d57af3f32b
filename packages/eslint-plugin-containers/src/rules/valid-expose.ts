import type { DockerfileArgument, DockerfileSimpleInstruction } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { locate } from "../utils/image-uses.js";

const PROTOCOLS = new Set(["tcp", "udp", "sctp"]);

export default createRule("valid-expose", {
  meta: {
    type: "problem",
    docs: {
      description: "Require EXPOSE to list container ports (0-65535) with a lowercase protocol, not host mappings",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      mapping:
        "EXPOSE '{{value}}' maps a host address or port, which an image cannot do (Docker ignores it); expose the container port '{{port}}' and publish it with `docker run -p` or Compose `ports:`.",
      range: "EXPOSE '{{value}}' is not a port: ports are 0 to 65535.",
      protocol: "EXPOSE '{{value}}' has the protocol '{{protocol}}'; use tcp, udp or sctp.",
      casing: "EXPOSE '{{value}}' writes the protocol in uppercase; write '{{lower}}'.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    const check = (argument: DockerfileArgument) => {
      const value = argument.value;
      if (value.includes("$")) return;
      const slash = value.indexOf("/");
      const ports = slash === -1 ? value : value.slice(0, slash);
      const protocol = slash === -1 ? null : value.slice(slash + 1);
      if (ports.includes(":")) {
        context.report({ node: argument, messageId: "mapping", data: { value, port: `${ports.slice(ports.lastIndexOf(":") + 1)}${slash === -1 ? "" : value.slice(slash)}` } });
        return;
      }
      const numbers = ports.split("-");
      if (numbers.length > 2 || numbers.some((number) => !/^\d+$/u.test(number) || Number(number) > 65535)) {
        context.report({ node: argument, messageId: "range", data: { value } });
        return;
      }
      if (protocol === null) return;
      const lower = protocol.toLowerCase();
      if (!PROTOCOLS.has(lower)) {
        context.report({ node: argument, messageId: "protocol", data: { value, protocol } });
      } else if (protocol !== lower) {
        // The protocol's own text: in a plain word its offset is the same as in the value.
        const start = argument.range[0] + argument.raw.lastIndexOf(protocol);
        const plain = argument.raw === value;
        context.report({
          node: plain ? locate(text, start, start + protocol.length) : argument,
          messageId: "casing",
          data: { value, lower },
          fix: plain ? (fixer) => fixer.replaceTextRange([start, start + protocol.length], lower) : null,
        });
      }
    };
    return {
      DockerfileExpose(node: DockerfileSimpleInstruction) {
        node.arguments.forEach(check);
      },
    };
  },
});
