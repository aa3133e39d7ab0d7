// Statements on the embedded engine over PostgreSQL's extended protocol, each parsed and planned once. PGlite's own
// `query` parses, describes, binds, describes again and executes every statement anew, six calls into the engine;
// here a statement is prepared by name the first time its text is seen (Parse and Describe, one call) and every run
// after that is one Bind/Execute/Sync call with the plan PostgreSQL kept. A primary-key read costs ~0.1 ms of CPU
// instead of ~0.55, an indexed INSERT ~0.3 instead of ~0.7 (bench/pglite-statements.ts).
//
// Values are serialised and rows parsed with the PGlite instance's own serializers and parsers (int8 as bigint, JSON,
// dates, bytea, arrays), so results are the same as through `query`. The caller runs one call at a time (the
// database thread's queue); BEGIN, COMMIT and ROLLBACK go through `simple`.
import { type PGlite, parse, protocol } from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

interface Prepared {
  name: string;
  /** Parameter type OIDs PostgreSQL inferred, which choose each value's serializer. */
  paramTypes: number[];
  /** The statement's RowDescription (absent for statements returning no rows): Execute does not repeat it. */
  rowDescription?: BackendMessage;
}

const { serialize } = protocol;
const SYNC = serialize.sync();
const EXECUTE = serialize.execute({});

/** Statement names are unique in the process, so several instances may share one engine. */
let nextName = 1;

/** Statements kept prepared; the least recently used beyond this are closed. */
export const PREPARED_STATEMENT_LIMIT = 256;

/** A schema change altered the columns a prepared statement returns: it must be prepared again. */
function planChanged(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return e?.code === '0A000' && typeof e.message === 'string' && e.message.includes('cached plan must not change');
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export class PgliteStatements {
  readonly #pg: PGlite;
  readonly #limit: number;
  /** By SQL text; a Map keeps insertion order, so re-inserting on use makes the first entry the least recent. */
  readonly #prepared = new Map<string, Prepared>();
  /** Statements evicted from the map, closed with the next message sent. */
  #toClose: string[] = [];

  constructor(pg: PGlite, limit = PREPARED_STATEMENT_LIMIT) {
    this.#pg = pg;
    this.#limit = limit;
  }

  /** How many statements are prepared (for tests). */
  get size(): number {
    return this.#prepared.size;
  }

  /** Runs one parameterised statement and returns its rows as objects, as PGlite's `query` would. */
  async query(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    try {
      return await this.#run(sql, params);
    } catch (err) {
      if (!planChanged(err)) throw err;
      this.#forget(sql);
      // Inside a transaction the failure aborted it: the caller sees the error and rolls back; the next run of the
      // statement prepares it again.
      if (this.#pg.isInTransaction()) throw err;
      return await this.#run(sql, params);
    }
  }

  /**
   * Runs statements without parameters through the simple protocol (BEGIN, COMMIT, migrations) and returns their
   * command tags ('COMMIT', or 'ROLLBACK' when COMMIT ended a failed transaction).
   */
  async simple(sql: string): Promise<string[]> {
    const messages = await this.#send([serialize.query(sql)]);
    return messages.flatMap((m) => (m.name === 'commandComplete' ? [(m as unknown as { text: string }).text] : []));
  }

  async #run(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    let statement = this.#prepared.get(sql);
    if (statement) {
      this.#prepared.delete(sql);
      this.#prepared.set(sql, statement);
    } else {
      statement = await this.#prepare(sql);
    }
    const values = params.map((value, i) => this.#serialize(value, statement.paramTypes[i]));
    const messages = await this.#send([serialize.bind({ statement: statement.name, values }), EXECUTE, SYNC]);
    if (statement.rowDescription) messages.unshift(statement.rowDescription);
    return parse.parseResults(messages, this.#pg.parsers)[0].rows as Record<string, unknown>[];
  }

  async #prepare(sql: string): Promise<Prepared> {
    const name = `hilt_${nextName++}`;
    const messages = await this.#send([
      serialize.parse({ name, text: sql }),
      serialize.describe({ type: 'S', name }),
      SYNC,
    ]);
    const statement: Prepared = {
      name,
      paramTypes: parse.parseDescribeStatementResults(messages),
      rowDescription: messages.find((m) => m.name === 'rowDescription'),
    };
    this.#prepared.set(sql, statement);
    if (this.#prepared.size > this.#limit) {
      const [oldest] = this.#prepared.keys();
      this.#toClose.push((this.#prepared.get(oldest) as Prepared).name);
      this.#prepared.delete(oldest);
    }
    return statement;
  }

  #forget(sql: string) {
    const statement = this.#prepared.get(sql);
    if (!statement) return;
    this.#prepared.delete(sql);
    this.#toClose.push(statement.name);
  }

  #serialize(value: unknown, type: number | undefined): string | null {
    if (value === null || value === undefined) return null;
    const serializer = type === undefined ? undefined : this.#pg.serializers[type];
    return serializer ? serializer(value) : String(value);
  }

  /** Sends messages in one call into the engine (closing evicted statements first); throws PostgreSQL's error. */
  async #send(parts: Uint8Array[]): Promise<BackendMessage[]> {
    if (this.#toClose.length) {
      const closes = this.#toClose.map((name) => serialize.close({ type: 'S', name }));
      this.#toClose = [];
      parts = [...closes, SYNC, ...parts];
    }
    return await this.#pg.execProtocolStream(concat(parts), { syncToFs: false });
  }
}
