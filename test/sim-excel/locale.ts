/**
 * Regional settings of the simulated machine. On Windows desktop with Indonesian settings the
 * list separator is ";" and the decimal separator ","; a multi-area address for
 * Worksheet.getRanges must then use ";" (OfficeDev/office-js #1167, #1985), while Excel on
 * the web takes "," whatever the locale. Number formats render with the locale's separators.
 */

export type SimLocale = "id-ID" | "en-US";

export interface LocaleSeparators {
  list: string;
  decimal: string;
  thousands: string;
}

export const SEPARATORS: Record<SimLocale, LocaleSeparators> = {
  "id-ID": { list: ";", decimal: ",", thousands: "." },
  "en-US": { list: ",", decimal: ".", thousands: "," },
};

/** Desktop hosts read multi-area addresses with the locale's list separator. */
export function areaSeparator(locale: SimLocale, platform: string): string {
  return platform === "OfficeOnline" ? "," : SEPARATORS[locale].list;
}
