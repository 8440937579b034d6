/**
 * Text made safe to place in HTML, in an element or a quoted attribute.
 * @example escapeHtml('Tom & Jerry <"twins">') // 'Tom &amp; Jerry &lt;&quot;twins&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// One style sheet for both pages: system fonts only (nothing is fetched), contrast above 4.5:1,
// and an A4 print layout in which the navigation is dropped and tables are not split mid-row.
const STYLE = `
:root { color: #1b1b1b; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
header { border-bottom: 3px solid #1d4f91; margin-bottom: 1rem; }
h1 { font-size: 1.8rem; margin: .5rem 0; } h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; } h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
a { color: #1d4f91; } a:focus, summary:focus { outline: 3px solid #fd0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef7; } .nowrap { white-space: nowrap; } td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; }
.figures div { border: 1px solid #999; border-left: 6px solid #1d4f91; padding: .5rem 1rem; min-width: 10rem; }
.figures dt { font-size: .9rem; } .figures dd { margin: 0; font-size: 1.8rem; font-weight: 700; }
.severity { font-weight: 600; padding: 0 .3rem; border: 1px solid currentColor; border-radius: 3px; white-space: nowrap; }
.severity-immediate { color: #8b0000; } .severity-high { color: #a4260b; } .severity-medium { color: #6b4b00; } .severity-low { color: #35495e; }
blockquote { margin: .25rem 0 .5rem; padding: .25rem .75rem; border-left: 4px solid #999; background: #f4f4f4; }
details summary { cursor: pointer; color: #1d4f91; }
figure { margin: 0; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: .9rem; }
.note { font-size: .92rem; color: #333; }
.sign-off { border: 2px solid #1b1b1b; padding: .5rem 1rem; margin: 1rem 0 2rem; break-inside: avoid; }
.sign-off p { margin: .6rem 0; }
.print-only { display: none; }
@page { size: A4; margin: 15mm; }
@media print {
  :root { font-size: 10pt; } body { max-width: none; padding: 0; } nav { display: none; }
  h2 { break-after: avoid; } tr, blockquote, figure { break-inside: avoid; } thead { display: table-header-group; }
  details summary { display: none; } .print-only { display: inline; } a { color: inherit; text-decoration: none; }
}
`;

/**
 * A whole HTML page that needs nothing from the network: styles inline, and a content security
 * policy that forbids any fetch, so it opens the same from an e-mail attachment on a locked-down laptop.
 */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
