// Where sandbox money comes from: the in-process chain, or a shared `hilt chain` reached over JSON-RPC (its
// requestAirdrop plus two sandbox-only methods), so every instance of a multi-instance setup has a faucet.
import type { LocalChain } from '../chain/local/index.ts';
import { generateExportableKeyPair } from '../chain/local/keys.ts';
import { SandboxChainUnavailableError, SandboxFaucetUnavailableError } from './errors.ts';

export interface SandboxFaucet {
  fundSol(address: string, lamports: bigint): Promise<string>;
  fundUsdc(owner: string, amountMinor: bigint): Promise<string>;
  createFundedWallet(o: { lamports: bigint; usdcMinor: bigint }): Promise<{ address: string; secretKey: string }>;
  /** A funded account that is not a merchant's (the wrong_recipient scenario pays it). */
  faucetAddress(): Promise<string>;
}

export function localFaucet(chain: LocalChain): SandboxFaucet {
  return {
    fundSol: (address, lamports) => chain.fundSol(address, lamports),
    fundUsdc: (owner, amountMinor) => chain.fundUsdc(owner, amountMinor),
    createFundedWallet: (o) => chain.createFundedWallet(o),
    faucetAddress: async () => chain.faucetAddress,
  };
}

export function rpcFaucet(url: string, timeoutMs = 10_000): SandboxFaucet {
  let id = 0;
  async function call<T>(method: string, params: unknown[]): Promise<T> {
    let body: { result?: T; error?: { message?: string } };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = (await res.json()) as typeof body;
    } catch (err) {
      throw new SandboxChainUnavailableError(
        `The sandbox chain at HILT_SANDBOX_RPC_URL is unreachable (${(err as Error).message})`,
      );
    }
    if (body.error || body.result === undefined) {
      throw new SandboxFaucetUnavailableError(
        `The sandbox chain refused ${method}: ${body.error?.message ?? 'no result'} (is it a \`hilt chain\`?)`,
      );
    }
    return body.result;
  }
  const fundSol = (address: string, lamports: bigint) => call<string>('requestAirdrop', [address, Number(lamports)]);
  const fundUsdc = (owner: string, amountMinor: bigint) => call<string>('hiltMintUsdc', [owner, Number(amountMinor)]);
  let faucet: Promise<string> | undefined;
  return {
    fundSol,
    fundUsdc,
    async createFundedWallet({ lamports, usdcMinor }) {
      const { address, secretKey } = generateExportableKeyPair();
      if (lamports > 0n) await fundSol(address, lamports);
      if (usdcMinor > 0n) await fundUsdc(address, usdcMinor);
      return { address, secretKey };
    },
    faucetAddress() {
      faucet ??= call<{ faucet: string }>('hiltGetFaucet', []).then((r) => r.faucet);
      faucet.catch(() => {
        faucet = undefined;
      });
      return faucet;
    },
  };
}
