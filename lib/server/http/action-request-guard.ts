/**
 * Malformed server-action requests (issue 11 §6), refused before Next's action handler, which answers
 * several of them with a 500: a body over the limit, a content type it cannot read, truncated or
 * malformed multipart, a text body that is not the JSON reply React sends. The proxy calls
 * `guardActionRequest` for every POST that may be a server action; the rules are `judgeActionRequest`,
 * pure and unit-tested. A request that passes may still be refused by the action (input guard, strict
 * schema, service): this only makes sure it gets that far instead of crashing. See docs/decisions/0009.
 */

/** Next's default `serverActions.bodySizeLimit` (1 MB); the proxy refuses anything larger first. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const TOO_LARGE_MESSAGE = "Forespørselen er for stor. Skjemaet kan ikke sendes slik det er.";
export const MALFORMED_MESSAGE = "Forespørselen kunne ikke leses. Last inn siden på nytt og prøv igjen.";

export type ActionRequestVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string; reason: string };

export type ActionRequestFacts = {
  method: string;
  pathname: string;
  /** The `next-action` header (a fetch action), or null. */
  actionId: string | null;
  contentType: string | null;
  contentLength: string | null;
};

const refuse = (status: 400 | 413, reason: string): ActionRequestVerdict => ({ ok: false, status, message: status === 413 ? TOO_LARGE_MESSAGE : MALFORMED_MESSAGE, reason });

/**
 * Whether the proxy must look at this request: a POST with a `next-action` header, or a multipart POST
 * to a page (a form posted without JavaScript is an action too). Route handlers (/api) are their own.
 */
export function isPossibleActionRequest(facts: Pick<ActionRequestFacts, "method" | "pathname" | "actionId" | "contentType">): boolean {
  if (facts.method !== "POST") return false;
  if (facts.actionId !== null) return true;
  return isMultipart(facts.contentType) && !facts.pathname.startsWith("/api/");
}

function isMultipart(contentType: string | null): boolean {
  return (contentType ?? "").toLowerCase().startsWith("multipart/form-data");
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** What can be decided from the headers alone: the declared size and the content type. */
export function judgeHeaders(facts: ActionRequestFacts, limit = ACTION_BODY_LIMIT_BYTES): ActionRequestVerdict {
  if (facts.contentLength !== null) {
    if (!/^\d{1,16}$/.test(facts.contentLength.trim())) return refuse(400, "Content-Length is not a number");
    if (Number(facts.contentLength) > limit) return refuse(413, "Content-Length over the limit");
  }
  if (facts.actionId !== null && !/^[0-9a-f]{1,128}$/i.test(facts.actionId)) return refuse(400, "next-action is not an action id");
  const type = mediaType(facts.contentType);
  if (type === "multipart/form-data") {
    if (!/;\s*boundary=("?)[^";]{1,70}\1/i.test(facts.contentType ?? "")) return refuse(400, "multipart without a boundary");
    return { ok: true };
  }
  // A fetch action's body is React's reply: FormData (multipart) or a string (text/plain). Nothing else.
  if (facts.actionId !== null && type !== "text/plain" && type !== "") return refuse(400, `content type ${type} is not an action body`);
  return { ok: true };
}

/** Strings in a text reply that React decodes without further form fields (see React's decodeReply). */
const PLAIN_REPLY_STRING = /^(?:\$\$|\$undefined$|\$NaN$|\$Infinity$|\$-Infinity$|\$-0$|\$D|\$n-?\d{1,400}$)/;

function replyStringsOk(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REPLY_STRING.test(value);
  if (Array.isArray(value)) return value.every((v) => replyStringsOk(v, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => replyStringsOk(v, depth + 1));
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The body as UTF-8, or null when it is not valid UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The whole request, body included (at most `limit` bytes were read; `tooLarge` when there was more).
 * Async only because multipart is parsed with the platform's own FormData parser.
 */
export async function judgeActionRequest(
  facts: ActionRequestFacts,
  body: { bytes: Uint8Array<ArrayBuffer>; tooLarge: boolean },
  limit = ACTION_BODY_LIMIT_BYTES,
): Promise<ActionRequestVerdict> {
  const byHeaders = judgeHeaders(facts, limit);
  if (!byHeaders.ok) return byHeaders;
  if (body.tooLarge || body.bytes.byteLength > limit) return refuse(413, "body over the limit");

  if (isMultipart(facts.contentType)) {
    let form: FormData;
    try {
      form = await new Response(body.bytes, { headers: { "content-type": facts.contentType! } }).formData();
    } catch {
      return refuse(400, "malformed multipart");
    }
    for (const [name, value] of form.entries()) {
      // React's reply rows ("0", "1", …) and Next's bound-argument rows ("$ACTION_1:0") are JSON.
      const json = /^\d+$/.test(name) || /^\$ACTION_\d+:\d+$/.test(name);
      if (json && (typeof value !== "string" || !parseJson(value).ok)) return refuse(400, `multipart field ${name} is not JSON`);
    }
    if (facts.actionId !== null) {
      const root = form.get("0");
      if (typeof root !== "string") return refuse(400, "multipart reply without its root row");
      const parsed = parseJson(root);
      if (!parsed.ok || !Array.isArray(parsed.value)) return refuse(400, "reply root is not an argument list");
    }
    return { ok: true };
  }

  if (facts.actionId === null) return { ok: true };
  const text = utf8(body.bytes);
  if (text === null) return refuse(400, "body is not UTF-8");
  const parsed = parseJson(text);
  if (!parsed.ok) return refuse(400, "body is not JSON");
  if (!Array.isArray(parsed.value)) return refuse(400, "body is not an argument list");
  if (!replyStringsOk(parsed.value)) return refuse(400, "text reply refers to rows it does not have");
  return { ok: true };
}

/** Reads a body stream up to `limit` bytes (one byte more says it was too large), then stops. */
export async function readBounded(stream: ReadableStream<Uint8Array> | null, limit = ACTION_BODY_LIMIT_BYTES): Promise<{ bytes: Uint8Array<ArrayBuffer>; tooLarge: boolean }> {
  if (!stream) return { bytes: new Uint8Array(0), tooLarge: false };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Not awaited: a clone's cancel settles only when the original is done with too.
        reader.cancel().catch(() => {});
        return { bytes: new Uint8Array(0), tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    // A body that breaks off mid-way (client gone, truncated chunked encoding) is unreadable.
    return { bytes: new Uint8Array([0xff]), tooLarge: false };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, tooLarge: false };
}

/**
 * For the proxy: a 400/413 plain-text answer for a malformed server-action request, or null to go on.
 * Reads a clone of the body, so the action handler still gets the original.
 */
export async function guardActionRequest(request: Request, pathname: string, limit = ACTION_BODY_LIMIT_BYTES): Promise<Response | null> {
  const facts: ActionRequestFacts = {
    method: request.method,
    pathname,
    actionId: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
  };
  if (!isPossibleActionRequest(facts)) return null;
  let verdict = judgeHeaders(facts, limit);
  if (verdict.ok) verdict = await judgeActionRequest(facts, await readBounded(request.clone().body, limit), limit);
  if (verdict.ok) return null;
  console.warn(`[handling] avviste ${request.method} ${pathname}: ${verdict.status} (${verdict.reason})`);
  return new Response(verdict.message, { status: verdict.status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
