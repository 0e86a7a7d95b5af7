import { describe, expect, it, vi } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  guardActionRequest,
  isPossibleActionRequest,
  judgeActionRequest,
  judgeHeaders,
  readBounded,
  type ActionRequestFacts,
} from "./action-request-guard";

const ACTION_ID = "7f3a9c0d1e2b3a4c5d6e7f8091a2b3c4d5e6f70812";
const facts = (over: Partial<ActionRequestFacts> = {}): ActionRequestFacts => ({
  method: "POST",
  pathname: "/lis",
  actionId: ACTION_ID,
  contentType: "text/plain;charset=UTF-8",
  contentLength: null,
  ...over,
});
const bytes = (text: string) => ({ bytes: new TextEncoder().encode(text), tooLarge: false });
const BOUNDARY = "----formdata-undici-0123456789";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const multipart = (fields: Record<string, string>, end = `--${BOUNDARY}--\r\n`) =>
  Object.entries(fields)
    .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("") + end;

describe("which requests the guard looks at", () => {
  it("every POST with a next-action header, and multipart POSTs to pages", () => {
    expect(isPossibleActionRequest(facts())).toBe(true);
    expect(isPossibleActionRequest(facts({ actionId: null, contentType: MULTIPART }))).toBe(true);
    expect(isPossibleActionRequest(facts({ actionId: null, contentType: "application/x-www-form-urlencoded", pathname: "/api/auth/callback/credentials" }))).toBe(false);
    expect(isPossibleActionRequest(facts({ actionId: null, contentType: MULTIPART, pathname: "/api/upload" }))).toBe(false);
    expect(isPossibleActionRequest(facts({ method: "GET" }))).toBe(false);
  });
});

describe("judged by the headers", () => {
  it("413 over the limit by Content-Length, 400 for a Content-Length that is no number", () => {
    expect(judgeHeaders(facts({ contentLength: String(ACTION_BODY_LIMIT_BYTES + 1) }))).toMatchObject({ ok: false, status: 413 });
    expect(judgeHeaders(facts({ contentLength: String(ACTION_BODY_LIMIT_BYTES) }))).toEqual({ ok: true });
    expect(judgeHeaders(facts({ contentLength: "-5" }))).toMatchObject({ ok: false, status: 400 });
    expect(judgeHeaders(facts({ contentLength: "1e9" }))).toMatchObject({ ok: false, status: 400 });
  });

  it("400 for a content type Next cannot read as an action, or an action id that is none", () => {
    for (const contentType of ["application/json", "application/x-www-form-urlencoded", "application/octet-stream", "multipart/form-data", "multipart/form-data; charset=utf-8"]) {
      expect(judgeHeaders(facts({ contentType })), contentType).toMatchObject({ ok: false, status: 400 });
    }
    expect(judgeHeaders(facts({ actionId: "../../etc/passwd" }))).toMatchObject({ ok: false, status: 400 });
    expect(judgeHeaders(facts({ contentType: MULTIPART }))).toEqual({ ok: true });
    expect(judgeHeaders(facts({ contentType: "text/plain;charset=UTF-8" }))).toEqual({ ok: true });
  });
});

