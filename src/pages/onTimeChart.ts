import type { MonthTimeliness } from './caseloadReport.js';

/** A title in lines of about 45 characters, so each panel's heading fits above it. */
function wrap(title: string): string {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 45) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * The chart of % on time by the month deadlines fell due, one small panel per timescale, as an
 * SVG string drawn by Vega-Lite in Node: no browser, no script in the page. Each panel is
 * headed by its timescale's title, so no colour is needed to tell the lines apart. Vega is
 * loaded only here, when a page is asked for. Null when no deadline has been decided yet.
 */
export async function onTimeChartSvg(byMonth: readonly MonthTimeliness[], labelledBy: string): Promise<string | null> {
  const order = [...new Set(byMonth.map((m) => m.timescale))];
  const values = byMonth.filter((m) => m.onTimePercent !== null).map((m) => ({ title: wrap(m.title), order: order.indexOf(m.timescale),
    month: `${m.month}-01`, onTime: m.onTimePercent, decided: m.metOnTime + m.metLate + m.overdue }));
  if (values.length === 0) return null;
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const spec: import('vega-lite').TopLevelSpec = {
    data: { values },
    // In the order the tables list the timescales (by id), not by title.
    facet: { field: 'title', type: 'nominal', title: null, sort: { field: 'order', op: 'min' }, header: { labelExpr: "split(datum.value, '\\n')", labelLimit: 0, labelFontSize: 12, labelFontWeight: 'bold' } },
    columns: 2,
    // Months under every panel, not only the bottom row, so each reads on its own (the caption says they are months due).
    resolve: { axis: { x: 'independent' } },
    spec: {
      width: 300,
      height: 110,
      layer: [
        { mark: { type: 'line', color: '#1d4f91', aria: false } },
        { mark: { type: 'point', filled: true, color: '#1d4f91', size: 40, aria: false } },
      ],
      encoding: {
        // In UTC, so the month shown does not depend on the host's time zone.
        x: { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', title: null, scale: { type: 'utc' },
          axis: { format: '%b %Y', labelAngle: -40 } },
        y: { field: 'onTime', type: 'quantitative', title: '% on time', scale: { domain: [0, 100] } },
      },
    },
    config: { font: 'Arial, sans-serif', aria: false, view: { stroke: '#999' } },
  };
  // Vega's notes on the spec are for its author, not for whoever runs the report: kept off stderr.
  const logger = vega.logger(vega.None);
  const view = new vega.View(vega.parse(vegaLite.compile(spec, { logger }).spec), { renderer: 'none', logger });
  const svg = await view.toSVG();
  view.finalize();
  // The figure's caption and the table beside it give the chart's content in words: the SVG is one
  // image, and Vega's roles for its parts (headers still carry them with aria off) are dropped.
  return svg.replace(/ (?:role|aria-[a-z]+)="[^"]*"/g, '').replace(/^<svg /, `<svg role="img" aria-labelledby="${labelledBy}" `);
}
