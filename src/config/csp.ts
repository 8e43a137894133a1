/**
 * The Content-Security-Policy the app is served with. Scripts come only from the app's own origin;
 * 'wasm-unsafe-eval' lets the built-in meshopt decoder (WebAssembly) unpack the model. Nothing may
 * be fetched from another origin.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    ...META_DIRECTIVES,
    // Which pages may show the app in a frame; only an HTTP header can say this.
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The directives that also work in a `<meta>` tag, for static hosts that cannot set headers. */
export const META_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
