// The reconciler: credits payments nobody confirmed and expires sessions nobody paid. One pass costs a few chain
// calls per receiving account, not per open session, so a launch's ten thousand open sessions are all looked at every
// pass:
//  1. every receiving account with open sessions (a merchant wallet, or its token account for a mint) is claimed by
//     one instance (SKIP LOCKED, so instances share the accounts out) and its transactions since the last scan are
//     read, newest first, in pages; each names its session by its HILT memo or, failing that, by a reference key
//     among its accounts, and is settled against it as a confirm would. A transaction younger than the grace
//     (`reconcileGraceMs`) is left to the buyer's own confirm, and the account's cursor stops before it, so the next
//     pass reads it again;
//  2. the sessions that need a look of their own are leased (SKIP LOCKED): a broadcast transaction is checked, and
//     a session past its deadline is looked up once more by its reference (a payment that never touched the
//     receiving account: wrong recipient) before it expires.
import { findAssociatedTokenPda } from '@solana-program/token';
import type { Address } from '@solana/kit';
import type { ChainClient, SignatureInfo } from '../chain/port.ts';
import { TOKEN_PROGRAM } from '../chain/port.ts';
import { transactionKeys } from '../chain/solana-pay.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { ConflictError } from '../errors.ts';
import * as repo from './repository.ts';
import type { PaymentRow } from './repository.ts';

const PAGE = 1000;
/** Pages read per account per pass: the transactions beyond are left to the deadline check by reference. */
const MAX_PAGES = 20;
/** Leased sessions per statement; a pass leases until none is due or its time is up. */
const LEASE_BATCH = 500;
/** Without a cursor, an account is read back to its oldest open session, less this margin (clock skew). */
const FIRST_SCAN_MARGIN_MS = 5 * 60_000;
/** How long an instance's claim on an account lasts at least (released as soon as it is scanned): a slow pass
 * keeps its accounts, and an instance that died gives them back after this. */
const CLAIM_MIN_MS = 60_000;
const MEMO_NONCE = /HILT:([0-9a-f]{32})/g;

export interface ReconcilerDeps {
  db: Db;
  config: Pick<Config, 'reconcileIntervalMs' | 'expiryToleranceSeconds' | 'solanaCommitment'> &
    Partial<Pick<Config, 'reconcileGraceMs'>>;
  chainFor: (p: Pick<PaymentRow, 'livemode'>) => ChainClient;
  /** Looks a signature up on chain and settles the session with it if it is about it (the confirm path). */
  tryConfirmWith: (
    p: PaymentRow,
    signature: string,
  ) => Promise<
    { found: false } | { found: true; forSession: false } | { found: true; forSession: true; payment: PaymentRow }
  >;
  expire: (p: PaymentRow) => Promise<PaymentRow>;
  isPastDeadline: (p: PaymentRow) => boolean;
  now?: () => number;
}

export interface PassResult {
  /** Open sessions looked at: those of the accounts this pass scanned, plus those it leased alone. */
  checked: number;
  confirmed: number;
  failed: number;
  accounts: number;
}

async function receivingAccount(a: { merchant_wallet: string; token_mint: string | null }): Promise<string> {
  if (!a.token_mint) return a.merchant_wallet;
  const [ata] = await findAssociatedTokenPda({
    owner: a.merchant_wallet as Address,
    mint: a.token_mint as Address,
    tokenProgram: TOKEN_PROGRAM,
  });
  return ata;
}

const tupleOf = (p: Pick<PaymentRow, 'livemode' | 'merchant_wallet' | 'token_mint'>) =>
  `${p.livemode}:${p.merchant_wallet}:${p.token_mint ?? ''}`;

