// Text output: the figure tables, the disputes and the misses.
import { EXPECT, VARIANTS } from './variants.mjs';

const pctText = (s) => (s.total ? `${s.pct.toFixed(1)}% ${s.ok}/${s.total}` : '—');
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - [...text].length));
const LABEL = 46;
const CELL = 16;

function row(label, cells) {
  return pad(label, LABEL) + cells.map((cell) => pad(cell, CELL)).join('').trimEnd();
}

/** The figure table: one column per group, one row per figure, miss categories under each. */
export function figureTable(groupNames, figuresByGroup) {
  const lines = [row('', groupNames)];
  const all = groupNames.map((name) => figuresByGroup[name]);
  for (const variant of VARIANTS) {
    lines.push(row(EXPECT[variant].label, all.map((f) => pctText(f[variant]))));
    if (variant === 'c' || variant.startsWith('d')) {
      lines.push(row('  any other verdict', all.map((f) => {
        const v = f[variant];
        return v.total ? `${(100 - v.pct).toFixed(1)}% ${v.total - v.ok}/${v.total}` : '—';
      })));
    }
    const categories = [...new Set(all.flatMap((f) => Object.keys(f[variant].misses)))];
    for (const category of categories) {
      lines.push(row(`    ${category}`, all.map((f) => String(f[variant].misses[category] ?? 0))));
    }
  }
  lines.push(row('inspect: exact day (utc-instant ±1)', all.map((f) => pctText(f.inspectDay))));
  lines.push(row('inspect: headline (folded)', all.map((f) => pctText(f.inspectTitle))));
  lines.push(row('inspect: same headline (as cited)', all.map((f) => pctText(f.inspectSameHeadline))));
  return lines.join('\n');
}

const short = (text, max = 70) => {
  if (text === null || text === undefined) return '∅';
  const flat = String(text).replace(/\s+/g, ' ');
  return JSON.stringify([...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat);
};

/** One line per check miss (compact) or a block per miss (full); disputed labels are marked. */
export function checkMissLines(outcomes, full, disputes = {}) {
  const lines = [];
  for (const o of outcomes.filter((x) => !x.ok)) {
    const r = o.result;
    const mark = disputes[o.entry.id] ? ' [disputed label]' : '';
    const head = `${pad(o.variant, 4)} ${pad(o.entry.id, 52)} ${o.entry.split.padEnd(5)} ${r?.verdict ?? 'no result'}${mark}`;
    if (!full) {
      const what = o.category?.startsWith('title') || r?.verdict === 'title-mismatch'
        ? `title ${short(r?.title?.found, 50)} (${r?.title?.source ?? '-'})`
        : `date ${r?.date?.found ?? '∅'} (${r?.date?.source ?? '-'}) cited ${o.citation.day ?? '∅'}`;
      lines.push(`${head}  ${what}`);
      continue;
    }
    lines.push(head);
    lines.push(`     reason: ${r?.reason ?? '-'}`);
    lines.push(`     cited:  title ${short(o.citation.title, 120)}  date ${o.citation.day ?? '∅'}${o.citation.partner ? `  (headline of ${o.citation.partner})` : ''}`);
    lines.push(`     title:  ${short(r?.title?.found, 120)}  source ${r?.title?.source ?? '-'}  similarity ${r?.title?.similarity ?? '-'}`);
    lines.push(`     date:   ${r?.date?.found ?? '∅'}  source ${r?.date?.source ?? '-'}  kind ${r?.date?.kind ?? '-'}  label ${o.entry.date ?? '∅'} (${o.entry.datePrecision ?? '-'})`);
    if (r?.http?.error || (r?.http && r.http.status !== 200)) lines.push(`     http:   ${r.http.status ?? '-'} ${r.http.error ?? ''}`);
  }
  return lines;
}

/** One line per inspect miss; disputed labels are marked. */
export function inspectMissLines(inspected, disputes = {}) {
  const lines = [];
  for (const o of inspected) {
    const id = `${pad(o.entry.id, 52)} ${o.entry.split.padEnd(5)}${disputes[o.entry.id] ? ' [disputed label]' : ''}`;
    if (o.dayOk === false) {
      lines.push(`day   ${id} read ${o.found?.date?.value ?? '∅'} (${o.found?.date?.source ?? '-'}, ${o.found?.date?.kind ?? '-'})  label ${o.entry.day} (${o.entry.datePrecision})`);
    }
    if (o.titleOk === false) {
      lines.push(`title ${id} read ${short(o.found?.title?.value, 90)} (${o.found?.title?.source ?? '-'})  label ${short(o.entry.title, 90)}`);
    }
  }
  return lines;
}
