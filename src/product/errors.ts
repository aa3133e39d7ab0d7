// The product domain's refusals. Messages and codes are part of the API: tests and clients read them.
import { BadRequestError, ConflictError, NotFoundError, UnprocessableError } from '../errors.ts';

export class ProductNotFoundError extends NotFoundError {
  static override readonly code = 'product_not_found';
  constructor() {
    super('Product not found', ProductNotFoundError.code);
  }
}

export class UnsupportedProductTypeError extends BadRequestError {
  static override readonly code = 'unsupported_product_type';
  constructor(productType: string, supported: readonly string[]) {
    super(
      `Unsupported product_type "${productType}" (use ${supported.join(' or ')})`,
      UnsupportedProductTypeError.code,
    );
  }
}

export class AmountRequiredError extends BadRequestError {
  static override readonly code = 'amount_required';
  constructor(detail = 'amount_minor_units is required for PAYMENT_LINK products') {
    super(detail, AmountRequiredError.code);
  }
}

export class InvalidMerchantWalletError extends UnprocessableError {
  static override readonly code = 'invalid_merchant_wallet';
  constructor(detail = 'merchant_wallet is not a valid Solana address') {
    super(detail, InvalidMerchantWalletError.code);
  }
}

export class InvalidImageUrlError extends UnprocessableError {
  static override readonly code = 'invalid_image_url';
  constructor() {
    super('image_url must be an http(s) URL', InvalidImageUrlError.code);
  }
}

export class InvalidDeliveryValueError extends UnprocessableError {
  static override readonly code = 'invalid_delivery_value';
  constructor(detail: string) {
    super(detail, InvalidDeliveryValueError.code);
  }
}

export class InvalidMembershipConfigError extends UnprocessableError {
  static override readonly code = 'invalid_membership_config';
  constructor(detail: string) {
    super(detail, InvalidMembershipConfigError.code);
  }
}

export class ImmutableFieldError extends UnprocessableError {
  static override readonly code = 'immutable_field';
  constructor(fields: readonly string[]) {
    super(`${fields.join(' and ')} cannot change after creation`, ImmutableFieldError.code);
  }
}

/** An edit of an archived product (422); a checkout of one is ProductUnavailableError. */
export class ProductArchivedError extends UnprocessableError {
  static override readonly code = 'product_archived';
  constructor() {
    super('An archived product cannot change', ProductArchivedError.code);
  }
}

export class SlugUnavailableError extends UnprocessableError {
  static override readonly code = 'slug_unavailable';
  constructor() {
    super('Could not find a free slug for this title; change the title', SlugUnavailableError.code);
  }
}

export class UnsupportedTokenMintError extends UnprocessableError {
  static override readonly code = 'unsupported_token_mint';
  constructor(detail: string) {
    super(detail, UnsupportedTokenMintError.code);
  }
}

/** The product cannot be bought now (archived, paused or out of its sale window). */
export class ProductUnavailableError extends ConflictError {
  static override readonly code = 'product_unavailable';
  constructor(detail = 'This product is not on sale right now') {
    super(detail, ProductUnavailableError.code);
  }
}

export class SoldOutError extends ConflictError {
  static override readonly code = 'sold_out';
  constructor(detail = 'This product is sold out') {
    super(detail, SoldOutError.code);
  }
}