export function createReconciler(deps: ReconcilerDeps) {
  const { db, config, chainFor } = deps;
  const clock = deps.now ?? Date.now;
  const graceMs = config.reconcileGraceMs ?? config.reconcileIntervalMs;
  /** Landed within the grace: the buyer's confirm is likely under way. Without a block time it counts as old. */
  const isYoung = (s: SignatureInfo, now: number) =>
    graceMs > 0 && s.blockTime !== null && now - Number(s.blockTime) * 1000 < graceMs;

  /** Settles `p` with the first of `signatures` (oldest first) that pays it; the session as it ends up, if closed. */
  async function settleWith(p: PaymentRow, signatures: string[]): Promise<PaymentRow | undefined> {
    for (const sig of signatures) {
      const r = await deps.tryConfirmWith(p, sig).catch((err) => {
        // Already bound to another session: not this one's payment.
        if (err instanceof ConflictError) return { found: true as const, forSession: false as const };
        throw err;
      });
      if (r.found && r.forSession) return r.payment;
    }
    return undefined;
  }

  /** The account's transactions since `until` (or since `since` without one), oldest first, and the newest seen. */
  async function newSignatures(chain: ChainClient, account: string, until: string | null, since: number) {
    const out: SignatureInfo[] = [];
    let before: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const batch = await chain.getSignaturesForAddress(account, {
        limit: PAGE,
        before,
        until: until ?? undefined,
        commitment: config.solanaCommitment,
      });
      out.push(...batch);
      const last = batch.at(-1);
      if (batch.length < PAGE || !last) break;
      if (!until && last.blockTime !== null && Number(last.blockTime) * 1000 < since) break;
      before = last.signature;
    }
    return { oldestFirst: out.reverse(), newest: out.at(-1)?.signature ?? null };
  }

  /** Step 1 for one claimed account: its new transactions matched to open sessions and settled. */
  async function scanAccount(a: repo.OpenAccountRow, account: string, cursor: string | null) {
    const chain = chainFor(a);
    const read = await newSignatures(chain, account, cursor, a.oldest.getTime() - FIRST_SCAN_MARGIN_MS);
    // Oldest first, so the young ones are a tail: they are left for the next pass, and the cursor stops before them.
    const now = clock();
    const cut = read.oldestFirst.findIndex((s) => isYoung(s, now));
    const oldestFirst = cut === -1 ? read.oldestFirst : read.oldestFirst.slice(0, cut);
    const newest = cut === -1 ? read.newest : (oldestFirst.at(-1)?.signature ?? null);
    const landed = oldestFirst.filter((s) => !s.err);
    // Memo first: it names the session without reading the transaction.
    const byNonce = new Map<string, string[]>();
    const untagged: string[] = [];
    for (const s of landed) {
      const nonces = [...(s.memo ?? '').matchAll(MEMO_NONCE)].map((m) => m[1]);
      if (nonces.length === 0) untagged.push(s.signature);
      for (const n of nonces) byNonce.set(n, [...(byNonce.get(n) ?? []), s.signature]);
    }
    // A transaction without a memo may still carry a session's reference key: read it for its accounts.
    const byReference = new Map<string, string[]>();
    for (const sig of untagged) {
      const tx = await chain.getTransaction(sig, { commitment: config.solanaCommitment });
      for (const key of tx ? transactionKeys(tx) : []) byReference.set(key, [...(byReference.get(key) ?? []), sig]);
    }
    const sessions = await repo.findOpenSessionsByKeys(db, {
      nonces: [...byNonce.keys()],
      references: [...byReference.keys()],
    });
    let confirmed = 0;
    let failed = 0;
    const order = new Map<string, number>(landed.map((s, i) => [s.signature, i]));
    for (const p of sessions) {
      if (p.livemode !== a.livemode) continue;
      const candidates = [...new Set([...(byNonce.get(p.nonce) ?? []), ...(byReference.get(p.reference) ?? [])])].sort(
        (x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0),
      );
      const settled = await settleWith(p, candidates);
      if (settled?.status === 'CONFIRMED') confirmed++;
      else if (settled?.status === 'FAILED') failed++;
    }
    return { newest, confirmed, failed };
  }

  /** Step 2: a session leased alone (broadcast transaction, or deadline passed). */
  async function checkAlone(p: PaymentRow): Promise<PaymentRow | undefined> {
    const candidates = p.broadcast_signature ? [p.broadcast_signature] : [];
    if (deps.isPastDeadline(p)) {
      const found = await chainFor(p).getSignaturesForAddress(p.reference, { limit: 20 });
      // Oldest first: the first payment to land wins the session.
      for (const s of [...found].reverse())
        if (!s.err && !candidates.includes(s.signature)) candidates.push(s.signature);
    }
    const settled = await settleWith(p, candidates);
    if (settled) return settled;
    return deps.isPastDeadline(p) ? deps.expire(p) : undefined;
  }

  /**
   * One pass. `leaseLimit` caps the sessions leased alone (the accounts' open sessions are all covered whatever it
   * is); the pass stops leasing when its interval is nearly used. `startedAt` is the pass's start on the database's
   * clock (now when not given): passes of several instances that share a start share the accounts out exactly.
   */
  async function pass(leaseLimit = 10_000, startedAt?: Date): Promise<PassResult> {
    const started = clock();
    const budgetMs = config.reconcileIntervalMs * 0.8;
    const result: PassResult = { checked: 0, confirmed: 0, failed: 0, accounts: 0 };

    const passStartedAt = startedAt ?? (await repo.databaseNow(db));
    const open = await repo.listOpenSessionAccounts(db);
    const keyed = await Promise.all(
      open.map(async (a) => {
        const account = await receivingAccount(a);
        return { a, account, key: `${a.livemode ? 'live' : 'sandbox'}:${account}` };
      }),
    );
    const claimed = await repo.claimReconcileAccounts(
      db,
      [...new Set(keyed.map((k) => k.key))],
      Math.max(config.reconcileIntervalMs * 2, CLAIM_MIN_MS),
      // Released as soon as scanned: an account another instance scanned since this pass began is not read again.
      passStartedAt,
    );
    for (const { account_key, last_signature } of claimed) {
      // One account can receive for several rows (same wallet, SOL and a mint's token account are apart by key).
      const rows = keyed.filter((k) => k.key === account_key);
      let newest: string | null = null;
      let complete = true;
      for (const { a, account } of rows) {
        try {
          const r = await scanAccount(a, account, last_signature);
          newest ??= r.newest;
          result.confirmed += r.confirmed;
          result.failed += r.failed;
          result.checked += a.open;
        } catch {
          // Chain unreachable: the cursor stays, so the next pass reads these transactions again.
          complete = false;
        }
      }
      result.accounts++;
      await repo.releaseReconcileAccount(db, account_key, { complete, lastSignature: newest });
    }

    const scanned = new Set(keyed.filter((k) => claimed.some((c) => c.account_key === k.key)).map((k) => tupleOf(k.a)));
    let leased = 0;
    while (leased < leaseLimit && clock() - started < budgetMs) {
      const due = await repo.leaseSessionsDueAlone(
        db,
        Math.min(LEASE_BATCH, leaseLimit - leased),
        config.reconcileIntervalMs,
        config.expiryToleranceSeconds,
      );
      if (due.length === 0) break;
      leased += due.length;
      // Sessions of an account another instance scanned this pass are looked at here too.
      result.checked += due.filter((p) => !scanned.has(tupleOf(p))).length;
      for (const p of due) {
        try {
          const settled = await checkAlone(p);
          if (settled?.status === 'CONFIRMED') result.confirmed++;
          else if (settled?.status === 'FAILED') result.failed++;
        } catch {
          // Chain unreachable: the lease lapses and a later pass tries again.
        }
      }
    }
    return result;
  }

  return { pass };
}