describe("judged by the body", () => {
  it("accepts what Next's client sends: a JSON argument list, or a multipart reply", async () => {
    expect(await judgeActionRequest(facts(), bytes('[{"offerId":"x","answer":"AVSLA"}]'))).toEqual({ ok: true });
    expect(await judgeActionRequest(facts(), bytes('["$undefined",{"at":"$D2027-01-01T00:00:00.000Z","n":"$n12","s":"$$dollar"}]'))).toEqual({ ok: true });
    expect(await judgeActionRequest(facts({ contentType: MULTIPART }), bytes(multipart({ "1_vacancyId": "v1", "1_reason": "r", "0": '["$K1"]' })))).toEqual({ ok: true });
    // A form posted without JavaScript: Next's $ACTION fields, no next-action header.
    expect(
      await judgeActionRequest(facts({ actionId: null, contentType: MULTIPART }), bytes(multipart({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', "$ACTION_1:1": '[null]', reason: "x" }))),
    ).toEqual({ ok: true });
  });

  it("413 for a body over the limit, whatever Content-Length said", async () => {
    expect(await judgeActionRequest(facts(), { bytes: new Uint8Array(0), tooLarge: true })).toMatchObject({ ok: false, status: 413 });
    expect(await judgeActionRequest(facts(), bytes("[1,2,3]"), 4)).toMatchObject({ ok: false, status: 413 });
  });

  it("400 for a text body that is not React's reply", async () => {
    for (const body of ["", "{not json", '{"offerId":"x"}', '"just a string"', '["$K1"]', '["$1"]', '["$@0"]', '[{"a":"$Q2"}]', '["$n1abc"]', '["$nope"]']) {
      expect(await judgeActionRequest(facts(), bytes(body)), body).toMatchObject({ ok: false, status: 400 });
    }
    expect(await judgeActionRequest(facts(), { bytes: new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]), tooLarge: false })).toMatchObject({ ok: false, status: 400 });
  });

  it("400 for truncated or malformed multipart", async () => {
    const whole = multipart({ "1_vacancyId": "v1", "0": '["$K1"]' });
    const cases = {
      truncated: whole.slice(0, whole.length - 30),
      "no closing boundary": multipart({ "0": "[]" }, ""),
      "another boundary": whole.replaceAll(BOUNDARY, "something-else"),
      "root row not JSON": multipart({ "0": "{not json" }),
      "root row not a list": multipart({ "0": '{"a":1}' }),
      "no root row": multipart({ "1_vacancyId": "v1" }),
      "a bound argument not JSON": multipart({ "0": "[]", "$ACTION_1:0": "{" }),
      garbage: "hello",
    };
    for (const [label, body] of Object.entries(cases)) {
      expect(await judgeActionRequest(facts({ contentType: MULTIPART }), bytes(body)), label).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe("readBounded", () => {
  const stream = (chunks: Uint8Array[], fail = false) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        if (fail) controller.error(new Error("connection reset"));
        else controller.close();
      },
    });

  it("reads up to the limit and says when there was more", async () => {
    expect(await readBounded(stream([new Uint8Array(3), new Uint8Array(3)]), 6)).toMatchObject({ tooLarge: false });
    expect(await readBounded(stream([new Uint8Array(3), new Uint8Array(4)]), 6)).toMatchObject({ tooLarge: true });
    expect((await readBounded(null)).bytes.byteLength).toBe(0);
  });

  it("a body that breaks off is unreadable, not a throw", async () => {
    const read = await readBounded(stream([new TextEncoder().encode("[1")], true));
    expect(await judgeActionRequest(facts(), read)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("guardActionRequest (the proxy's call)", () => {
  const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) => new Request("http://localhost/lis", { method: "POST", body, headers });

  it("answers 400/413 in Norwegian plain text, and lets good requests through with their body intact", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const bad = await guardActionRequest(post("{not json", { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" }), "/lis");
    expect(bad?.status).toBe(400);
    expect(bad?.headers.get("content-type")).toContain("text/plain");
    expect(await bad?.text()).toMatch(/kunne ikke leses/);

    const big = await guardActionRequest(post(new Uint8Array(ACTION_BODY_LIMIT_BYTES + 10), { "next-action": ACTION_ID, "content-type": "text/plain" }), "/lis");
    expect(big?.status).toBe(413);
    expect(await big?.text()).toMatch(/for stor/);

    const good = post('[{"a":1}]', { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" });
    expect(await guardActionRequest(good, "/lis")).toBeNull();
    expect(await good.text()).toBe('[{"a":1}]');
    expect(await guardActionRequest(new Request("http://localhost/lis"), "/lis")).toBeNull();
    warn.mockRestore();
  });
});
