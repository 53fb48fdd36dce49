export { structureRoutes } from './routes';
export { structureOperations } from './operations';
