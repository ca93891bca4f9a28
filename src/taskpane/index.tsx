/** Task pane entry: waits for Office, then renders the pane with the Excel-backed actions. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { PANE_TEXT } from "./texts";
import { excelActions } from "./excel-actions";
import { App } from "./components/App";
import { temaOffice } from "./theme";

const container = document.getElementById("container") as HTMLElement;
const root = createRoot(container);

// The page's guard (taskpane.html) has already told an old webview's user what to install.
const webviewLama = (window as { __capaianWebviewLama?: boolean }).__capaianWebviewLama === true;

if (!webviewLama)
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      root.render(<p>{PANE_TEXT.bukanExcel}</p>);
      return;
    }
    const theme = temaOffice();
    document.body.style.backgroundColor = String(theme.colorNeutralBackground1);
    root.render(
      <FluentProvider theme={theme}>
        <App aksi={excelActions} />
      </FluentProvider>,
    );
  });
