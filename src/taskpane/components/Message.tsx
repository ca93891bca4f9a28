import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";

export interface MessageProps {
  intent: MessageBarIntent;
  judul: string;
  isi: string | string[];
  actions?: React.ReactNode;
}

/** A MessageBar that says what is wrong and what to do. */
export function Message({ intent, judul, isi, actions }: MessageProps): React.JSX.Element {
  const lines = Array.isArray(isi) ? isi : [isi];
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      data-testid={`pesan-${intent}`}
      politeness={intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>
        <MessageBarTitle>{judul}</MessageBarTitle>
        {lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
