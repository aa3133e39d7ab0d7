import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { Product, ProductCreate, ProductListQuery, ProductUpdate } from './schemas.ts';
import type { ProductService } from './service.ts';
import { errorResponses, Ref } from '../http/schemas.ts';
import { PayoutWalletUnverifiedError } from '../payout-wallet/errors.ts';
import {
  AmountRequiredError,
  ImmutableFieldError,
  InvalidDeliveryValueError,
  InvalidImageUrlError,
  InvalidMembershipConfigError,
  InvalidMerchantWalletError,
  ProductArchivedError,
  ProductNotFoundError,
  SlugUnavailableError,
  UnsupportedProductTypeError,
  UnsupportedTokenMintError,
} from './errors.ts';

const ProductParams = Type.Object({ product_id: Type.String({ format: 'uuid' }) });

export const productRoutes: FastifyPluginAsyncTypebox<{ products: ProductService }> = async (app, { products }) => {
  const tags = ['products'];

  app.post(
    '/v1/products',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createProduct',
        summary: 'Create a product (a hosted checkout offer)',
        body: ProductCreate,
        response: {
          200: Ref(Product),
          ...errorResponses(
            UnsupportedProductTypeError,
            AmountRequiredError,
            InvalidMerchantWalletError,
            InvalidImageUrlError,
            UnsupportedTokenMintError,
            InvalidDeliveryValueError,
            InvalidMembershipConfigError,
            PayoutWalletUnverifiedError,
            SlugUnavailableError,
          ),
        },
      },
    },
    async (request) => products.createProduct(principalOf(request), request.body),
  );

  app.get(
    '/v1/products',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listProducts',
        summary: 'List products, newest first',
        querystring: ProductListQuery,
        response: { 200: Type.Array(Ref(Product)) },
      },
    },
    async (request) => products.listProducts(principalOf(request), request.query),
  );

  app.get(
    '/v1/products/:product_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getProduct',
        params: ProductParams,
        response: { 200: Ref(Product), ...errorResponses(ProductNotFoundError) },
      },
    },
    async (request) => products.getProduct(principalOf(request), request.params.product_id),
  );

  app.patch(
    '/v1/products/:product_id',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'updateProduct',
        summary: 'Update a product (product_type and token_mint cannot change)',
        params: ProductParams,
        body: ProductUpdate,
        response: {
          200: Ref(Product),
          ...errorResponses(
            ProductNotFoundError,
            ImmutableFieldError,
            ProductArchivedError,
            AmountRequiredError,
            InvalidMerchantWalletError,
            InvalidImageUrlError,
            InvalidDeliveryValueError,
            InvalidMembershipConfigError,
            PayoutWalletUnverifiedError,
          ),
        },
      },
    },
    async (request) => products.updateProduct(principalOf(request), request.params.product_id, request.body),
  );

  app.delete(
    '/v1/products/:product_id',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'archiveProduct',
        summary: 'Archive a product: it leaves the public checkout and refuses new sessions',
        params: ProductParams,
        response: { 200: Ref(Product), ...errorResponses(ProductNotFoundError) },
      },
    },
    async (request) => products.archiveProduct(principalOf(request), request.params.product_id),
  );
};
