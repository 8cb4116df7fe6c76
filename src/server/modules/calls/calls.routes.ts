// Routes of the calls engine: form templates, calls, applications, co-applicants, attachments, status history.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, jsonBody, jsonResponse, z, type Access, problemResponse, taggedRoute } from '../../http/openapi.ts';
import { sendFile } from '../../http/files.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { ctxOf } from '../identity/index.ts';
import * as s from './calls.schemas.ts';
import * as svc from './calls.service.ts';

const PUBLIC: Access = { auth: 'public' };
const READ: Access = { auth: 'signed-in', scope: 'calls:read' };
const OFFICE: Access = { auth: 'signed-in', scope: 'calls:write', role: 'user-office' };
const WRITE: Access = { auth: 'signed-in', scope: 'calls:write' };

const problem = problemResponse;

const op = taggedRoute;

const callParams = z.object({ callId: s.IdParam('callId') });
const appParams = z.object({ applicationId: s.IdParam('applicationId') });

// ── form templates ────────────────────────────────────────────────────────────────────────

const listForms = op(PUBLIC, 'calls', {
  method: 'get',
  path: '/calls/forms',
  summary: 'Form templates, newest first (optionally one key, or only the newest version of each key)',
  request: { query: s.FormTemplateQuery },
  responses: { 200: jsonResponse(s.FormTemplatePage, 'A page of form templates') },
});
const createForm = op(OFFICE, 'calls', {
  method: 'post',
  path: '/calls/forms',
  summary: 'Create a form template, or the next (immutable) version of an existing key (user offices, operators)',
  request: { body: jsonBody(s.FormTemplateBody) },
  responses: { 201: jsonResponse(s.FormTemplate, 'The new version') },
});
const getForm = op(PUBLIC, 'calls', {
  method: 'get',
  path: '/calls/forms/{formId}',
  summary: 'One form template version',
  request: { params: z.object({ formId: s.IdParam('formId') }) },
  responses: { 200: jsonResponse(s.FormTemplate, 'The form template') },
});

// ── calls ─────────────────────────────────────────────────────────────────────────────────

const offices = op(READ, 'calls', {
  method: 'get',
  path: '/calls/offices',
  summary: 'The organizations whose calls the caller runs (user office) or oversees (director)',
  responses: { 200: jsonResponse(s.Offices, 'The offices') },
});

const listCalls = op(PUBLIC, 'calls', {
  method: 'get',
  path: '/calls',
  summary: 'Calls for applications, open ones first then by deadline (drafts only for their staff)',
  request: { query: s.CallQuery },
  responses: { 200: jsonResponse(s.CallPage, 'A page of calls') },
});
const createCall = op(WRITE, 'calls', {
  method: 'post',
  path: '/calls',
  summary: "Create a call (a draft) of an organization whose user office the caller is",
  request: { body: jsonBody(s.CallCreateBody) },
  responses: { 201: jsonResponse(s.CallDetail, 'The call'), 404: problem('No such organization'), 409: problem('Code taken (name_taken)') },
});
const getCall = op(PUBLIC, 'calls', {
  method: 'get',
  path: '/calls/{callId}',
  summary: "A call with its form template and its deadline in the call's time zone",
  request: { params: callParams },
  responses: { 200: jsonResponse(s.CallDetail, 'The call') },
});
const updateCall = op(WRITE, 'calls', {
  method: 'patch',
  path: '/calls/{callId}',
  summary: 'Change a call (its staff); the form, stages and mode only while a draft',
  request: { params: callParams, body: jsonBody(s.CallPatchBody) },
  responses: { 200: jsonResponse(s.CallDetail, 'The call'), 409: problem('invalid_state, name_taken') },
});
const openCall = op(WRITE, 'calls', {
  method: 'post',
  path: '/calls/{callId}/open',
  summary: 'Open a call for applications (its staff)',
  request: { params: callParams },
  responses: { 200: jsonResponse(s.CallDetail, 'The call'), 409: problem('invalid_state') },
});
const closeCall = op(WRITE, 'calls', {
  method: 'post',
  path: '/calls/{callId}/close',
  summary: 'Close a call (its staff)',
  request: { params: callParams },
  responses: { 200: jsonResponse(s.CallDetail, 'The call'), 409: problem('invalid_state') },
});
const callApplications = op(READ, 'calls', {
  method: 'get',
  path: '/calls/{callId}/applications',
  summary: "A call's applications for its staff (user office, director), by status",
  request: { params: callParams, query: s.ApplicationQuery },
  responses: { 200: jsonResponse(s.ApplicationPage, 'A page of applications') },
});
const createApplication = op(WRITE, 'applications', {
  method: 'post',
  path: '/calls/{callId}/applications',
  summary: 'Start a draft application in an open call, as its principal investigator',
  request: { params: callParams, body: jsonBody(s.ApplicationCreateBody) },
  responses: { 201: jsonResponse(s.ApplicationDetail, 'The draft'), 409: problem('call_not_open, deadline_passed') },
});

// ── applications ──────────────────────────────────────────────────────────────────────────

