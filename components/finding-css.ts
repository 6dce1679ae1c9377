/** How a finding looks, shared by the in-page panel and dialog and by the popup. */
export const FINDING_CSS = `
.sta-findings { list-style: none; margin: 0; padding: 0; }
.sta-finding { border-left: 4px solid #1d70b8; padding: 4px 8px; margin: 0 0 10px; }
.sta-finding[data-severity="warning"] { border-color: #b35b00; }
.sta-finding[data-severity="serious"] { border-color: #d4351c; }
.sta-finding p { margin: 2px 0; }
.sta-severity { font-weight: 700; }
.sta-quote q { font-style: italic; }
.sta-clause { color: #505a5f; font-size: 13px; }
.sta-clear { color: #00703c; }
`;
