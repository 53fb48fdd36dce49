import { apiRoutes, loginRequestSchema, meResponseSchema, registerRequestSchema } from '@shared/contract';
import { http, HttpResponse } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { addAccount, currentUser, LOGIN_ATTEMPT_LIMIT, toUser } from '../store';
import { readJsonBody, respond } from '../validate';

export const authHandlers = [
  http.post(apiRoutes.login, async ({ request }) => {
    const body = await readJsonBody(request, loginRequestSchema);
    if (!body.ok) return body.response;
    const store = getMockStore();
    const { email, password } = body.data;
    const failures = store.failedLogins.get(email) ?? 0;
    if (failures >= LOGIN_ATTEMPT_LIMIT) return problemResponse('rate_limited');
    const account = store.accounts.find((a) => a.email === email);
    if (!account || account.password !== password) {
      store.failedLogins.set(email, failures + 1);
      return problemResponse('invalid_credentials');
    }
    store.failedLogins.delete(email);
    store.currentUserId = account.id;
    return respond(meResponseSchema, { user: toUser(account) });
  }),

  http.post(apiRoutes.logout, () => {
    getMockStore().currentUserId = null;
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiRoutes.me, () => {
    const user = currentUser(getMockStore());
    if (!user) return problemResponse('unauthenticated');
    return respond(meResponseSchema, { user });
  }),

  http.post(apiRoutes.register, async ({ request }) => {
    const body = await readJsonBody(request, registerRequestSchema);
    if (!body.ok) return body.response;
    const store = getMockStore();
    if (store.accounts.some((a) => a.email === body.data.email)) return problemResponse('email_taken');
    // Registering makes a volunteer and logs them in, as the server does.
    const account = addAccount(store, body.data, ['volunteer']);
    store.currentUserId = account.id;
    return respond(meResponseSchema, { user: toUser(account) }, { status: 201 });
  }),
];