const mine = op(READ, 'applications', {
  method: 'get',
  path: '/applications/mine',
  summary: "The caller's applications (as PI or co-applicant) and the invitations addressed to their e-mail",
  responses: { 200: jsonResponse(s.MyApplications, 'Applications and invitations') },
});
const getApplication = op(READ, 'applications', {
  method: 'get',
  path: '/applications/{applicationId}',
  summary: 'An application with its call, members and links (applicants, invitees, staff of the call)',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationDetail, 'The application') },
});
const saveDraft = op(WRITE, 'applications', {
  method: 'patch',
  path: '/applications/{applicationId}',
  summary: 'Save the draft as typed, carrying the revision it was loaded at',
  request: { params: appParams, body: jsonBody(s.ApplicationPatchBody) },
  responses: { 200: jsonResponse(s.ApplicationDetail, 'The saved draft'), 409: problem('stale_revision, invalid_state, call_not_open, deadline_passed') },
});
const submit = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/submit',
  summary: 'Submit the draft (PI): before the deadline, complete, every co-applicant answered',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationDetail, 'The submitted application'), 409: problem('deadline_passed, call_not_open, members_pending, invalid_state') },
});
const withdraw = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/withdraw',
  summary: 'Withdraw the application (PI) before its decision',
  request: { params: appParams, body: { required: false, content: { 'application/json': { schema: s.WithdrawBody } } } },
  responses: { 200: jsonResponse(s.ApplicationDetail, 'The withdrawn application'), 409: problem('invalid_state') },
});
const events = op(READ, 'applications', {
  method: 'get',
  path: '/applications/{applicationId}/events',
  summary: 'The status history and other events of an application, oldest first',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationEvents, 'The events') },
});
const invite = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/members',
  summary: 'Invite a co-applicant by e-mail (PI, while a draft); the invitation is mailed',
  request: { params: appParams, body: jsonBody(s.MemberInviteBody) },
  responses: { 201: jsonResponse(s.ApplicationMembers, 'The members'), 409: problem('Already a member (name_taken)') },
});
const accept = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/members/accept',
  summary: 'Accept the invitation addressed to the caller’s e-mail (optionally with an ORCID iD)',
  request: { params: appParams, body: { required: false, content: { 'application/json': { schema: s.MemberRespondBody } } } },
  responses: { 200: jsonResponse(s.ApplicationMembers, 'The members'), 409: problem('invalid_state') },
});
const decline = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/members/decline',
  summary: 'Decline the invitation addressed to the caller’s e-mail',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationMembers, 'The members'), 409: problem('invalid_state') },
});
const patchMember = op(WRITE, 'applications', {
  method: 'patch',
  path: '/applications/{applicationId}/members/{email}',
  summary: "Record a member's ORCID iD (the member themselves, or the PI), while a draft",
  request: { params: z.object({ applicationId: s.IdParam('applicationId'), email: s.EmailParam }), body: jsonBody(s.MemberPatchBody) },
  responses: { 200: jsonResponse(s.ApplicationMembers, 'The members'), 409: problem('invalid_state') },
});
const removeMember = op(WRITE, 'applications', {
  method: 'delete',
  path: '/applications/{applicationId}/members/{email}',
  summary: 'Remove a co-applicant or withdraw an invitation (PI, while a draft)',
  request: { params: z.object({ applicationId: s.IdParam('applicationId'), email: s.EmailParam }) },
  responses: { 200: jsonResponse(s.ApplicationMembers, 'The members'), 409: problem('invalid_state') },
});
const listFiles = op(READ, 'applications', {
  method: 'get',
  path: '/applications/{applicationId}/files',
  summary: 'The attachments of an application',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationFiles, 'The attachments') },
});
const uploadFile = op(WRITE, 'applications', {
  method: 'post',
  path: '/applications/{applicationId}/files',
  summary: 'Attach a PDF (applicants, while a draft): base64 in JSON, at most 10 MB; checked by its %PDF- signature',
  request: { params: appParams, body: jsonBody(s.FileUploadBody) },
  responses: {
    201: jsonResponse(s.ApplicationFile, 'The attachment'),
    413: problem('file_too_large, body_too_large'),
    415: problem('Not a PDF (file_type_not_allowed)'),
  },
});
const fileParams = z.object({ applicationId: s.IdParam('applicationId'), fileId: s.IdParam('fileId') });
const downloadFile = op(READ, 'applications', {
  method: 'get',
  path: '/applications/{applicationId}/files/{fileId}',
  summary: 'Download an attachment',
  request: { params: fileParams },
  responses: {
    200: {
      description: 'The PDF',
      headers: z.object({ 'Content-Disposition': z.string().openapi({ description: 'attachment; filename="…"' }) }),
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
});
const deleteFile = op(WRITE, 'applications', {
  method: 'delete',
  path: '/applications/{applicationId}/files/{fileId}',
  summary: 'Delete an attachment (applicants, while a draft)',
  request: { params: fileParams },
  responses: { 204: { description: 'Deleted' }, 409: problem('invalid_state') },
});
const setLinks = op(WRITE, 'applications', {
  method: 'put',
  path: '/applications/{applicationId}/links',
  summary: 'Set the earlier applications (of the PI or co-applicants) this one builds on',
  request: { params: appParams, body: jsonBody(s.LinksBody) },
  responses: { 200: jsonResponse(s.ApplicationLinks, 'The links') },
});

/** An attachment as a download, with its digest (RFC 3230) so that a client can check it. */
function pdf(c: Context<AppEnv>, f: { name: string; contentType: string; content: Uint8Array; sha256: string }): Response {
  return sendFile(c, { filename: f.name, contentType: f.contentType, body: f.content }, { cacheControl: 'private, no-store', headers: { Digest: `sha-256=${Buffer.from(f.sha256, 'hex').toString('base64')}` } });
}

/** Routes of the calls engine: form templates, calls, applications, co-applicants, attachments, status history. */
export function callsRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(listForms, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.listTemplates(deps, { key: q.key, latestOnly: q.latest === 'true', cursor: q.cursor, limit: q.limit }), 200);
  });
  r.openapi(createForm, async (c) => c.json(await svc.createTemplate(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getForm, async (c) => c.json(await svc.getTemplate(deps, c.req.valid('param').formId), 200));

  r.openapi(offices, async (c) => c.json(await svc.myOffices(deps, ctxOf(c)), 200));
  r.openapi(listCalls, async (c) => c.json(await svc.listCalls(deps, ctxOf(c), c.req.valid('query')), 200));
  r.openapi(createCall, async (c) => c.json(await svc.createCall(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getCall, async (c) => c.json(await svc.getCall(deps, ctxOf(c), c.req.valid('param').callId), 200));
  r.openapi(updateCall, async (c) => c.json(await svc.updateCall(deps, ctxOf(c), c.req.valid('param').callId, c.req.valid('json')), 200));
  r.openapi(openCall, async (c) => c.json(await svc.setCallStatus(deps, ctxOf(c), c.req.valid('param').callId, 'open'), 200));
  r.openapi(closeCall, async (c) => c.json(await svc.setCallStatus(deps, ctxOf(c), c.req.valid('param').callId, 'closed'), 200));
  r.openapi(callApplications, async (c) => c.json(await svc.callApplications(deps, ctxOf(c), c.req.valid('param').callId, c.req.valid('query')), 200));
  r.openapi(createApplication, async (c) => c.json(await svc.createApplication(deps, ctxOf(c), c.req.valid('param').callId, c.req.valid('json')), 201));

  r.openapi(mine, async (c) => c.json(await svc.myApplications(deps, ctxOf(c)), 200));
  r.openapi(getApplication, async (c) => c.json(await svc.getApplication(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(saveDraft, async (c) => c.json(await svc.saveDraft(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 200));
  r.openapi(submit, async (c) => c.json(await svc.submitApplication(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(withdraw, async (c) => {
    const body = (c.req.valid('json') ?? {}) as { note?: string };
    return c.json(await svc.withdrawApplication(deps, ctxOf(c), c.req.valid('param').applicationId, body.note), 200);
  });
  r.openapi(events, async (c) => c.json({ items: await svc.applicationEvents(deps, ctxOf(c), c.req.valid('param').applicationId) }, 200));
  r.openapi(invite, async (c) => c.json({ items: await svc.inviteMember(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')) }, 201));
  r.openapi(accept, async (c) => {
    const body = (c.req.valid('json') ?? {}) as { orcid?: string | null };
    return c.json({ items: await svc.respondInvitation(deps, ctxOf(c), c.req.valid('param').applicationId, 'accepted', body.orcid) }, 200);
  });
  r.openapi(decline, async (c) => c.json({ items: await svc.respondInvitation(deps, ctxOf(c), c.req.valid('param').applicationId, 'declined') }, 200));
  r.openapi(patchMember, async (c) => {
    const p = c.req.valid('param');
    return c.json({ items: await svc.setMemberOrcid(deps, ctxOf(c), p.applicationId, p.email, c.req.valid('json').orcid) }, 200);
  });
  r.openapi(removeMember, async (c) => {
    const p = c.req.valid('param');
    return c.json({ items: await svc.removeMember(deps, ctxOf(c), p.applicationId, p.email) }, 200);
  });
  r.openapi(listFiles, async (c) => c.json({ items: await svc.listFiles(deps, ctxOf(c), c.req.valid('param').applicationId) }, 200));
  r.openapi(uploadFile, async (c) => c.json(await svc.uploadFile(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 201));
  r.openapi(downloadFile, async (c) => {
    const p = c.req.valid('param');
    return pdf(c, await svc.downloadFile(deps, ctxOf(c), p.applicationId, p.fileId));
  });
  r.openapi(deleteFile, async (c) => {
    const p = c.req.valid('param');
    await svc.deleteFile(deps, ctxOf(c), p.applicationId, p.fileId);
    return c.body(null, 204);
  });
  r.openapi(setLinks, async (c) => c.json({ items: await svc.setLinks(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json').applicationIds) }, 200));
  return r;
}
