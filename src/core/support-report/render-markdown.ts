import type { RichText, SupportReport, SupportReportBlock } from './support-report.ts';

// Characters that would turn words into emphasis, code, HTML or a link.
function escapeMarkdown(text: string): string {
  // An underscore inside a word (America/New_York) never starts emphasis, so it stays as typed.
  return text
    .replace(/[\\`*<>]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_').replace(/\](?=\()/g, '\\]').replace(/!\[/g, '!\\[');
}

/** A code span that holds any text, backticks included. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function inline(text: RichText): string {
  return text.map((piece) => (typeof piece === 'string' ? escapeMarkdown(piece) : codeSpan(piece.code))).join('');
}

function block(part: SupportReportBlock): string {
  switch (part.kind) {
    case 'paragraph':
      return inline(part.text);
    case 'subheading':
      return `### ${escapeMarkdown(part.text)}`;
    case 'facts': {
      const rows = part.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${inline(row.value)}`).join('\n');
      return part.title ? `**${inline(part.title)}**\n\n${rows}` : rows;
    }
    case 'list': {
      const items = part.items.map((item) => `- ${inline(item)}`).join('\n');
      return part.title ? `**${escapeMarkdown(part.title)}**\n\n${items}` : items;
    }
  }
}

/** The support report as Markdown, for a support form or an email that shows it. */
export function renderSupportReportMarkdown(model: SupportReport): string {
  const parts = [`# ${escapeMarkdown(model.title)}`];
  for (const section of model.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`, ...section.blocks.map(block));
  }
  parts.push('---', `_${escapeMarkdown(model.footer)}_`);
  return `${parts.join('\n\n')}\n`;
}
