/**
 * Headers that are the same on every response, set by next.config.ts `headers()` (issue 11 §7). Pure.
 * The CSP and HSTS depend on the request and are set by the proxy (lib/security/request-headers.ts).
 */

/** Features the app never uses, denied to it and to anything it could embed (names Chromium knows, so it logs no warning). */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = [...DENIED_FEATURES.map((f) => `${f}=()`), "fullscreen=(self)"].join(", ");

export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
