export { getSponsors, sponsorsQueryOptions, useSponsors } from './api/get-sponsors';
export { SponsorCredit } from './components/sponsor-credit';
export { packageForTitle, sponsorsOfPackage } from './lib/sponsors-of';
