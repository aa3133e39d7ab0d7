// The in-page half of the test wallet (test-wallet.ts): plain JavaScript, added to every document of a Playwright
// page with addInitScript as `(walletInPage)(config)`. Kept out of TypeScript so no transpiler helper leaks into it.
export function walletInPage(config) {
  const state = { behavior: config.behavior, calls: [] };
  window[`__testWallet_${config.name}`] = state;
  const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const base58 = (bytes) => {
    const digits = [];
    for (const byte of bytes) {
      let carry = byte;
      for (let i = 0; i < digits.length; i++) {
        carry += digits[i] << 8;
        digits[i] = carry % 58;
        carry = (carry / 58) | 0;
      }
      while (carry) {
        digits.push(carry % 58);
        carry = (carry / 58) | 0;
      }
    }
    let out = '';
    for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
    for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]];
    return out;
  };
  const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
  const publicKey = new Uint8Array(config.publicKey);
  // PKCS#8 wrapping of a raw Ed25519 seed, so WebCrypto can import it.
  const pkcs8 = new Uint8Array([
    0x30,
    0x2e,
    0x02,
    0x01,
    0x00,
    0x30,
    0x05,
    0x06,
    0x03,
    0x2b,
    0x65,
    0x70,
    0x04,
    0x22,
    0x04,
    0x20,
    ...config.seed,
  ]);
  const keyPromise = crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const sign = async (bytes) => new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, await keyPromise, bytes));

  const readShortVec = (bytes, offset) => {
    let value = 0;
    let size = 0;
    for (;;) {
      const b = bytes[offset + size];
      value |= (b & 0x7f) << (7 * size);
      size++;
      if ((b & 0x80) === 0) return { value, size };
    }
  };
  /** Signs a wire transaction (legacy or v0) in the slot of this wallet's key. */
  const signTransaction = async (wire) => {
    const sigs = readShortVec(wire, 0);
    const messageStart = sigs.size + sigs.value * 64;
    const message = wire.subarray(messageStart);
    const headerAt = message[0] & 0x80 ? 1 : 0;
    const required = message[headerAt];
    const keys = readShortVec(message, headerAt + 3);
    const keysAt = headerAt + 3 + keys.size;
    let slot = -1;
    for (let i = 0; i < Math.min(required, keys.value); i++) {
      const key = message.subarray(keysAt + i * 32, keysAt + (i + 1) * 32);
      if (key.every((b, j) => b === publicKey[j])) slot = i;
    }
    if (slot < 0) throw new Error('This transaction does not need this wallet’s signature');
    const signature = await sign(message);
    const signed = new Uint8Array(wire);
    signed.set(signature, sigs.size + slot * 64);
    return { signed, signature };
  };

  const gate = async (feature) => {
    state.calls.push({ feature, at: Date.now() });
    if (state.behavior === 'refuse') {
      throw Object.assign(new Error('User rejected the request.'), { code: 4001, name: 'WalletSignTransactionError' });
    }
    if (state.behavior === 'fail') throw Object.assign(new Error('Unexpected wallet error'), { code: -32603 });
    if (state.behavior === 'close') {
      throw Object.assign(new Error('The wallet window was closed'), { name: 'WalletWindowClosedError' });
    }
  };

  const listeners = {};
  const account = {
    address: config.address,
    publicKey,
    chains: config.chains,
    features: config.features,
    label: 'Test account',
  };
  const wallet = {
    version: '1.0.0',
    name: config.name,
    icon: config.icon,
    chains: config.chains,
    accounts: [],
    features: {},
  };
  const features = {
    'standard:connect': {
      version: '1.0.0',
      connect: async () => {
        await gate('standard:connect');
        wallet.accounts = [account];
        for (const l of listeners.change ?? []) l({ accounts: wallet.accounts });
        return { accounts: wallet.accounts };
      },
    },
    'standard:disconnect': {
      version: '1.0.0',
      disconnect: async () => {
        wallet.accounts = [];
        for (const l of listeners.change ?? []) l({ accounts: wallet.accounts });
      },
    },
    'standard:events': {
      version: '1.0.0',
      on: (event, listener) => {
        listeners[event] ??= [];
        listeners[event].push(listener);
        return () => {
          listeners[event] = (listeners[event] ?? []).filter((l) => l !== listener);
        };
      },
    },
  };
  if (config.features.includes('solana:signTransaction')) {
    features['solana:signTransaction'] = {
      version: '1.0.0',
      supportedTransactionVersions: ['legacy', 0],
      signTransaction: async (...inputs) => {
        await gate('solana:signTransaction');
        const out = [];
        for (const input of inputs) out.push({ signedTransaction: (await signTransaction(input.transaction)).signed });
        return out;
      },
    };
  }
  if (config.features.includes('solana:signAndSendTransaction')) {
    features['solana:signAndSendTransaction'] = {
      version: '1.0.0',
      supportedTransactionVersions: ['legacy', 0],
      signAndSendTransaction: async (...inputs) => {
        await gate('solana:signAndSendTransaction');
        if (!config.rpcUrl) throw new Error('This test wallet has no RPC URL to send to');
        const out = [];
        for (const input of inputs) {
          const { signed, signature } = await signTransaction(input.transaction);
          const res = await fetch(config.rpcUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              jsonrpc: '2.0',
              id: 1,
              method: 'sendTransaction',
              params: [toBase64(signed), { encoding: 'base64' }],
            }),
          });
          const body = await res.json();
          if (body.error) throw new Error(`sendTransaction failed: ${body.error.message}`);
          if (body.result !== base58(signature)) throw new Error('The RPC answered another signature');
          out.push({ signature });
        }
        return out;
      },
    };
  }
  if (config.features.includes('solana:signMessage')) {
    features['solana:signMessage'] = {
      version: '1.0.0',
      signMessage: async (...inputs) => {
        await gate('solana:signMessage');
        const out = [];
        for (const input of inputs) out.push({ signedMessage: input.message, signature: await sign(input.message) });
        return out;
      },
    };
  }
  wallet.features = features;

  const callback = ({ register }) => register(wallet);
  try {
    window.dispatchEvent(new CustomEvent('wallet-standard:register-wallet', { detail: callback }));
  } catch (error) {
    console.error('wallet-standard:register-wallet event could not be dispatched', error);
  }
  window.addEventListener('wallet-standard:app-ready', (event) => {
    callback(event.detail);
  });
}
