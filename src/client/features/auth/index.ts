export { authKeys, getMe, meQueryOptions, useMe } from './api/get-me';
export { login, useLogin } from './api/login';
export { logout, useLogout } from './api/logout';
export { register, useRegister } from './api/register';
export { hasRole, requireRole } from './lib/require-role';
export { safeNext } from './lib/safe-next';
export { LoginForm } from './components/login-form';
export { RegisterForm } from './components/register-form';
