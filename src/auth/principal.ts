import type { Plan } from '../config.ts';

export const SCOPES = ['read', 'execute', 'admin', 'billing'] as const;
export type Scope = (typeof SCOPES)[number];
export type Mode = 'live' | 'sandbox';

/** Who is calling: a dashboard session (all scopes) or an API key (its own scopes, mode fixed by its prefix). */
export interface Principal {
  kind: 'session' | 'key';
  userId: string;
  tier: Plan;
  status: 'active' | 'suspended';
  isStaff: boolean;
  scopes: readonly Scope[];
  mode: Mode;
  /** A dashboard session that sent X-Hilt-Mode (a key's mode is always fixed). */
  modeExplicit?: boolean;
  keyId?: string;
  sessionId?: string;
}

/** What a route demands: no one, any session or key with a scope, or a dashboard session. */
export type RouteAuth = 'public' | Scope | 'session';
