import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Service names stored once, as small integers: a sample row then carries a
 * one-byte id instead of the name.
 */
export class ServiceIds {
  readonly #byName = new Map<string, number>();
  readonly #byId = new Map<number, string>();
  readonly #selectAll: StatementSync;
  readonly #insert: StatementSync;

  constructor(db: DatabaseSync) {
    this.#selectAll = db.prepare('SELECT id, name FROM services');
    this.#insert = db.prepare('INSERT INTO services (name) VALUES (?)');
    this.#reload();
  }

  #reload(): void {
    for (const row of this.#selectAll.all()) {
      const id = Number(row['id']);
      const name = String(row['name']);
      this.#byName.set(name, id);
      this.#byId.set(id, name);
    }
  }

  /** Drops the cache (after a rolled-back transaction that may have added names). */
  reset(): void {
    this.#byName.clear();
    this.#byId.clear();
    this.#reload();
  }

  /** The id of a service, adding it when new (call inside the write transaction). */
  idFor(name: string): number {
    const known = this.#byName.get(name);
    if (known !== undefined) return known;
    const id = Number(this.#insert.run(name).lastInsertRowid);
    this.#byName.set(name, id);
    this.#byId.set(id, name);
    return id;
  }

  /** The id of a service already stored, without adding it. */
  existingId(name: string): number | undefined {
    if (!this.#byName.has(name)) this.#reload();
    return this.#byName.get(name);
  }

  /** The name behind an id (another process may have added it). */
  nameOf(id: number): string {
    if (!this.#byId.has(id)) this.#reload();
    return this.#byId.get(id) ?? `#${id}`;
  }
}
