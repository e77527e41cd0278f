/**
 * The widget's whole stylesheet, scoped by its shadow root. `:host` resets everything the page could push onto
 * the host element or let inherit into the shadow tree; `!important` inside a shadow tree outranks the page's
 * own `!important` for the host, so even `body * { display: none !important }` leaves the widget alone (its
 * ancestors are the page's business).
 * Two custom properties are the theming API: --cm-accent and --cm-font.
 */
const STYLESHEET = `
:host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;position:static!important;transform:none!important;filter:none!important;contain:content}
:host([hidden]){display:none!important}
*,*::before,*::after{box-sizing:border-box}
.root{font:16px/1.5 var(--cm-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);color:#1f2328;background:transparent;max-width:46rem;text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none}
h2{font-size:1.25rem;line-height:1.3;font-weight:650;margin:0 0 1rem}
h2 .count{color:#59636e;font-weight:400}
form{display:grid;gap:.375rem;margin:0 0 1.75rem}
label{display:block;font-weight:600;font-size:.9375rem;margin-top:.5rem}
input,textarea,select{font:inherit;color:inherit;background:#fff;border:1px solid #8c959f;border-radius:6px;padding:.5rem .625rem;margin:0}
input,textarea{display:block;width:100%}
textarea{min-height:7rem;resize:vertical}
input:focus-visible,textarea:focus-visible,select:focus-visible,button:focus-visible,li:focus-visible{outline:3px solid var(--cm-accent,#0969da);outline-offset:2px}
[aria-invalid=true]{border-color:#cf222e;border-width:2px}
.row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem;margin-top:.25rem}
.counter{font-size:.875rem;color:#59636e;font-variant-numeric:tabular-nums}
.counter.over{color:#cf222e;font-weight:600}
.hint{font-size:.875rem;color:#59636e;margin:0}
button{font:inherit;font-weight:600;min-height:44px;padding:.5rem 1.125rem;border-radius:6px;border:1px solid transparent;background:var(--cm-accent,#0969da);color:#fff;cursor:pointer;margin:0}
button:disabled{opacity:.6;cursor:not-allowed}
button.secondary{background:#f6f8fa;color:#1f2328;border-color:#d1d9e0}
button.link{background:none;border:0;color:var(--cm-accent,#0969da);padding:0 .25rem;min-height:0;text-decoration:underline;font-weight:500}
.hp{position:absolute!important;left:-10000px!important;width:1px;height:1px;overflow:hidden}
.status{margin:0;font-size:.9375rem}
.alert{margin:0;color:#a40e26;font-size:.9375rem;font-weight:500}
.toolbar{display:flex;align-items:center;justify-content:space-between;gap:.75rem;flex-wrap:wrap;margin:0 0 .5rem}
.toolbar label{display:inline;margin:0 .5rem 0 0;font-weight:500}
ol{list-style:none;margin:0;padding:0}
li{border-top:1px solid #d1d9e0;padding:.875rem 0}
li:last-child{border-bottom:1px solid #d1d9e0}
.meta{display:flex;flex-wrap:wrap;gap:.25rem .625rem;align-items:baseline;font-size:.9375rem}
.author{font-weight:650;overflow-wrap:anywhere}
time{color:#59636e;font-size:.875rem}
.body{margin:.25rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.own{background:#f6f8fa;padding-left:.75rem;padding-right:.75rem;border-radius:6px}
.badge{display:inline-block;font-size:.8125rem;font-weight:600;padding:0 .5rem;border-radius:999px;background:#fff8c5;color:#6c4400;border:1px solid #d4a72c}
.badge.rejected{background:#ffebe9;color:#82071e;border-color:#ff8182}
.note{margin:.375rem 0 0;font-size:.875rem;color:#59636e}
.empty,.loading{color:#59636e;margin:.75rem 0}
.own-list{margin:.75rem 0 1.5rem}
.actions{margin:.25rem 0 0}
.report-form{margin:.5rem 0;padding:.5rem;border:1px solid #d1d9e0;border-radius:6px}.report-form fieldset{border:0;padding:0;margin:0 0 .5rem}.report-form .reason{display:block}.reported{font-size:.875rem;color:#59636e}.closed{font-weight:600}.featured h3{margin:.5rem 0}
.actions button.link{font-size:.875rem;padding:.25rem;min-height:32px}
.reply-to{color:#59636e;font-size:.875rem}
.reply-form{margin:.75rem 0 .25rem;padding:.75rem;background:#f6f8fa;border-radius:6px}
.buttons{display:flex;gap:.5rem}
.replies{margin:.5rem 0 0 1rem;padding-left:.875rem;border-left:2px solid #d1d9e0}
.replies li:last-child{border-bottom:0;padding-bottom:0}
.replies .replies{margin-left:.5rem}
.more{margin-top:1rem}
.not-published p{margin:.25rem 0 0}.not-published .details{margin:.25rem 0 0;padding-left:1.25rem}
.appeal-form{margin:.5rem 0 .25rem}.appeal-form[hidden]{display:none}.appeal-state{font-weight:600}
@media (max-width:520px){.row button,.more{width:100%}.buttons{width:100%}.buttons button{flex:1}h2{font-size:1.125rem}.replies{margin-left:.25rem;padding-left:.5rem}}
@media (prefers-reduced-motion:no-preference){button{transition:opacity .15s}}
`;

/** Adopts the sheet (not subject to the page's CSP `style-src`), or falls back to a `<style>` element. */
export function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLESHEET);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLESHEET;
    root.append(style);
  }
}
