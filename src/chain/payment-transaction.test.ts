import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAssociatedTokenPda } from '@solana-program/token';
import {
  AccountRole,
  type Address,
  createKeyPairSignerFromPrivateKeyBytes,
  getBase58Decoder,
  getCompiledTransactionMessageDecoder,
  getTransactionDecoder,
  type KeyPairSigner,
  verifySignature,
} from '@solana/kit';
import { MEMO_PROGRAM, SYSTEM_PROGRAM, TOKEN_PROGRAM, USDC_MINT, type ChainTransaction } from './port.ts';
import { buildPaymentInstructions, signPaymentTransaction, unsignedPaymentTransaction } from './payment-transaction.ts';
import { inspectTransfer } from './solana-pay.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin' as Address;
const FEE_WALLET = 'GsbwXfJraMomNxBcjYLcG3mxkBUiyWXAB32fGbSMQRdW' as Address;
const REFERENCE = '82ZJ7nbGpixjeDCmEhUcmwXYfvurzAgGdtSMuHnUgyny' as Address;
const REFERENCE_2 = 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN' as Address;
const BLOCKHASH = { blockhash: 'EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N', lastValidBlockHeight: 100n };

// A fixed key (bytes 1..32 as the seed), so every run builds the same bytes.
const fixedPayer = (): Promise<KeyPairSigner> =>
  createKeyPairSignerFromPrivateKeyBytes(Uint8Array.from({ length: 32 }, (_, i) => i + 1));

/** The signed wire transaction as getTransaction reports it once landed (balances left at zero). */
function asLanded(wire: string): ChainTransaction {
  const decoded = getTransactionDecoder().decode(Buffer.from(wire, 'base64'));
  const message = getCompiledTransactionMessageDecoder().decode(decoded.messageBytes);
  const b58 = getBase58Decoder();
  if (!('instructions' in message)) throw new Error('payments are built as v0 transactions');
  const keys = message.staticAccounts as Address[];
  return {
    slot: 1n,
    blockTime: null,
    transaction: {
      signatures: Object.values(decoded.signatures).map((s) => (s ? b58.decode(s) : '')),
      message: {
        accountKeys: keys,
        header: {
          numRequiredSignatures: message.header.numSignerAccounts,
          numReadonlySignedAccounts: message.header.numReadonlySignerAccounts,
          numReadonlyUnsignedAccounts: message.header.numReadonlyNonSignerAccounts,
        },
        instructions: message.instructions.map((ix) => ({
          programIdIndex: ix.programAddressIndex,
          accounts: ix.accountIndices ?? [],
          data: b58.decode(ix.data ?? new Uint8Array()),
        })),
        recentBlockhash: message.lifetimeToken,
      },
    },
    meta: { err: null, fee: 5000n, preBalances: keys.map(() => 0n), postBalances: keys.map(() => 0n), logMessages: [] },
  };
}

