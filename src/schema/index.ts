export * from './common.ts';
export * from './offer.ts';
export * from './organisation.ts';
