import { registerJob } from "~/housekeeping.server";
import { runNightlyBackup } from "./nightly.server";

registerJob({ name: "nightly backup taken", run: (now) => runNightlyBackup(now) });
