import { FINDING_CSS } from './finding-css';

/** Styles for the in-page parts, injected into their shadow roots so the site's CSS cannot reach them. */
export const IN_PAGE_CSS = `${FINDING_CSS}
:host { all: initial; }
* { box-sizing: border-box; }
.sta-badge-wrap, .sta-backdrop { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0b0c0c; }
.sta-badge { all: unset; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; min-width: 24px; height: 24px; padding: 0 6px;
  border-radius: 12px; font: 600 12px/1 system-ui, sans-serif; color: #fff; background: #00703c; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.sta-badge[data-level="info"] { background: #1d70b8; }
.sta-badge[data-level="warning"] { background: #b35b00; }
.sta-badge[data-level="serious"] { background: #d4351c; }
.sta-badge:focus-visible, .sta-button:focus-visible, .sta-close:focus-visible { outline: 3px solid #ffdd00; outline-offset: 2px; }
.sta-panel { position: absolute; right: 0; bottom: 30px; width: min(380px, 90vw); max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #b1b4b6;
  border-radius: 8px; padding: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.sta-panel.sta-below { bottom: auto; top: 30px; }
.sta-panel-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; }
.sta-close { all: unset; cursor: pointer; font-size: 20px; padding: 0 6px; }
.sta-advice { font-weight: 600; }
.sta-button { display: inline-block; cursor: pointer; padding: 8px 12px; margin: 4px 8px 0 0; border-radius: 4px; border: 2px solid #0b0c0c; background: #fff;
  color: #0b0c0c; font: 600 14px/1.2 system-ui, sans-serif; text-decoration: none; }
.sta-primary { background: #00703c; border-color: #00703c; color: #fff; }
.sta-quiet { border-color: #505a5f; color: #505a5f; }
.sta-backdrop { position: fixed; inset: 0; background: rgba(11,12,12,.55); display: flex; align-items: center; justify-content: center; z-index: 2147483600; }
.sta-dialog { background: #fff; max-width: min(560px, 92vw); max-height: 85vh; overflow: auto; border-radius: 10px; padding: 20px; box-shadow: 0 8px 30px rgba(0,0,0,.35); }
.sta-dialog h2 { margin: 0 0 8px; font-size: 22px; }
.sta-actions { margin-top: 12px; }
`;
