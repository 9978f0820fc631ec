import { registerJob } from "~/housekeeping.server";
import { expireStaleRequests } from "./requests.server";

registerJob({ name: "mentoring requests expired", run: (now) => expireStaleRequests(now) });
