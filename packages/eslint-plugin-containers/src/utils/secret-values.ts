/**
 * Telling secret values from the settings that merely sit under a secret-sounding name
 * (`KAFKA_SASL_MECHANISM_PASSWORD_CLASS=org.apache...PlainLoginModule`,
 * `REDIS_PASSWORD=/run/secrets/redis`), and finding secrets written where no name says so
 * (`DATABASE_URL=mysql://root:pass@db/app`, `${DB_PASSWORD:-changeme}`).
 */

/** A boolean flag (`USE_AUTH=true`, `MYSQL_ALLOW_EMPTY_PASSWORD=yes`) is a setting, not a secret. */
export function isBooleanFlag(value: string): boolean {
  return /^(?:true|false|yes|no|on|off)$/iu.test(value);
}

/** A number: a length, a port, a lifetime. */
const NUMBER = /^-?\d+(?:\.\d+)?[smhd]?$/u;

/** Secret words under which a number is still a (weak) password: `MYSQL_ROOT_PASSWORD: 1234`. */
const PASSWORD_WORDS = new Set(["pass", "passwd", "password", "passphrase", "pwd", "pword"]);

const HARMLESS_VALUES: readonly RegExp[] = [
  // An absolute file path: where the secret is (`/run/secrets/db`, `C:\secrets\db`).
  /^(?:\/|[A-Za-z]:[\\/]|~\/)[^\s]*$/u,
  // `host:port`.
  /^[A-Za-z][\w.-]*:\d{1,5}$/u,
  // A Java class name (`org.apache.kafka.common.security.plain.PlainLoginModule`).
  /^(?:[a-z_][\w]*\.)+[A-Z][\w$]*$/u,
  // An upper-case enum token: a mechanism or a mode (`OAUTHBEARER`, `SCRAM-SHA-512`); letters
  // before any digit, so a key ID such as `AKIAIOSFODNN7EXAMPLE` is not one.
  /^(?=.{1,24}$)[A-Z]+(?:[-_][A-Z0-9]+)*$/u,
  // A placeholder for the reader to fill in: `<Client Secret>`, `xxx`, `your_api_key`. (A
  // default such as `changeme` is reported: it is the password until someone changes it.)
  /^<[^<>]+>$/u,
  /^(?:x{3,}|\*{3,}|your[-_][\w-]+)$/iu,
];

/**
 * Whether a value cannot be a secret under a name with `secretWord`: nothing, a boolean flag,
 * an absolute file path, `host:port`, a Java class name, an upper-case enum token, a `<...>`
 * placeholder, or a
 * number (except under a password word: `1234` is a weak password, not a setting).
 */
export function isHarmlessValue(value: string, secretWord = ""): boolean {
  const text = value.trim();
  if (text === "" || isBooleanFlag(text) || HARMLESS_VALUES.some((pattern) => pattern.test(text))) return true;
  return NUMBER.test(text) && !PASSWORD_WORDS.has(secretWord);
}

/**
 * Variables that front-end build tools inline into the JavaScript bundle sent to browsers:
 * public by design (`VITE_API_KEY`, `NEXT_PUBLIC_STRIPE_KEY`).
 */
const CLIENT_BUNDLE_PREFIX = /^(?:VITE_|REACT_APP_|NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_|PUBLIC_)/u;

export function isClientBundleName(name: string): boolean {
  return CLIENT_BUNDLE_PREFIX.test(name);
}

/**
 * A public PGP key fingerprint (16 or 40 hex digits) under a name that says so
 * (`NODE_SIGNING_KEY`, `GPG_KEYS`, `PGP_KEY`), or that the file hands to `gpg --recv-keys`.
 */
export function isKeyFingerprint(name: string, value: string, fileText: string): boolean {
  const fingerprints = value.trim().split(/[\s,]+/u);
  if (!fingerprints.every((fingerprint) => /^(?:0x)?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/u.test(fingerprint))) return false;
  if (/(?:^|_)(?:SIGNING_KEYS?|GPG_KEYS?|PGP_KEYS?|GPG|PGP)(?:_|$)/iu.test(name)) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`--recv-keys?\\b[^\\n]*\\$\\{?${escaped}\\b`, "u").test(fileText);
}

/**
 * The password of a URL's userinfo (`scheme://user:password@host`), with its offset in
 * `value`; null when there is none, or it is empty or interpolated (`${DB_PASSWORD}`).
 */
export function urlPassword(value: string): { password: string; offset: number } | null {
  // The scheme starts where a run of scheme characters starts: tried from every letter of a
  // long word, the search was quadratic (a 32 KB value took seconds).
  const match = /(?<![\w+.-])[A-Za-z][\w+.-]*:\/\/[^\s:/@]*:([^\s/@]+)@\S/u.exec(value);
  if (!match) return null;
  const password = match[1];
  if (password.includes("$") || /^\*+$|^x+$/iu.test(password)) return null;
  return { password, offset: match.index + match[0].indexOf(`:${password}@`) + 1 };
}

/**
 * The literal defaults of Compose interpolations (`${DB_PASSWORD:-changeme}`,
 * `${TOKEN-abc}`): the value the file supplies when the variable is not set. Defaults that
 * are themselves interpolated are skipped.
 */
export function interpolationDefaults(value: string): Array<{ name: string; fallback: string; offset: number }> {
  const result: Array<{ name: string; fallback: string; offset: number }> = [];
  for (const match of value.replaceAll("$$", "\0\0").matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}$]*)\}/gu)) {
    result.push({ name: match[1], fallback: match[2], offset: match.index + match[0].indexOf("-") + 1 });
  }
  return result;
}
