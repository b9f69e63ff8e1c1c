/** Types of the admin API's answers that the editor works with. */
import type { AdminOutputs } from "@phasewise/api";

export type TGetProgram = AdminOutputs["programs"]["get"];
