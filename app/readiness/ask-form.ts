// The "ask colleagues to answer" form, apart from the page so it loads no zod
// until the form is used (decision 006). Its choices are the firm's colleagues,
// so the schema is built from their ids, the same on the server and the browser.
import { z } from "zod";
import { multiChoice } from "~/forms/fields";

export function askColleaguesForm(colleagueIds: readonly string[]) {
  return z.object({
    intent: z.literal("ask"),
    colleagues: multiChoice(colleagueIds as readonly [string, ...string[]], {
      required: "Choose at least one colleague to ask",
      unknown: "Choose colleagues from the list",
    }),
  });
}