describe('payment transactions', () => {
  test('memo first, then the transfer carrying the references as trailing read-only accounts', async () => {
    const payer = await fixedPayer();
    const ixs = await buildPaymentInstructions({
      payer,
      transfers: [
        { recipient: MERCHANT, amountMinor: 24_000_000n },
        { recipient: FEE_WALLET, amountMinor: 1_000_000n },
      ],
      references: [REFERENCE, REFERENCE_2],
      memo: 'HILT:abc',
    });
    assert.deepEqual(
      ixs.map((ix) => ix.programAddress),
      [MEMO_PROGRAM, SYSTEM_PROGRAM, SYSTEM_PROGRAM],
    );
    assert.equal(Buffer.from(ixs[0].data ?? []).toString('utf8'), 'HILT:abc');
    const [, merchantTransfer, feeTransfer] = ixs;
    assert.deepEqual(
      merchantTransfer.accounts?.slice(-2).map((a) => [a.address, a.role]),
      [
        [REFERENCE, AccountRole.READONLY],
        [REFERENCE_2, AccountRole.READONLY],
      ],
    );
    assert.equal(merchantTransfer.accounts?.[1].address, MERCHANT);
    assert.equal(feeTransfer.accounts?.length, 2, 'only the first transfer carries the references');
    assert.equal(feeTransfer.accounts?.[1].address, FEE_WALLET);
  });

  test('without memo or references there is just the transfer', async () => {
    const ixs = await buildPaymentInstructions({
      payer: await fixedPayer(),
      transfers: [{ recipient: MERCHANT, amountMinor: 1n }],
    });
    assert.equal(ixs.length, 1);
    assert.equal(ixs[0].accounts?.length, 2);
  });

  test('USDC: transferChecked between the associated token accounts, the recipient’s created first on request', async () => {
    const payer = await fixedPayer();
    await assert.rejects(
      buildPaymentInstructions({ payer, transfers: [{ recipient: MERCHANT, amountMinor: 1n, splToken: USDC_MINT }] }),
      /decimals are required/,
    );
    const [ata] = await findAssociatedTokenPda({ owner: MERCHANT, mint: USDC_MINT, tokenProgram: TOKEN_PROGRAM });
    const [payerAta] = await findAssociatedTokenPda({
      owner: payer.address,
      mint: USDC_MINT,
      tokenProgram: TOKEN_PROGRAM,
    });
    const plain = await buildPaymentInstructions({
      payer,
      transfers: [{ recipient: MERCHANT, amountMinor: 29_000_000n, splToken: USDC_MINT, decimals: 6 }],
      references: [REFERENCE],
    });
    assert.deepEqual(
      plain.map((ix) => ix.programAddress),
      [TOKEN_PROGRAM],
    );
    assert.deepEqual(
      plain[0].accounts?.map((a) => a.address),
      [payerAta, USDC_MINT, ata, payer.address, REFERENCE],
    );
    const creating = await buildPaymentInstructions({
      payer,
      transfers: [
        {
          recipient: MERCHANT,
          amountMinor: 29_000_000n,
          splToken: USDC_MINT,
          decimals: 6,
          createRecipientTokenAccount: true,
        },
      ],
      memo: 'HILT:x',
    });
    assert.equal(creating.length, 3);
    assert.equal(creating[0].programAddress, MEMO_PROGRAM);
    assert.notEqual(creating[1].programAddress, TOKEN_PROGRAM, 'the associated token account is created first');
    assert.equal(creating[2].programAddress, TOKEN_PROGRAM);
  });

  test('signed by the payer, who pays the fee; the unsigned form leaves the signature for the wallet', async () => {
    const payer = await fixedPayer();
    const input = {
      payer,
      transfers: [{ recipient: MERCHANT, amountMinor: 25_000_000n }],
      references: [REFERENCE],
      memo: 'HILT:n0nce',
      blockhash: BLOCKHASH,
    };
    const signed = getTransactionDecoder().decode(Buffer.from(await signPaymentTransaction(input), 'base64'));
    const message = getCompiledTransactionMessageDecoder().decode(signed.messageBytes);
    assert.equal(message.staticAccounts[0], payer.address, 'the fee payer is the first account');
    assert.equal(message.header.numSignerAccounts, 1);
    assert.equal(message.lifetimeToken, BLOCKHASH.blockhash);
    const signature = signed.signatures[payer.address];
    assert.ok(signature);
    assert.equal(await verifySignature(payer.keyPair.publicKey, signature, signed.messageBytes), true);

    const unsigned = getTransactionDecoder().decode(Buffer.from(await unsignedPaymentTransaction(input), 'base64'));
    assert.equal(unsigned.signatures[payer.address], null);
    assert.deepEqual(unsigned.messageBytes, signed.messageBytes, 'the wallet signs the very message the server built');
    // Deterministic: the same input is the same bytes (Ed25519 signatures are deterministic too).
    assert.equal(await signPaymentTransaction(input), await signPaymentTransaction(input));
  });

  test('what it builds is what verification reads: the memo, the references on the transfer, the amount', async () => {
    const payer = await fixedPayer();
    const wire = await signPaymentTransaction({
      payer,
      transfers: [{ recipient: MERCHANT, amountMinor: 25_000_000n }],
      references: [REFERENCE, REFERENCE_2],
      memo: 'HILT:n0nce',
      blockhash: BLOCKHASH,
    });
    const tx = asLanded(wire);
    const facts = inspectTransfer(tx, { recipient: MERCHANT, references: [REFERENCE, REFERENCE_2] });
    assert.deepEqual(facts.memos, ['HILT:n0nce']);
    assert.deepEqual(facts.referencesFound, [REFERENCE, REFERENCE_2]);
    assert.equal(facts.referencesOnTransfer, true);
    assert.equal(facts.transfers.length, 1);
    assert.equal(facts.transfers[0].kind, 'system-transfer');
    assert.equal(facts.transfers[0].source, payer.address);
    assert.equal(facts.transfers[0].amount, 25_000_000n);
    assert.deepEqual(facts.transfers[0].extraAccounts, [REFERENCE, REFERENCE_2]);
  });
});
