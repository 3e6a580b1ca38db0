import type { RichText, SupportReport, SupportReportBlock } from './support-report.ts';

// Hangul, CJK and full-width forms take two columns in a monospaced font.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many columns `text` takes in a terminal or a monospaced text box. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function underlined(text: string, rule: string): string {
  return `${text}\n${rule.repeat(displayWidth(text))}`;
}

function plain(text: RichText): string {
  return text.map((piece) => (typeof piece === 'string' ? piece : piece.code)).join('');
}

function block(part: SupportReportBlock): string {
  switch (part.kind) {
    case 'paragraph':
      return plain(part.text);
    case 'subheading':
      return `[${part.text}]`;
    case 'facts': {
      const indent = part.title ? '  ' : '';
      const rows = part.rows.map((row) => `${indent}${row.label}: ${plain(row.value)}`).join('\n');
      return part.title ? `${plain(part.title)}\n${rows}` : rows;
    }
    case 'list': {
      const items = part.items.map((item) => `- ${plain(item)}`).join('\n');
      return part.title ? `${part.title}:\n${items}` : items;
    }
  }
}

/** The support report as plain text, for a form or chat that shows Markdown as typed. */
export function renderSupportReportText(model: SupportReport): string {
  const parts = [underlined(model.title, '=')];
  for (const section of model.sections) {
    parts.push(underlined(section.heading, '-'), ...section.blocks.map(block));
  }
  parts.push(model.footer);
  return `${parts.join('\n\n')}\n`;
}
