/** Chapter III of the LKjIP as a Word document (docx); pure, shared by the command line and the task pane. */
export { buildBab3, packBab3, type Bab3Options } from "./bab3";
export { bab3FileName, BAB3_TEXTS } from "./texts";
export { bab3Charts, type ChartImage } from "./charts";
export type { Bab3Images } from "./bab3";
