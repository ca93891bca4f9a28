/** Follows the Office theme: a dark Office theme gives Fluent's dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function temaOffice(): Theme {
  try {
    const background = Office.context?.officeTheme?.bodyBackgroundColor;
    const l = background ? luminance(background) : null;
    if (l !== null && l < 0.5) return webDarkTheme;
  } catch {
    // officeTheme is not available on every host.
  }
  return webLightTheme;
}
