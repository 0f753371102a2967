import { html, type SafeHtml } from '../html';

/** One point of a series: its x label and value (`undefined`: no data, the line breaks). */
export interface LinePoint {
  readonly label: string;
  readonly value: number | undefined;
}

/** A line chart with dots as inline SVG, drawn on the server; the y axis spans `min`–`max`. */
export function lineChart(
  title: string,
  points: readonly LinePoint[],
  options: { readonly id: string; readonly unit: string; readonly min?: number; readonly max?: number },
): SafeHtml {
  const width = 440;
  const height = 220;
  const left = 44;
  const top = 16;
  const bottom = 36;
  const plotW = width - left - 12;
  const plotH = height - top - bottom;
  const values = points.flatMap((point) => (point.value === undefined ? [] : [point.value]));
  const min = options.min ?? Math.min(0, ...values);
  const max = Math.max(options.max ?? Math.max(1, ...values), min + 1);
  const xOf = (index: number) =>
    Math.round(left + (points.length <= 1 ? plotW / 2 : (index / (points.length - 1)) * plotW));
  const yOf = (value: number) => Math.round(top + plotH - ((value - min) / (max - min)) * plotH);
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((point, index) => {
    if (point.value === undefined) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else current.push(`${xOf(index)},${yOf(point.value)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));
  const summary = points
    .map((point) => `${point.label}: ${point.value === undefined ? 'no data' : `${point.value}${options.unit}`}`)
    .join('; ');
  return html`<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${options.id}-t ${options.id}-d">
<title id="${options.id}-t">${title}</title><desc id="${options.id}-d">${summary}</desc>
<line x1="${left}" y1="${top + plotH}" x2="${width - 12}" y2="${top + plotH}" stroke="#7a828c"/>
<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#7a828c"/>
<text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}${options.unit}</text>
<text x="${left - 6}" y="${top + plotH}" text-anchor="end">${min}${options.unit}</text>
${segments.map((segment) => html`<polyline points="${segment}" fill="none" stroke="#0b57d0" stroke-width="2"/>`)}
${points.map((point, index) =>
  point.value === undefined
    ? ''
    : html`<circle cx="${xOf(index)}" cy="${yOf(point.value)}" r="3.5" fill="#0b57d0"/><text x="${xOf(index)}" y="${yOf(point.value) - 8}" text-anchor="middle">${point.value}${options.unit}</text>`,
)}
${points.map((point, index) => html`<text x="${xOf(index)}" y="${height - 14}" text-anchor="middle">${point.label}</text>`)}
</svg>`;
}
