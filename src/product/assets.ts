// The assets a product can be priced in: native SOL (token_mint null) and the supported SPL mints.
import { USDC_DECIMALS, USDC_MINT } from '../chain/port.ts';
import { UnsupportedTokenMintError } from './errors.ts';
import { isSolanaAddress } from '../lib/crypto.ts';

export interface Asset {
  /** null for native SOL */
  mint: string | null;
  symbol: string;
  decimals: number;
}

export const SOL: Asset = { mint: null, symbol: 'SOL', decimals: 9 };
export const USDC: Asset = { mint: USDC_MINT, symbol: 'USDC', decimals: USDC_DECIMALS };

export class AssetRegistry {
  private readonly byMint = new Map<string, Asset>();

  constructor(extra: readonly Asset[] = []) {
    for (const a of [USDC, ...extra]) if (a.mint) this.byMint.set(a.mint, a);
  }

  resolve(mint: string | null | undefined): Asset {
    if (mint === null || mint === undefined || mint === '') return SOL;
    const asset = this.byMint.get(mint);
    if (!asset) {
      const known = [...this.byMint.values()].map((a) => `${a.symbol} (${a.mint})`).join(', ');
      throw new UnsupportedTokenMintError(
        isSolanaAddress(mint)
          ? `Token mint ${mint} is not supported here; use null for SOL or one of: ${known}`
          : 'token_mint must be a Solana mint address or null for SOL',
      );
    }
    return asset;
  }

  /** Like resolve, for values already stored (never throws for a mint that was once accepted). */
  describe(mint: string | null): Asset {
    if (mint === null) return SOL;
    return this.byMint.get(mint) ?? { mint, symbol: 'SPL', decimals: 0 };
  }
}

/** `HILT_EXTRA_MINTS=mint:SYMBOL:decimals,...` */
export function parseExtraMints(spec: string | undefined): Asset[] {
  if (!spec) return [];
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [mint, symbol, decimals] = entry.split(':');
      const d = Number(decimals);
      if (!mint || !isSolanaAddress(mint) || !symbol || !Number.isInteger(d) || d < 0 || d > 18) {
        throw new Error(`HILT_EXTRA_MINTS entry "${entry}" must be mint:SYMBOL:decimals`);
      }
      return { mint, symbol, decimals: d };
    });
}
