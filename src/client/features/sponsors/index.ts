export { getSponsors, sponsorsQueryOptions, useSponsors } from './api/get-sponsors';
