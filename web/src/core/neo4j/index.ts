// Links into Neo4j Browser: the same neighbourhood, with Ringleader's style sheet.

/**
 * cypherString writes a value as a Cypher string literal. Browser's URL (?cmd=edit&arg=...) takes the text of a
 * query only, not parameters, so the id is inlined, quoted and escaped (backslash, quote, control characters):
 * an id can never end the literal and inject Cypher.
 */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** neighbourhoodQuery is the Cypher Browser opens for an entity: its paths of one hop. */
export function neighbourhoodQuery(id: string): string {
  return `MATCH p=(n:Entity {id: ${cypherString(id)}})-[*1]-() RETURN p`;
}

/** browserLink opens Browser's editor with a command (Browser reads ?cmd=edit&arg=TEXT). */
export function browserLink(browserURL: string, text: string): string {
  const sep = browserURL.includes('?') ? '&' : '?';
  return `${browserURL}${sep}cmd=edit&arg=${encodeURIComponent(text)}`;
}

/** styleCommand is what sets Ringleader's style in Browser. */
export function styleCommand(styleURL: string): string {
  return `:style ${styleURL}`;
}
