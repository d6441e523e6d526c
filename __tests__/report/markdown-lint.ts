// A structural check of GitHub-flavoured markdown as the renderers write it: balanced code fences and
// <details>, tables with as many cells in every row as in the header, only our own HTML tags, and no
// hidden comment but the marker. Returns the problems found (empty when the document is sound).

const ALLOWED_TAGS = new Set(['details', 'summary', 'b', 'sub']);

/** Cells of a table row, splitting on pipes that are not backslash-escaped. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\' && i + 1 < row.length) {
      cell += ch + row[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  // A row written as `| a | b |` has an empty piece before the first and after the last pipe.
  return cells.slice(1, -1);
}

export function lintMarkdown(markdown: string, marker?: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let table: { header: number; start: number } | undefined;
  let detailsDepth = 0;
  lines.forEach((line, index) => {
    const n = index + 1;
    if (fence) {
      if (line.startsWith(fence) && /^`+$/.test(line.trim()) && line.trim().length >= fence.length) fence = undefined;
      return;
    }
    const open = /^(`{3,})/.exec(line);
    if (open) {
      fence = open[1];
      table = undefined;
      return;
    }
    if (line.startsWith('|')) {
      if (!line.endsWith('|')) problems.push(`line ${n}: table row does not end with a pipe`);
      const cells = tableCells(line).length;
      if (!table) {
        table = { header: cells, start: n };
        const delimiter = lines[index + 1] ?? '';
        if (!/^\|(\s*:?-{3,}:?\s*\|)+$/.test(delimiter))
          problems.push(`line ${n}: table header without a delimiter row`);
      } else if (cells !== table.header) {
        problems.push(`line ${n}: ${cells} cells, the table at line ${table.start} has ${table.header}`);
      }
      return;
    }
    table = undefined;
    for (const tag of line.matchAll(/<(\/?)([a-zA-Z][\w-]*)/g)) {
      if (!ALLOWED_TAGS.has(tag[2].toLowerCase())) problems.push(`line ${n}: HTML tag <${tag[1]}${tag[2]}>`);
      if (tag[2] === 'details') detailsDepth += tag[1] ? -1 : 1;
    }
    if (/(^|[^\w\u200b])@[A-Za-z0-9]/.test(line)) problems.push(`line ${n}: an @-mention: ${line}`);
    if (/(^|[^\w&])#\d/.test(line)) problems.push(`line ${n}: an issue reference: ${line}`);
  });
  if (fence) problems.push('a code fence is never closed');
  if (detailsDepth !== 0) problems.push(`<details> opened and closed do not balance (${detailsDepth})`);
  const comments = markdown.split('<!--').length - 1;
  const expected = marker ? 1 : 0;
  if (comments !== expected) problems.push(`${comments} HTML comments in the raw text, expected ${expected}`);
  if (marker && !markdown.startsWith(marker + '\n')) problems.push('the marker is not the first line');
  return problems;
}
