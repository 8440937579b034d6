import { escapeHtml as e, htmlDocument } from './htmlDocument.js';
import type { RuleBook, RuleBookBlock, RuleBookSection } from './ruleBook.js';

function blockHtml(block: RuleBookBlock): string {
  switch (block.kind) {
    case 'heading': return `<h3>${e(block.text)}</h3>`;
    case 'paragraph': return `<p>${e(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': return `<table><caption>${e(block.caption)}</caption><thead><tr>${block.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${
      block.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('')}</tr>`).join('\n')}</tbody></table>`;
    case 'quote': return `<figure class="citation"><blockquote>${e(block.quote)}</blockquote><figcaption class="note">${e(block.cite)}</figcaption></figure>`;
    case 'reading': return `<p class="note"><strong>Reading taken:</strong> ${e(block.text)}</p>`;
  }
}

const signOff = (section: RuleBookSection): string => `<div class="sign-off" role="group" aria-label="Sign-off: ${e(section.title)}">
<p><strong>Sign-off: ${e(section.title)}</strong>. Checked against the source documents.</p>
<p>Name: ______________________________ Role: ______________________________</p>
<p>Signature: __________________________ Date: ______________________________</p></div>`;

/** The rule book as one self-contained HTML page, with a sign-off box after each section; it prints to A4. */
export function ruleBookPage(book: RuleBook): string {
  return htmlDocument(book.title, `<header><h1>${e(book.title)}</h1><p>${e(book.summary)}</p></header>
<nav aria-label="Contents"><ul>${book.sections.map((s) => `<li><a href="#${s.id}">${e(s.title)}</a></li>`).join('')}</ul></nav>
<main>
${book.sections.map((s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${e(s.title)}</h2>
${s.blocks.map(blockHtml).join('\n')}
${signOff(s)}
</section>`).join('\n')}
</main>
<footer><p class="note">Written by early-help-rules from the rule file. Quotes are the source documents’ own words.</p></footer>`);
}

/** Text safe inside a Markdown paragraph or table cell. */
const md = (text: string): string => text.replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\n/g, ' ');

function blockMarkdown(block: RuleBookBlock): string {
  switch (block.kind) {
    case 'heading': return `### ${md(block.text)}`;
    case 'paragraph': return md(block.text);
    case 'list': return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${md(item)}`).join('\n');
    case 'table': return [`**${md(block.caption)}**`, '', `| ${block.head.map(md).join(' | ')} |`, `|${block.head.map(() => ' --- |').join('')}`,
      ...block.rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');
    case 'quote': return `> ${md(block.quote)}\n>\n> — ${md(block.cite)}`;
    case 'reading': return `*Reading taken:* ${md(block.text)}`;
  }
}

/** The rule book as Markdown, for a council's intranet, with a sign-off box after each section. */
export function ruleBookMarkdown(book: RuleBook): string {
  return `# ${md(book.title)}\n\n${md(book.summary)}\n\n${book.sections.map((s) => [`## ${md(s.title)}`, ...s.blocks.map(blockMarkdown),
    `**Sign-off: ${md(s.title)}.** Checked against the source documents.\n\n| Name | Role | Signature | Date |\n| --- | --- | --- | --- |\n|  |  |  |  |`].join('\n\n')).join('\n\n')}\n`;
}
