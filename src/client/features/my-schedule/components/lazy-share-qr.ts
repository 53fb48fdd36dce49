import { lazy } from 'react';

/** uqr and the drawing stay out of the page until someone asks for the code. */
export const LazyShareQr = lazy(() => import('./share-qr').then((m) => ({ default: m.ShareQr })));
