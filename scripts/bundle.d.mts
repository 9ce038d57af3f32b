/** The bundled packages (see bundle.mjs). */
export declare const BUNDLES: ReadonlyArray<{ dir: string; file: string }>;
/** Bundles each built package; returns the packages not built yet. */
export declare function bundlePackages(): Promise<string[]>;
