// A second public entry of the feature: forms and the mutations behind them. The app shell
// imports the index on every page; keeping these out of it keeps them out of an attendee's
// first visit (attendees never log in).
export { LoginForm } from './components/login-form';
export { RegisterForm } from './components/register-form';
export { login, useLogin } from './api/login';
export { logout, useLogout } from './api/logout';
export { register, useRegister } from './api/register';
