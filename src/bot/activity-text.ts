/**
 * The paste inside a Teams message activity: the bot's @mention removed, HTML that Teams adds to
 * rich messages stripped, entities decoded, control characters dropped.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Teams sends rich-text messages as HTML (`<p>`, `<div>`, `<br>`, `&nbsp;`) and mentions as
 * `<at>Name</at>`. Returns the text a person would read. Linear in the input length.
 */
export function plainTextOfMessage(text: string): string {
  return text
    .replace(/<at>[^<]{0,200}<\/at>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h\d)\b[^>]{0,100}>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9]{0,20}(?:\s[^<>]{0,2000})?\/?>/gi, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
