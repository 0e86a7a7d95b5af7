import { describe, expect, it } from "vitest";
import { AppError, UserError, forbidden, notFound } from "@/lib/server/errors";
import { defineRoute } from "./route-handler";

const request = () => new Request("http://localhost/koordinator/fiktiv-enhet/eksport");

describe("defineRoute", () => {
  it.each([
    [new AppError("UNAUTHENTICATED", "Du må logge inn for å laste ned listen."), 401],
    [forbidden(), 403],
    [notFound("Fant ikke stillingen."), 404],
    [new UserError("CONFLICT", "Noen andre har endret dette."), 409],
    [new UserError("VALIDATION", "Ugyldig filter."), 422],
  ])("answers %s with its status and Norwegian text, not a 500", async (error, status) => {
    const GET = defineRoute(async () => {
      throw error;
    });
    const response = await GET(request());
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(error.message);
  });

  it("passes the handler's own response through", async () => {
    const GET = defineRoute(async () => new Response("ok", { status: 200 }));
    expect((await GET(request())).status).toBe(200);
  });

  it("rethrows an unexpected error (and INTERNAL) for Next to log once and answer 500", async () => {
    const bug = new TypeError("boom");
    await expect(defineRoute(async () => Promise.reject(bug))(request())).rejects.toBe(bug);
    const internal = new AppError("INTERNAL", "intern");
    await expect(defineRoute(async () => Promise.reject(internal))(request())).rejects.toBe(internal);
  });
});
