const MAX_NAME_LENGTH = 200;

/**
 * A person-readable name for a certificate's issuer or subject: its common
 * name, else its organisation, else its organisational unit. Node gives a
 * repeated attribute as an array; its parts are joined with ", ". The text
 * comes from whoever sits on the path, so control characters are removed and
 * the length is capped.
 *
 * @param name the `issuer` or `subject` of a peer certificate
 */
export function certificateName(name: unknown): string | undefined {
  if (typeof name !== 'object' || name === null) return undefined;
  const fields = name as Record<string, unknown>;
  for (const key of ['CN', 'O', 'OU']) {
    const text = attributeText(fields[key]);
    if (text !== undefined) return text;
  }
  return undefined;
}

function attributeText(value: unknown): string | undefined {
  const parts = (Array.isArray(value) ? value : [value]).filter((part): part is string => typeof part === 'string');
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const text = parts.join(', ').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1)}…` : text;
}
