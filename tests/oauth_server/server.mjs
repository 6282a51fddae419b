// A real OAuth 2.0 authorization server for the sign-in tests: node-oidc-provider (an OpenID
// Certified implementation) with the device authorization grant (RFC 8628), authorization code
// with PKCE, refresh tokens, introspection (RFC 7662) and revocation (RFC 7009).
//
// What is ours: the accounts (a user name and password each, checked on the login page), a
// consent page where the user may untick a scope (as Google's granular consent allows), and
// plain HTML pages that load nothing from the network. Everything else is oidc-provider's.
//
// Usage: node server.mjs CONFIG.json  (see tests/oauth_server.py, which writes the file)
// Listens on 127.0.0.1 only and prints "ready <issuer>" once it answers.
import { readFileSync } from 'node:fs';
import http from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issuer = `http://127.0.0.1:${config.port}`;
const MAIL = config.resource; // the resource indicator of the mail servers (IMAP and SMTP)
const accounts = config.accounts; // { "user name": "password" }

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;

const provider = new Provider(issuer, {
  clients: config.clients,
  findAccount: async (_ctx, id) => (Object.hasOwn(accounts, id) ? {
    accountId: id,
    claims: async () => ({ sub: id }),
  } : undefined),
  scopes: ['openid', 'offline_access', ...config.scopes],
  cookies: { keys: [config.cookieKey] },
  pkce: { required: () => true },
  ttl: {
    AccessToken: config.accessTokenTTL,
    DeviceCode: 600,
    Grant: 14 * 24 * 3600,
    Interaction: 600,
    RefreshToken: 14 * 24 * 3600,
    Session: 3600,
  },
  features: {
    devInteractions: { enabled: false },
    deviceFlow: {
      enabled: true,
      userCodeInputSource: async (ctx, form, _out, err) => {
        const problem = err ? '<p id="problem">That code is not right. Try again.</p>' : '';
        ctx.body = page('Connect a device', `${problem}<p>Enter the code shown on your device.</p>${form}
          <button type="submit" form="op.deviceInputForm" id="continue">Continue</button>`);
      },
      userCodeConfirmSource: async (ctx, form, client, _info, userCode) => {
        ctx.body = page('Confirm the device', `<p>${escape(client.clientName || client.clientId)} shows the code
          <code id="user-code">${escape(userCode)}</code>.</p>${form}
          <button type="submit" form="op.deviceConfirmForm" id="confirm">Continue</button>`);
      },
      successSource: async (ctx) => {
        ctx.body = page('Signed in', '<p id="done">You may close this page and go back to your device.</p>');
      },
    },
    introspection: {
      enabled: true,
      // Only the mail servers (confidential clients) may ask what a token is worth.
      allowedPolicy: async (_ctx, client) => client.clientAuthMethod !== 'none',
    },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => MAIL,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (_ctx, resource) => {
        if (resource !== MAIL) throw new Provider.errors.InvalidTarget();
        return {
          scope: config.scopes.join(' '),
          audience: MAIL,
          accessTokenTTL: config.accessTokenTTL,
          accessTokenFormat: 'opaque',
        };
      },
    },
  },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Sign-in error', `<pre id="error">${escape(JSON.stringify(out))}</pre>`);
  },
});
provider.proxy = false;

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

function loginPage(uid, problem) {
  const note = problem ? `<p id="problem">${escape(problem)}</p>` : '';
  return page('Sign in', `${note}<form method="post" action="/interaction/${escape(uid)}/login">
    <label>User name <input name="login" id="login" autocomplete="off"></label>
    <label>Password <input name="password" id="password" type="password"></label>
    <button type="submit" id="sign-in">Sign in</button></form>`);
}

function consentPage(uid, details, clientName) {
  const asked = Object.values(details.missingResourceScopes || {}).flat();
  const boxes = asked.map((scope) => `<label><input type="checkbox" name="scope" value="${escape(scope)}"
    id="scope-${escape(scope)}" checked> ${escape(scope)}</label>`).join('<br>');
  return page('Allow access', `<p>${escape(clientName)} asks for:</p>
    <form method="post" action="/interaction/${escape(uid)}/confirm">${boxes}
    <button type="submit" id="allow">Allow</button></form>`);
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Sign-in error', '<p>Unknown interaction</p>'));
  const client = await provider.Client.find(details.params.client_id);
  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') return send(res, 200, loginPage(uid));
    return send(res, 200, consentPage(uid, details.prompt.details, client.clientName || client.clientId));
  }
  const form = await readForm(req);
  if (action === 'login') {
    const login = form.get('login') || '';
    if (!Object.hasOwn(accounts, login) || accounts[login] !== form.get('password')) {
      return send(res, 200, loginPage(uid, 'Wrong user name or password.'));
    }
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm') {
    const { prompt: { details: missing }, params, session } = details;
    const grant = details.grantId ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    const allowed = new Set(form.getAll('scope'));
    for (const [resource, scopes] of Object.entries(missing.missingResourceScopes || {})) {
      const chosen = scopes.filter((scope) => allowed.has(scope));
      const refused = scopes.filter((scope) => !allowed.has(scope));
      if (chosen.length) grant.addResourceScope(resource, chosen.join(' '));
      if (refused.length) grant.rejectResourceScope(resource, refused.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 404, page('Not found', ''));
}

const oidc = provider.callback();
const INTERACTION = /^\/interaction\/([^/?]+)(?:\/(login|confirm))?(?:\?.*)?$/;
const server = http.createServer((req, res) => {
  const found = INTERACTION.exec(req.url);
  if (!found) return oidc(req, res);
  return interaction(req, res, found[1], found[2]).catch((err) => {
    send(res, 400, page('Sign-in error', `<pre id="error">${escape(err.message)}</pre>`));
  });
});
server.listen(config.port, '127.0.0.1', () => console.log(`ready ${issuer}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
