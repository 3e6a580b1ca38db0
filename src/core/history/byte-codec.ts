/** Appends `value` (a non-negative integer) as an unsigned LEB128 varint. */
export function writeVarint(bytes: number[], value: number): void {
  let rest = Math.max(0, Math.floor(value));
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

/** Reads bytes and varints from the front of a buffer; past the end it reads `undefined`. */
export class ByteReader {
  readonly #bytes: Uint8Array;
  #position = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  get done(): boolean {
    return this.#position >= this.#bytes.length;
  }

  byte(): number | undefined {
    return this.#position < this.#bytes.length ? this.#bytes[this.#position++] : undefined;
  }

  varint(): number | undefined {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      if (byte === undefined) return undefined;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 0x80;
    }
  }

  /** The next `length` bytes, without copying; undefined when fewer are left. */
  slice(length: number): Uint8Array | undefined {
    if (this.#position + length > this.#bytes.length) return undefined;
    const part = this.#bytes.subarray(this.#position, this.#position + length);
    this.#position += length;
    return part;
  }
}
