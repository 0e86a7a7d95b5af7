import { describe, expect, it } from "vitest";
import { z, formDataToObject, isNotAForm } from "./zod";
import { MAX_INT4, idSchema, intSchema, lockVersionSchema, optional, reasonSchema, textSchema } from "./fields";

describe("formDataToObject", () => {
  it("drops Next's $ACTION keys, keeps repeated keys as arrays, and treats __proto__ as a plain field", () => {
    const form = new FormData();
    form.append("$ACTION_ID_0123abcd", "");
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", '{"id":"x"}');
    form.append("reason", "a");
    form.append("tag", "1");
    form.append("tag", "2");
    form.append("__proto__", "x");
    form.append("constructor", "y");
    const out = formDataToObject(form);
    expect(Object.keys(out).sort()).toEqual(["__proto__", "constructor", "reason", "tag"]);
    expect(out.tag).toEqual(["1", "2"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(isNotAForm(out)).toBe(false);
  });

  it("marks anything that is not FormData as unreadable", () => {
    for (const value of [{ reason: "a" }, "reason=a", undefined, null, [new FormData()]]) expect(isNotAForm(formDataToObject(value))).toBe(true);
  });
});

describe("field types", () => {
  it("idSchema refuses what is no id", () => {
    expect(idSchema().safeParse("seed-person-jonas-eriksen").success).toBe(true);
    for (const bad of ["", "a b", "x".repeat(101), "id\u0000", 42, ["a"], null]) expect(idSchema().safeParse(bad).success, String(bad)).toBe(false);
  });

  it("intSchema reads numbers and numeric strings only, within int4 by default", () => {
    const schema = intSchema();
    expect(schema.parse("42")).toBe(42);
    expect(schema.parse(7)).toBe(7);
    expect(schema.safeParse(String(MAX_INT4)).success).toBe(true);
    for (const bad of ["", "  ", "999999999999", 999_999_999_999, "-1", "1.5", "NaN", "Infinity", Number.NaN, [], [5], {}, true, null]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(lockVersionSchema().safeParse("2147483648").success).toBe(false);
  });

  it("texts and reasons have a maximum; a required reason gives one message", () => {
    expect(textSchema({ max: 5 }).safeParse("x".repeat(6)).success).toBe(false);
    expect(textSchema({ max: 5 }).parse("  abc  ")).toBe("abc");
    const reason = reasonSchema("Skriv en begrunnelse.", { min: 1 });
    const empty = reason.safeParse("   ");
    expect(empty.success ? [] : empty.error.issues.map((i) => i.message)).toEqual(["Skriv en begrunnelse."]);
    expect(reasonSchema().safeParse("x".repeat(1001)).success).toBe(false);
    expect(reasonSchema().safeParse("kort").success).toBe(false);
  });

  it("optional: an empty field is absent", () => {
    const schema = z.strictObject({ id: optional(idSchema()) });
    expect(schema.parse({ id: "" })).toEqual({});
    expect(schema.safeParse({ id: "a b" }).success).toBe(false);
    expect(schema.safeParse({ id: "a", extra: 1 }).success).toBe(false);
  });
});

describe("inputProblems: only plain objects", () => {
  it("refuses a Date, Map or class instance at the root or inside, and accepts plain and null-prototype objects", async () => {
    const { inputProblems } = await import("./input-guard");
    for (const bad of [new Date("garbage"), new Map(), new Set(), { ranks: new Date() }, { rows: [new Map()] }, new (class X {})()]) {
      expect(inputProblems(bad), String(bad)).not.toBeNull();
    }
    expect(inputProblems({ a: 1, b: [{ c: "d" }] })).toBeNull();
    expect(inputProblems(Object.assign(Object.create(null), { a: "b" }))).toBeNull();
  });
});
