"use server";
import { z } from "@/lib/validation/zod";
import { defineAction } from "@/lib/server/action";
import { logOutEverywhere as logOutEverywhereService } from "@/lib/server/auth/log-out-everywhere";

/** "Logg ut overalt": ends every session of the logged-in person. The client then clears its cookie. */
export const logOutEverywhere = defineAction({
  name: "logOutEverywhere",
  capability: "session:manage",
  input: z.strictObject({}),
  handler: ({ scope }) => logOutEverywhereService({ scope }),
});
