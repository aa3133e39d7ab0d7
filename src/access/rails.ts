// The rail catalog. Two rails settle here, on Solana: USDC (hosted checkout and x402) and native SOL (hosted
// checkout only, as in Hilt). The others exist in Hilt's catalog but need its hosted verifiers (EVM, Tron) or are
// research-only; they are listed as not available so a client can tell "unknown" from "not offered here".
import { USDC_MINT } from '../chain/port.ts';

export interface Rail {
  id: string;
  rail_id: string;
  display_name: string;
  status: string;
  network: string;
  settlement_asset: string;
  token_mint: string | null;
  asset_decimals: number;
  live_capable: boolean;
  default_enabled: boolean;
  supports_sandbox: boolean;
  supports_live: boolean;
  supports_hosted_session: boolean;
  supports_direct_http_402: boolean;
  docs_url: string | null;
  capability_kind: string;
  payment_protocol: string | null;
  settlement_rail_id: string | null;
  supports_mpp_session: boolean;
  payment_channel_program: string | null;
  production_enabled: boolean;
  sandbox_enabled: boolean;
  confirmation_source: string;
  disabled_reason: string | null;
}

const solana = {
  network: 'solana',
  live_capable: true,
  supports_sandbox: true,
  supports_live: true,
  supports_hosted_session: true,
  docs_url: null,
  capability_kind: 'onchain_transfer',
  supports_mpp_session: false,
  payment_channel_program: null,
  production_enabled: true,
  sandbox_enabled: true,
  confirmation_source: 'solana_rpc',
  disabled_reason: null,
};

const unavailable = (
  id: string,
  name: string,
  network: string,
  asset: string,
  status: string,
  reason: string,
): Rail => ({
  id,
  rail_id: id,
  display_name: name,
  status,
  network,
  settlement_asset: asset,
  token_mint: null,
  asset_decimals: 6,
  live_capable: false,
  default_enabled: false,
  supports_sandbox: false,
  supports_live: false,
  supports_hosted_session: false,
  supports_direct_http_402: false,
  docs_url: null,
  capability_kind: 'onchain_transfer',
  payment_protocol: null,
  settlement_rail_id: null,
  supports_mpp_session: false,
  payment_channel_program: null,
  production_enabled: false,
  sandbox_enabled: false,
  confirmation_source: 'none',
  disabled_reason: reason,
});

const EVM_REASON = 'EVM rails need Hilt’s hosted EVM verifiers; this self-hosted server settles on Solana only';

export const RAILS: readonly Rail[] = [
  {
    ...solana,
    id: 'solana_usdc',
    rail_id: 'solana_usdc',
    display_name: 'USDC on Solana',
    status: 'production_available',
    settlement_asset: 'USDC',
    token_mint: USDC_MINT,
    asset_decimals: 6,
    default_enabled: true,
    supports_direct_http_402: true,
    payment_protocol: 'x402',
    settlement_rail_id: 'solana_usdc',
  },
  {
    ...solana,
    id: 'solana_sol',
    rail_id: 'solana_sol',
    display_name: 'SOL on Solana',
    status: 'production_available',
    settlement_asset: 'SOL',
    token_mint: null,
    asset_decimals: 9,
    default_enabled: false,
    supports_direct_http_402: false,
    payment_protocol: 'hosted_checkout',
    settlement_rail_id: 'solana_sol',
  },
  unavailable('base_usdc', 'USDC on Base', 'base', 'USDC', 'beta_disabled', EVM_REASON),
  unavailable('evm_usdc', 'USDC on EVM chains', 'evm', 'USDC', 'beta_disabled', EVM_REASON),
  unavailable('solana_usdt', 'USDT on Solana', 'solana', 'USDT', 'experimental_disabled', 'Research only; not offered'),
  unavailable('erc20_usdt', 'USDT (ERC-20)', 'ethereum', 'USDT', 'experimental_disabled', EVM_REASON),
  unavailable('tron_usdt', 'USDT on Tron', 'tron', 'USDT', 'experimental_disabled', 'Tron is not supported here'),
];

export const DEFAULT_RAIL = 'solana_usdc';
export const AVAILABLE_RAILS = ['solana_usdc', 'solana_sol'] as const;

export function findRail(id: string): Rail | undefined {
  return RAILS.find((r) => r.id === id);
}
