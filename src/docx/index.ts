/** Chapter III of the LKjIP as a Word document (docx); pure, shared by the command line and the task pane. */
export { buildBab3, packBab3, type OpsiBab3 } from "./bab3";
export { namaBerkasBab3, BAB3_TEXTS } from "./texts";
export { grafikBab3, type Grafik } from "./charts";
export type { GambarBab3 } from "./bab3";
